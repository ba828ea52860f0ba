/** The current page's formulas, typeset ahead of time, for <Formula name="…"> in its body. */
import { getContext, setContext } from 'svelte';

export type TypesetFormulas = Record<string, { inline: string; display: string }>;

const key = Symbol('formulas');

export function setFormulasContext(formulas: TypesetFormulas): void {
	setContext(key, formulas);
}

export function useFormulas(): TypesetFormulas {
	return getContext<TypesetFormulas | undefined>(key) ?? {};
}
