import katex from 'katex';
import { chapterBySlug } from '$lib/content';
import type { TypesetFormulas } from '$lib/content/formula-context';
import type { PageServerLoad } from './$types';

/**
 * Formulas are typeset here, at prerender time, so the browser downloads KaTeX's stylesheet but
 * never its script.
 */
export const load: PageServerLoad = ({ params }) => {
	const formulas: TypesetFormulas = {};
	for (const [name, tex] of Object.entries(chapterBySlug(params.slug)?.formulas ?? {})) {
		const typeset = (displayMode: boolean) =>
			katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
		formulas[name] = { inline: typeset(false), display: typeset(true) };
	}
	return { formulas };
};
