import { error } from '@sveltejs/kit';
import { chapterBySlug, chapters, loadChapterBody } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => chapters.map(({ slug }) => ({ slug }));

export const load: PageLoad = async ({ params, data }) => {
	const chapter = chapterBySlug(params.slug);
	if (!chapter) error(404, `没有找到章节「${params.slug}」`);
	const index = chapters.indexOf(chapter);
	return {
		...data,
		chapter,
		Body: await loadChapterBody(chapter.slug),
		previous: chapters[index - 1],
		next: chapters[index + 1]
	};
};
