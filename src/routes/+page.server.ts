import { cases, chapters, glossary } from '$lib/content';
import { loadSyllabus } from '$lib/plan/syllabus.server';
import type { PageServerLoad } from './$types';

// The Today card plans from the chapters' reading times; the counts are taken here so the page
// does not load the content map to show three numbers.
export const load: PageServerLoad = () => ({
	syllabus: loadSyllabus(),
	firstChapter: chapters[0].slug,
	counts: { chapters: chapters.length, cases: cases.length, glossary: glossary.length }
});
