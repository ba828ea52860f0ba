/**
 * Lighthouse on the built site (issue 18): mobile form factor with Lighthouse's default simulated
 * slow-4G throttling, the system Chromium, the median of three runs per page. Goals: performance
 * ≥ 95, accessibility, best practices and SEO 100. Then accessibility alone at 1280 px (desktop
 * form factor), once per page: the goal is 100 at both widths. Slow (about a minute per page);
 * `npm run bench -- lighthouse` runs it alone.
 *
 * The site is served as a static host serves it (HTTPS, HTTP/2, gzip; see built-site.ts), since
 * that is what a learner's phone downloads. LIGHTHOUSE_SERVING=preview measures `npm start`'s
 * server instead (HTTP/1.1, uncompressed), for comparison.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { systemChromium, withBuiltSite, type Serving } from '../bench-support/built-site';

const PORT = 4275;
const RUNS = 3;
const PAGES = [
	['home', '/'],
	['chapter', '/learn/crm-basics/'],
	['case', '/cases/icbc-lifecycle/'],
	['drill', '/practice/drill/'],
	['segmentation lab', '/lab/segmentation/']
] as const;
const CATEGORIES = [
	['performance', 95],
	['accessibility', 100],
	['best-practices', 100],
	['seo', 100]
] as const;

interface RunFigures {
	scores: number[];
	lcpMs: number;
	tbtMs: number;
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse's accessibility score at 1280 × 800 on the desktop form factor. */
async function desktopAccessibility(url: string, port: number): Promise<number> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['accessibility'],
		formFactor: 'desktop',
		screenEmulation: {
			mobile: false,
			width: 1280,
			height: 800,
			deviceScaleFactor: 1,
			disabled: false
		}
	});
	return Math.round((result?.lhr.categories.accessibility?.score ?? 0) * 100);
}

async function audit(url: string, port: number): Promise<RunFigures> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES.map(([id]) => id)
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { categories, audits } = result.lhr;
	return {
		scores: CATEGORIES.map(([id]) => Math.round((categories[id]?.score ?? 0) * 100)),
		lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
		tbtMs: audits['total-blocking-time']?.numericValue ?? NaN
	};
}

/** The table for every page, then accessibility at 1280 px, on the site served at `origin`. */
async function measurePages(origin: string): Promise<void> {
	const chrome = await launch({
		chromePath: systemChromium(),
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-background-networking',
			// The static-host server's certificate is self-signed.
			'--ignore-certificate-errors'
		]
	});
	try {
		for (const [name, path] of PAGES) {
			const runs: RunFigures[] = [];
			for (let i = 0; i < RUNS; i++) runs.push(await audit(`${origin}${path}`, chrome.port));
			const scores = CATEGORIES.map((_, c) => median(runs.map((run) => run.scores[c])));
			const met = scores.every((score, c) => score >= CATEGORIES[c][1]);
			const cells = scores.map((score) => String(score).padStart(5)).join(' ');
			const lcp = median(runs.map((run) => run.lcpMs))
				.toFixed(0)
				.padStart(8);
			const tbt = median(runs.map((run) => run.tbtMs))
				.toFixed(0)
				.padStart(8);
			console.log(`  ${name.padEnd(17)}${cells} ${lcp} ${tbt}  ${met ? 'met' : 'BELOW'}`);
		}
		console.log('  accessibility at 1280 px (desktop form factor; goal 100):');
		for (const [name, path] of PAGES) {
			const score = await desktopAccessibility(`${origin}${path}`, chrome.port);
			console.log(
				`  ${name.padEnd(17)}${String(score).padStart(5)}  ${score === 100 ? 'met' : 'BELOW'}`
			);
		}
	} finally {
		chrome.kill();
	}
}

export async function bench(): Promise<void> {
	const serving: Serving = process.env.LIGHTHOUSE_SERVING === 'preview' ? 'preview' : 'static-host';
	const served = serving === 'preview' ? 'Vite preview, HTTP/1.1, uncompressed' : 'HTTP/2, gzip';
	console.log(
		`lighthouse (mobile, simulated slow 4G, median of ${RUNS}, served ${served}; goals: performance ≥95, the rest 100)`
	);
	console.log('  page               perf  a11y  best   seo   LCP ms   TBT ms');
	await withBuiltSite(PORT, measurePages, serving);
}
