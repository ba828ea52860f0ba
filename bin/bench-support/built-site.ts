/**
 * The built site served by Vite's preview on `port`, for the benches that measure pages in a
 * browser: the build is made first if there is none, and the server is closed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';

/** Debian's Chromium (or CHROMIUM_PATH) when present; otherwise Playwright's own browser. */
export const systemChromium = (): string | undefined =>
	[process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path): path is string =>
		Boolean(path && existsSync(path))
	);

/** Runs `measure` with the site at `origin` (http://localhost:port), then stops the server. */
export async function withBuiltSite(
	port: number,
	measure: (origin: string) => Promise<void>
): Promise<void> {
	if (!existsSync(join('build', 'index.html'))) {
		execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	}
	const server = await preview({ preview: { port, strictPort: true }, logLevel: 'silent' });
	try {
		await measure(`http://localhost:${port}`);
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
