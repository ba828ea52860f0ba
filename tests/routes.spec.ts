import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { axeViolations, builtRoutes, watchForProblems } from './helpers';

const routes = builtRoutes();

test('the build has every section of the site', () => {
	for (const section of ['/', '/learn/', '/cases/', '/practice/', '/lab/', '/me/', '/teach/']) {
		expect(routes).toContain(section);
	}
});

test('every built page fetches its start-up scripts at low priority, behind its CSS', () => {
	for (const route of routes) {
		const html = readFileSync(`build${route}index.html`, 'utf8');
		const preloads = html.match(/<link [^>]*rel="modulepreload"[^>]*>/g) ?? [];
		expect(preloads.length, route).toBeGreaterThan(0);
		for (const preload of preloads) expect(preload, route).toContain('fetchpriority="low"');
	}
});

for (const route of routes) {
	test(`${route} loads cleanly, has its own title and passes axe WCAG 2 A/AA`, async ({ page }) => {
		const problems = watchForProblems(page);
		await page.goto(route);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page).toHaveTitle(/客户关系管理学习工作台/);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.trim().length ?? 0).toBeGreaterThan(4);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const violations = await axeViolations(page);
		expect(violations).toEqual([]);
		expect(problems).toEqual([]);
	});
}
