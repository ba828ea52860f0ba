import { error } from '@sveltejs/kit';
import { caseBySlug, cases, chapterBySlug, glossaryTerm } from '$lib/content';
import { labLink } from '$lib/content/labs';
import { termsUsedIn } from '$lib/content/terms-used.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => cases.map(({ slug }) => ({ slug }));

/**
 * Everything the case page shows besides its body, prepared at prerender time so the page never
 * loads the whole content map: its chapters and glossary tags, the entries its text marks, and
 * other cases on the same chapters to go on practising.
 */
export const load: PageServerLoad = ({ params }) => {
	const study = caseBySlug(params.slug);
	if (!study) error(404, `没有找到案例「${params.slug}」`);
	return {
		study,
		chapters: study.chapters.flatMap((slug) => {
			const chapter = chapterBySlug(slug);
			return chapter ? [{ slug, number: chapter.number, title: chapter.title }] : [];
		}),
		glossaryTags: study.glossary.flatMap((id) => {
			const term = glossaryTerm(id);
			return term ? [{ id, term: term.term }] : [];
		}),
		terms: termsUsedIn('cases', study.slug),
		lab: study.lab && labLink(study.lab),
		related: cases
			.filter((c) => c.slug !== study.slug && c.chapters.some((ch) => study.chapters.includes(ch)))
			.slice(0, 4)
			.map(({ slug, title }) => ({ slug, title }))
	};
};
