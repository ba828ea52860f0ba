/**
 * What a first visit downloads, per route: the JavaScript and CSS a real Chromium fetches when
 * it opens the prerendered page (bytes as served and gzipped), and the size of the whole build.
 */
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { execFileSync } from 'node:child_process';

const BUILD = 'build';
const ROUTES = [
	'/',
	'/learn/',
	'/learn/crm-basics/',
	'/cases/',
	'/practice/',
	'/lab/',
	'/lab/segmentation/',
	'/lab/clv/',
	'/teach/',
	'/teach/gradebook/',
	'/me/'
];

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

export async function bench(): Promise<void> {
	if (!existsSync(join(BUILD, 'index.html'))) {
		execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	}
	const server = await preview({ preview: { port: 4273, strictPort: true }, logLevel: 'silent' });
	const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string =>
		Boolean(p && existsSync(p))
	);
	const browser = await chromium.launch({
		executablePath,
		args: executablePath ? ['--no-sandbox', '--disable-background-networking'] : []
	});
	console.log('site: first-visit downloads per route (raw / gzip)');
	try {
		for (const route of ROUTES) {
			const page = await browser.newPage();
			const assets = new Set<string>();
			page.on('response', (response) => {
				const path = new URL(response.url()).pathname;
				if (/\.(js|css)$/.test(path)) assets.add(path);
			});
			await page.goto(`http://localhost:4273${route}`, { waitUntil: 'networkidle' });
			await page.close();
			const totals = { js: [0, 0], css: [0, 0] };
			for (const asset of assets) {
				const body = readFileSync(join(BUILD, asset));
				const kind = asset.endsWith('.js') ? 'js' : 'css';
				totals[kind][0] += body.length;
				totals[kind][1] += gzipSync(body).length;
			}
			console.log(
				`  ${route.padEnd(22)} JS ${kb(totals.js[0]).padStart(9)} / ${kb(totals.js[1]).padStart(8)}   CSS ${kb(totals.css[0]).padStart(8)} / ${kb(totals.css[1]).padStart(7)}`
			);
		}
	} finally {
		await browser.close();
		await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
	}
	const total = folderSize(BUILD);
	console.log(`  build total: ${kb(total.bytes)} in ${total.files} files`);
}
