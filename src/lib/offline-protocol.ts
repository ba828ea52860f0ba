/** Messages between the pages and the service worker about what is kept for offline use. */
export type OfflineRequest =
	| { type: 'download-all' }
	| { type: 'cancel-download' }
	| { type: 'offline-status' }
	/** Files the page loaded before the worker controlled it (src/lib/offline-keep.ts). */
	| { type: 'keep'; paths: string[] };

export type OfflineReply =
	| { type: 'offline-status'; done: number; total: number; downloading: boolean }
	| { type: 'offline-progress'; done: number; total: number }
	| { type: 'offline-done'; total: number }
	| { type: 'offline-cancelled'; done: number; total: number }
	/** `reason` is Chinese and names the file that could not be fetched. */
	| { type: 'offline-failed'; done: number; total: number; reason: string };

/** What the build writes beside the pages (svelte.config.js): the size of the whole download. */
export interface OfflineSize {
	files: number;
	bytes: number;
}
