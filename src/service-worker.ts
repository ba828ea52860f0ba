/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use: every page, the search index, the app's code and static files are cached when
 * the service worker installs, so after one visit the whole site works without a network.
 * A new version waits until the learner chooses to reload (the page asks), so nothing is
 * swapped in the middle of an answer. The public data sets the labs offer as samples (data/*.gz,
 * about 85 KB) are left out of that first download: each is cached the first time a learner opens
 * it, and from then on works offline too.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `crm-workbench-${version}`;
/** Assets fetched only when a learner asks for them: the shipped data samples (src/lib/samples). */
const onDemand = (path: string) => path.endsWith('.gz');
const ON_DEMAND = new Set(build.filter(onDemand));
const PRECACHE = [...new Set([...build, ...files, ...prerendered])].filter(
	(path) => !onDemand(path)
);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached by path; a query string (e.g. a drill's options) is the same page.
			const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && ON_DEMAND.has(url.pathname)) await cache.put(request, response.clone());
				return response;
			} catch {
				const page = request.mode === 'navigate' && (await cache.match(`${url.pathname}`));
				return page || new Response('离线时无法打开此页面。', { status: 503 });
			}
		})()
	);
});
