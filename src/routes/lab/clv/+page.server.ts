import katex from 'katex';
import type { TypesetFormulas } from '$lib/content/formula-context';
import { FORMULA_TEX } from '$lib/labs/clv/formulas';
import type { PageServerLoad } from './$types';

/** Typeset at prerender time, like the chapters' formulas: the page ships HTML, not KaTeX. */
export const load: PageServerLoad = () => {
	const formulas: TypesetFormulas = {};
	for (const [name, tex] of Object.entries(FORMULA_TEX)) {
		const typeset = (displayMode: boolean) =>
			katex.renderToString(tex, { displayMode, throwOnError: true, output: 'htmlAndMathml' });
		formulas[name] = { inline: typeset(false), display: typeset(true) };
	}
	return { formulas };
};
