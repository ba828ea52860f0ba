import { openPage } from './helpers';
import { expect, test } from './test';

const pageWidth = (page: import('@playwright/test').Page) =>
	page.evaluate(() => document.documentElement.scrollWidth);

for (const slug of ['segmentation', 'satisfaction', 'loyalty']) {
	test(`on a 375 px phone the ${slug} chapter does not scroll sideways`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await openPage(page, `/learn/${slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await pageWidth(page)).toBeLessThanOrEqual(375);
	});
}

test('a nine-column worked example scrolls inside its table on a phone, and a term tip still opens', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await openPage(page, '/learn/segmentation/');
	const table = page.locator('.body table').filter({ hasText: '五分位得分' });
	await table.scrollIntoViewIfNeeded();
	await expect(table.getByRole('cell', { name: '重要挽留客户' })).toBeAttached();
	const frame = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
	expect(frame.scroll).toBeGreaterThan(frame.client);
	expect(await pageWidth(page)).toBeLessThanOrEqual(375);

	const term = page.locator('.body a[aria-describedby]').first();
	const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
	await expect(tip).toBeHidden();
	await term.focus();
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('客户细分');
});

test('the satisfaction chapter draws the ACSI and ECSI paths, with the paths as tables', async ({
	page
}) => {
	await openPage(page, '/learn/satisfaction/');
	const acsi = page.locator('figure').filter({ hasText: 'ACSI 模型的变量与路径' });
	await expect(acsi.getByRole('img', { name: /ACSI 模型的变量与路径/ })).toBeVisible();
	await acsi.getByText('查看数据表').click();
	await expect(acsi.getByRole('cell', { name: '顾客抱怨 → 顾客忠诚' })).toBeVisible();
	await expect(acsi.getByRole('row')).toHaveCount(10);

	const ecsi = page.locator('figure').filter({ hasText: 'ECSI 模型的变量与路径' });
	await ecsi.getByText('查看数据表').click();
	await expect(ecsi.getByRole('cell', { name: '企业形象 → 顾客忠诚' })).toBeVisible();
	await expect(ecsi.getByRole('cell', { name: /抱怨/ })).toHaveCount(0);
});

test('the loyalty chapter gives each retention figure its origin under the heading the CLV lab links to', async ({
	page
}) => {
	await openPage(page, '/learn/loyalty/#几组常被引用的数字');
	await expect(page.getByRole('heading', { name: '几组常被引用的数字' })).toBeInViewport();
	const figures = page.locator('.body table').filter({ hasText: '45%–90%' });
	await expect(figures).toBeVisible();
	await expect(figures.getByRole('row', { name: /25%–85%/ })).toContainText(
		'Reichheld 与 Sasser（1990）'
	);
	await expect(figures.getByRole('row', { name: /35%–95%/ })).toContainText('Reichheld（1996）');
	await expect(figures.getByRole('row', { name: /45%–90%/ })).toContainText('没有找到');
});
