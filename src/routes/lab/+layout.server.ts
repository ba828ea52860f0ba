import { cases, chapters } from '$lib/content';
import type { ContentTitles } from '$lib/content/titles-context';
import type { LayoutServerLoad } from './$types';

/** Titles for the labs' links to chapters and cases (see $lib/content/titles-context.ts). */
export const load: LayoutServerLoad = () => {
	const contentTitles: ContentTitles = {
		chapters: Object.fromEntries(
			chapters.map(({ slug, number, title }) => [slug, { number, title }])
		),
		cases: Object.fromEntries(cases.map(({ slug, title }) => [slug, title]))
	};
	return { contentTitles };
};
