import { chapterBySlug, glossary } from '$lib/content';
import type { PageServerLoad } from './$types';

const collator = new Intl.Collator('zh-CN-u-co-pinyin');

/**
 * Every entry in pinyin order with the chapter that teaches it, prepared at prerender time: the
 * page filters the list in the browser without loading the content map.
 */
export const load: PageServerLoad = () => ({
	terms: [...glossary]
		.sort((a, b) => collator.compare(a.term, b.term))
		.map((term) => {
			const chapter = chapterBySlug(term.chapter);
			return {
				...term,
				chapter: chapter && { slug: chapter.slug, number: chapter.number, title: chapter.title }
			};
		})
});
