import { loadChapterBody } from '$lib/content/bodies';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	Body: await loadChapterBody(data.chapter.slug)
});
