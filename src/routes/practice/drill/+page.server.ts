import { chapterBriefs, topicBriefs } from '$lib/content/outline.server';
import type { PageServerLoad } from './$types';

// The drill names its chapter or topic; these few titles are all it needs of the content map.
export const load: PageServerLoad = () => ({
	chapterTitles: Object.fromEntries(chapterBriefs().map(({ slug, title }) => [slug, title])),
	topicNames: Object.fromEntries(topicBriefs().map(({ id, name }) => [id, name]))
});
