import katex from 'katex';
import { error } from '@sveltejs/kit';
import { caseBySlug, chapterBySlug, chapters } from '$lib/content';
import { labLink } from '$lib/content/labs';
import type { TypesetFormulas } from '$lib/content/formula-context';
import { termsUsedIn } from '$lib/content/terms-used.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapters.map(({ slug }) => ({ slug }));

/** The chapter and its neighbours in brief: the page never loads the whole content map. */
const brief = (item: { slug: string; title: string } | undefined) =>
	item && { slug: item.slug, title: item.title };

/**
 * Everything the chapter page shows besides its body, prepared at prerender time: formulas are
 * typeset here, so the browser downloads KaTeX's stylesheet but never its script, and only the
 * glossary entries this chapter's text uses are sent.
 */
export const load: PageServerLoad = ({ params }) => {
	const chapter = chapterBySlug(params.slug);
	if (!chapter) error(404, `没有找到章节「${params.slug}」`);
	const formulas: TypesetFormulas = {};
	for (const [name, tex] of Object.entries(chapter.formulas ?? {})) {
		const typeset = (displayMode: boolean) =>
			katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
		formulas[name] = { inline: typeset(false), display: typeset(true) };
	}
	const index = chapters.indexOf(chapter);
	return {
		chapter,
		formulas,
		terms: termsUsedIn('chapters', chapter.slug),
		relatedCases: chapter.related.cases.flatMap((slug) => brief(caseBySlug(slug)) ?? []),
		relatedLabs: chapter.related.labs.map(labLink),
		previous: brief(chapters[index - 1]),
		next: brief(chapters[index + 1])
	};
};
