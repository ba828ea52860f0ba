/**
 * The built site served by Vite's preview on `port`, for the benches that measure pages in a
 * browser: the build is made first if there is none, and the server is closed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import basicSsl from '@vitejs/plugin-basic-ssl';
import compression from 'compression';
import { preview, type Connect, type Plugin } from 'vite';

/** Debian's Chromium (or CHROMIUM_PATH) when present; otherwise Playwright's own browser. */
export const systemChromium = (): string | undefined =>
	[process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path): path is string =>
		Boolean(path && existsSync(path))
	);

/**
 * How the site is served. 'preview' is `npm start`: Vite's preview over plain HTTP/1.1, files
 * uncompressed. 'static-host' serves the same files the way a static host does (GitHub Pages,
 * Netlify, Cloudflare): HTTPS with HTTP/2 and gzip. Lighthouse's simulated phone network charges a
 * round trip per request on each of HTTP/1.1's six connections, and every uncompressed byte, so
 * only the second shows what a learner's phone gets. The certificate is self-signed: a browser
 * must be started with --ignore-certificate-errors.
 */
export type Serving = 'preview' | 'static-host';

/** Compresses every response, as static hosts do (Vite's preview does not). */
const gzipResponses = (): Plugin => ({
	name: 'gzip-responses',
	configurePreviewServer(server) {
		// compression's types describe Express handlers; it works on plain Node requests as well.
		server.middlewares.use(compression() as unknown as Connect.NextHandleFunction);
	}
});

/** Runs `measure` with the site at `origin` (http(s)://localhost:port), then stops the server. */
export async function withBuiltSite(
	port: number,
	measure: (origin: string) => Promise<void>,
	serving: Serving = 'preview'
): Promise<void> {
	if (!existsSync(join('build', 'index.html'))) {
		execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	}
	const staticHost = serving === 'static-host';
	const server = await preview({
		preview: { port, strictPort: true },
		logLevel: 'silent',
		plugins: staticHost ? [basicSsl(), gzipResponses()] : []
	});
	try {
		await measure(`${staticHost ? 'https' : 'http'}://localhost:${port}`);
	} finally {
		await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
	}
}

/** withBuiltSite with a Playwright Chromium launched beside it (and closed after). */
export function withSiteInChromium(
	port: number,
	measure: (browser: Browser, origin: string) => Promise<void>
): Promise<void> {
	return withBuiltSite(port, async (origin) => {
		const executablePath = systemChromium();
		const browser = await chromium.launch({
			executablePath,
			args: executablePath ? ['--no-sandbox', '--disable-background-networking'] : []
		});
		try {
			await measure(browser, origin);
		} finally {
			await browser.close();
		}
	});
}
