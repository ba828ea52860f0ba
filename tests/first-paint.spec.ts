import { expect, test } from './test';
import { openPage } from './helpers';

// A first visit shows the prerendered page before any script is fetched, then starts the app
// (src/lib/deferred-start.ts): on a phone the scripts no longer compete with the page's CSS.
for (const path of ['/', '/learn/crm-basics/', '/cases/icbc-lifecycle/', '/practice/drill/']) {
	test(`${path} is painted before its scripts are fetched, and then starts`, async ({ page }) => {
		await openPage(page, path);
		const { paintedAt, scriptStarts } = await page.evaluate(() => ({
			paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			scriptStarts: performance
				.getEntriesByType('resource')
				.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
				.map((entry) => entry.startTime)
		}));
		expect(paintedAt).toBeGreaterThan(0);
		expect(scriptStarts.length).toBeGreaterThan(0);
		expect(Math.min(...scriptStarts)).toBeGreaterThanOrEqual(paintedAt);
		// Started: the search button opens its dialog.
		await page.getByRole('button', { name: '搜索' }).click();
		await expect(page.getByRole('dialog', { name: '站内搜索' })).toBeVisible();
	});
}
