/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use on the learner's terms (many read on mobile data):
 * - Installing caches only the app shell (home page, icons, manifest) and the pages of the
 *   section being read (a chapter → every chapter), each with the code and styles its HTML
 *   names. With the browser's data saver on, only the shell.
 * - Everything else is cached the first time it is fetched, so what was visited works offline.
 * - 我的 → 「离线下载全部内容」 asks for the rest (`download-all`), with progress and a cancel;
 *   the choice is remembered, and a new version downloads everything again when it installs.
 * A new version waits until the learner chooses to reload (the page asks), so nothing is
 * swapped in the middle of an answer.
 */
import { build, files, prerendered, version } from '$service-worker';
import type { OfflineReply, OfflineRequest } from '$lib/offline-protocol';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `crm-workbench-${version}`;
/** Survives versions: whether the learner asked for everything offline. */
const SETTINGS = 'crm-workbench-settings';
const WANTS_ALL = '/__offline-all__';
/** Assets fetched only when a learner asks for them: the shipped data samples (src/lib/samples). */
const onDemand = (path: string) => path.endsWith('.gz');
const KNOWN = new Set([...build, ...files, ...prerendered]);
/** What 「离线下载全部内容」 fetches. */
const EVERYTHING = [...KNOWN].filter((path) => !onDemand(path));
/** The site's root (`/`, or `/crm/` when built under a sub-folder): where this file lives. */
const HOME = new URL('./', worker.location.href).pathname;

const saveData = () =>
	(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** `/learn/crm-basics/` → `/learn/`: pages below the same first folder make a section. */
function sectionOf(path: string): string {
	const first = path.slice(HOME.length).split('/')[0];
	return first ? `${HOME}${first}/` : HOME;
}

/** Same-origin files a page's HTML names (scripts, module preloads, styles, icons), not the pages it links to. */
function assetsNamedBy(html: string, pageUrl: string): string[] {
	const named = [...html.matchAll(/(?:href|src)="([^"]+)"|import\("([^"]+)"\)/g)];
	return named
		.map(([, attribute, imported]) => new URL(attribute ?? imported, pageUrl).pathname)
		.filter((path) => KNOWN.has(path) && !path.endsWith('/'));
}

/** The woff2 fonts a style sheet names (KaTeX's; browsers that run this worker all take woff2). */
async function fontsOf(cache: Cache, styleSheet: string): Promise<string[]> {
	const css = await (await cache.match(styleSheet))?.text();
	if (!css) return [];
	const base = new URL(styleSheet, worker.location.href).href;
	return [...css.matchAll(/url\(([^)]+\.woff2)\)/g)]
		.map(([, url]) => new URL(url.replace(/["']/g, ''), base).pathname)
		.filter((path) => KNOWN.has(path));
}

/** Files a script names by a relative path: static and dynamic imports, workers, preloaded styles. */
function filesNamedBy(script: string, scriptPath: string): string[] {
	const base = new URL(scriptPath, worker.location.href).href;
	return (
		[...script.matchAll(/["'`](\.{1,2}\/[\w./-]+\.(?:js|css))["'`]/g)]
			.map(([, relative]) => new URL(relative, base).pathname)
			// Route code (nodes/) comes only from the pages' own HTML: the app's entry names every
			// route's code, and following it would fetch the whole site for one chapter.
			.filter((path) => KNOWN.has(path) && !path.includes('/_app/immutable/nodes/'))
	);
}

/**
 * Caches pages with what each needs to open offline: the code, styles and icons its HTML names,
 * every script those import (lazily too: a chapter's body is loaded by its route's code), its
 * prerendered data and its styles' fonts.
 */
async function cachePages(cache: Cache, pages: string[]): Promise<void> {
	const wanted = new Set<string>();
	for (const page of pages) {
		const response = await fetch(page);
		if (!response.ok) continue;
		const html = await response.clone().text();
		await cache.put(page, response);
		for (const asset of assetsNamedBy(html, new URL(page, worker.location.href).href))
			wanted.add(asset);
		const data = `${page}__data.json`;
		if (KNOWN.has(data)) wanted.add(data);
	}
	const scripts = [...wanted];
	for (let path = scripts.shift(); path; path = scripts.shift()) {
		if (!(await cache.match(path))) await cache.add(path);
		if (!path.endsWith('.js')) continue;
		const text = (await (await cache.match(path))?.text()) ?? '';
		for (const named of filesNamedBy(text, path)) {
			if (wanted.has(named)) continue;
			wanted.add(named);
			scripts.push(named);
		}
	}
	const styleSheets = [...wanted].filter((path) => path.endsWith('.css'));
	const fonts = new Set(
		(await Promise.all(styleSheets.map((sheet) => fontsOf(cache, sheet)))).flat()
	);
	await cache.addAll([...fonts]);
}

async function wantsEverything(): Promise<boolean> {
	return Boolean(await (await caches.open(SETTINGS)).match(WANTS_ALL));
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			if (!saveData() && (await wantsEverything())) {
				await cache.addAll(EVERYTHING);
				return;
			}
			await cache.addAll(files.filter((path) => !onDemand(path)));
			const readers = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const sections = saveData()
				? []
				: readers
						.map((client) => sectionOf(new URL(client.url).pathname))
						.filter((section) => section !== HOME);
			const pages = prerendered.filter(
				(path) => path === HOME || sections.some((section) => path.startsWith(section))
			);
			await cachePages(
				cache,
				pages.filter((path) => path.endsWith('/'))
			);
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key !== CACHE && key !== SETTINGS) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

let download: AbortController | null = null;

/** Fetches every file not cached yet, four at a time, reporting progress to `client`. */
async function downloadEverything(client: Client): Promise<void> {
	download?.abort();
	const controller = new AbortController();
	download = controller;
	const reply = (message: OfflineReply) => client.postMessage(message);
	const cache = await caches.open(CACHE);
	const missing: string[] = [];
	for (const path of EVERYTHING) if (!(await cache.match(path))) missing.push(path);
	const total = EVERYTHING.length;
	let done = total - missing.length;
	reply({ type: 'offline-progress', done, total });
	const next = () => missing.shift();
	const fetchOne = async (): Promise<void> => {
		for (let path = next(); path && !controller.signal.aborted; path = next()) {
			const response = await fetch(path, { signal: controller.signal }).catch(() => {
				throw new Error(`网络中断，没有取到 ${path}`);
			});
			if (!response.ok) throw new Error(`服务器没有给出 ${path}（HTTP ${response.status}）`);
			await cache.put(path, response);
			reply({ type: 'offline-progress', done: ++done, total });
		}
	};
	try {
		await Promise.all([fetchOne(), fetchOne(), fetchOne(), fetchOne()]);
		if (controller.signal.aborted) return reply({ type: 'offline-cancelled', done, total });
		await (await caches.open(SETTINGS)).put(WANTS_ALL, new Response('yes'));
		reply({ type: 'offline-done', total });
	} catch (error) {
		if (controller.signal.aborted) return reply({ type: 'offline-cancelled', done, total });
		const reason = error instanceof Error ? error.message : String(error);
		reply({ type: 'offline-failed', done, total, reason });
	} finally {
		if (download === controller) download = null;
	}
}

/** Caches the files a page loaded before this worker controlled it. */
async function keep(paths: string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const path of new Set(paths)) {
		if (!KNOWN.has(path) || (await cache.match(path))) continue;
		const response = await fetch(path);
		if (response.ok) await cache.put(path, response);
	}
}

async function status(client: Client): Promise<void> {
	const cache = await caches.open(CACHE);
	let done = 0;
	for (const path of EVERYTHING) if (await cache.match(path)) done++;
	client.postMessage({
		type: 'offline-status',
		done,
		total: EVERYTHING.length,
		downloading: download !== null
	} satisfies OfflineReply);
}

worker.addEventListener('message', (event) => {
	const request = event.data as OfflineRequest | 'skip-waiting';
	const client = event.source as Client | null;
	if (request === 'skip-waiting') void worker.skipWaiting();
	else if (!client) return;
	else if (request.type === 'download-all') event.waitUntil(downloadEverything(client));
	else if (request.type === 'cancel-download') download?.abort();
	else if (request.type === 'offline-status') event.waitUntil(status(client));
	else if (request.type === 'keep') event.waitUntil(keep(request.paths));
});

const notDownloaded = () =>
	new Response(
		'这一页还没有下载到本机，离线时打不开。联网后在「我的」页面选择「离线下载全部内容」，整个网站就都能离线使用。',
		{ status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } }
	);

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
				// What a learner visits stays for offline use (only this version's own files).
				if (response.ok && KNOWN.has(url.pathname)) await cache.put(url.pathname, response.clone());
				return response;
			} catch {
				const page = request.mode === 'navigate' && (await cache.match(url.pathname));
				return page || notDownloaded();
			}
		})()
	);
});
