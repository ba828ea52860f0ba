/**
 * What a first visit downloads, per route: the JavaScript and CSS a real Chromium fetches when
 * it opens the prerendered page (bytes as served and gzipped), and the size of the whole build.
 * JavaScript is counted twice: what has arrived when the load event has fired and the page is
 * hydrated (what stands between the reader and a usable page), and everything until the network
 * is quiet after the browser's first idle moment (what the page also fetches for soon after).
 * Pages a learner lands on must keep the first within the budget (issue 18); the second is
 * printed against it too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withSiteInChromium } from '../bench-support/built-site';

const BUILD = 'build';
/** Pages measured for information only. */
const OTHER_ROUTES = [
	'/learn/',
	'/cases/',
	'/lab/',
	'/lab/segmentation/',
	'/lab/clv/',
	'/teach/',
	'/teach/gradebook/',
	'/me/'
];

/** Pages a learner lands on from a link or a search result: each must stay within the budget. */
const LANDING_ROUTES = [
	'/',
	'/learn/crm-basics/',
	'/cases/icbc-lifecycle/',
	'/practice/',
	'/practice/drill/',
	'/glossary/'
];
const FIRST_VISIT_JS_BUDGET_GZIP = 80 * 1024;
const ROUTES = [...LANDING_ROUTES, ...OTHER_ROUTES];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		const stat = statSync(full);
		if (stat.isDirectory()) {
			const inner = folderSize(full);
			bytes += inner.bytes;
			files += inner.files;
		} else {
			bytes += stat.size;
			files += 1;
		}
	}
	return { bytes, files };
}

/** Raw and gzip bytes of the JavaScript and CSS files among `assets`, read from the build. */
function sizes(assets: Iterable<string>) {
	const totals = { js: [0, 0], css: [0, 0] };
	for (const asset of assets) {
		const body = readFileSync(join(BUILD, asset));
		const kind = asset.endsWith('.js') ? 'js' : 'css';
		totals[kind][0] += body.length;
		totals[kind][1] += gzipSync(body).length;
	}
	return totals;
}

export async function bench(): Promise<void> {
	console.log(
		`site: first-visit downloads per route (raw / gzip); JS gzip at load (page hydrated) and until idle, budget ${kb(FIRST_VISIT_JS_BUDGET_GZIP)} on landing pages`
	);
	await withSiteInChromium(4273, async (browser, origin) => {
		for (const route of ROUTES) {
			const page = await browser.newPage();
			// The moment the layout marks the page hydrated, on the page's own clock, so each file can
			// be put before or after it by when its request started (a poll from here would be late).
			await page.addInitScript(() => {
				new MutationObserver((_, observer) => {
					if (!('hydrated' in document.documentElement.dataset)) return;
					(window as unknown as { hydratedAt: number }).hydratedAt = performance.now();
					observer.disconnect();
				}).observe(document, {
					attributes: true,
					subtree: true,
					attributeFilter: ['data-hydrated']
				});
			});
			await page.goto(`${origin}${route}`, { waitUntil: 'load' });
			await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
			// What the page schedules for idle time is fetched after the first idle callback.
			await page.evaluate(
				() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 }))
			);
			await page.waitForLoadState('networkidle');
			const requests = await page.evaluate(() => {
				const { hydratedAt } = window as unknown as { hydratedAt: number };
				const loadedAt = Math.max(
					hydratedAt,
					performance.getEntriesByType('navigation')[0].duration
				);
				return performance.getEntriesByType('resource').map((entry) => ({
					path: new URL(entry.name).pathname,
					atLoad: entry.startTime <= loadedAt
				}));
			});
			await page.close();
			const assets = requests.map(({ path }) => path).filter((path) => /\.(js|css)$/.test(path));
			// "At load": requested before the load event and the page's hydration had both happened,
			// so all the page needed to show itself and respond.
			const atLoad = sizes(
				requests.filter((r) => r.atLoad && assets.includes(r.path)).map(({ path }) => path)
			);
			// What idle time fetches after that is allowed (issue 18), so only "at load" has a verdict.
			const untilIdle = sizes(new Set(assets));
			const verdict = (bytes: number) =>
				!LANDING_ROUTES.includes(route)
					? ''
					: bytes <= FIRST_VISIT_JS_BUDGET_GZIP
						? ' met '
						: ' OVER';
			console.log(
				`  ${route.padEnd(24)} JS ${kb(untilIdle.js[0]).padStart(9)} / ${kb(untilIdle.js[1]).padStart(8)}   CSS ${kb(untilIdle.css[0]).padStart(8)} / ${kb(untilIdle.css[1]).padStart(7)}   JS gz at load ${kb(atLoad.js[1]).padStart(8)}${verdict(atLoad.js[1])}  until idle ${kb(untilIdle.js[1]).padStart(8)}`
			);
		}
	});
	const total = folderSize(BUILD);
	console.log(`  build total: ${kb(total.bytes)} in ${total.files} files`);
}
