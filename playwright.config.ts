import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser downloads are impossible on some machines: use the system Chromium when there is one
 * (CHROMIUM_PATH or Debian's /usr/bin/chromium); otherwise Playwright's own, which
 * tests/run-e2e.js installs first.
 */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
	(path): path is string => Boolean(path && existsSync(path))
);

// E2E_PORT lets several checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	// CI runners are slower and shared: more headroom there, so only real failures fail.
	timeout: process.env.CI ? 60_000 : 30_000,
	expect: { timeout: process.env.CI ? 10_000 : 5_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'zh-CN',
		trace: 'retain-on-failure',
		// The service worker precaches the whole site on first visit; only the offline tests
		// need it, the rest would just repeat that download in every fresh context.
		serviceWorkers: 'block'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: systemChromium,
					args: systemChromium ? ['--no-sandbox', '--disable-background-networking'] : []
				}
			}
		}
	],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
