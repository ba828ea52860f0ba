import type { OfflineRequest } from './offline-protocol';

/**
 * On a first visit the page loads its code, styles and fonts before the service worker exists,
 * so the worker never sees them. Once it is ready, hand it the list so it keeps them too: the
 * page then opens offline with everything it had (issue 18: the rest is cached as visited).
 */
export async function keepWhatThisPageLoaded(): Promise<void> {
	const registration = await navigator.serviceWorker.ready;
	const paths = performance
		.getEntriesByType('resource')
		.map((entry) => new URL(entry.name))
		.filter((url) => url.origin === location.origin)
		.map((url) => url.pathname);
	registration.active?.postMessage({ type: 'keep', paths } satisfies OfflineRequest);
}
