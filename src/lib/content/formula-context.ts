/**
 * The current page's formulas, typeset ahead of time, for <Formula name="…"> in its body.
 * The context holds a getter, not the formulas: the chapter page stays mounted when the learner
 * moves to another chapter (pager, search result), and its body must see the new chapter's set.
 *
 *   setFormulasContext(() => data.formulas);
 */
import { getContext, setContext } from 'svelte';

export type TypesetFormulas = Record<string, { inline: string; display: string }>;

const key = Symbol('formulas');

export function setFormulasContext(formulas: () => TypesetFormulas): void {
	setContext(key, formulas);
}

/** The formulas of the page as it is now (read it inside `$derived` or markup). */
export function useFormulas(): () => TypesetFormulas {
	return getContext<(() => TypesetFormulas) | undefined>(key) ?? (() => ({}));
}
