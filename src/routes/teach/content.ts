/** The site's cases and question bank as the assignment code looks them up. */
import { cases } from '$lib/content';
import { loadQuestions } from '$lib/content/bodies';
import { contentLookup, type ContentLookup } from '$lib/teach/items';

let loading: Promise<ContentLookup> | null = null;

/** Loads the bank once (it is split out of the page bundle) and builds the lookup. */
export function loadTeachContent(): Promise<ContentLookup> {
	loading ??= loadQuestions()
		.then((questions) => contentLookup(cases, questions))
		.catch((error: unknown) => {
			// Not kept: the next call (a retry after the network came back) loads again.
			loading = null;
			throw error;
		});
	return loading;
}

/** A due time as people read it: 2026年12月8日 24:00 style, in the reader's zone. */
export const formatDue = (ms: number) =>
	new Date(ms).toLocaleString('zh-CN', { hour12: false, dateStyle: 'long', timeStyle: 'short' });
