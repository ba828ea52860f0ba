import { expect, test } from '@playwright/test';
import { openPage } from './helpers';

test('the formula CLV follows the retention slider, the timing convention and the horizon', async ({
	page
}) => {
	await openPage(page, '/lab/');
	await page.getByRole('link', { name: '客户终身价值实验室' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户终身价值实验室');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	// The chapter example: 100 × 1.1 / (1.1 − 0.8)
	const clv = page.getByTestId('clv-net');
	await expect(clv).toHaveText('366.7 元');
	await page.getByRole('slider', { name: '保留率 r' }).fill('0.85');
	await expect(clv).toHaveText('440 元');
	await expect(page.getByTestId('sensitivity-gross')).toHaveText('+25.0%');

	// The other two textbook forms at r = 0.8: 267 and 333 yuan
	await page.getByRole('slider', { name: '保留率 r' }).fill('0.8');
	await page.getByRole('radio', { name: /留下一期才有/ }).check();
	await expect(clv).toHaveText('266.7 元');
	await page.getByRole('radio', { name: /期末收到/ }).check();
	await expect(clv).toHaveText('333.3 元');

	// Three periods paid at the start: 100 + 80/1.1 + 64/1.21, minus an acquisition cost of 150
	await page.getByRole('radio', { name: /期初收到/ }).check();
	await page.getByLabel('无限期（T → ∞）').uncheck();
	await page.getByRole('slider', { name: '观察期数 T' }).fill('3');
	await page.getByLabel('获客成本 AC（元）').fill('150');
	await expect(clv).toHaveText('75.6 元');
	await expect(page.getByTestId('clv-payback')).toHaveText('第 2 期');
	await expect(page.getByRole('row', { name: /^3 0\.6400 64/ })).toBeVisible();

	await page.getByLabel('获客成本 AC（元）').fill('');
	await expect(page.getByRole('alert')).toContainText('获客成本必须是不小于 0 的数字');
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('the retention sensitivity view links to the figures the course quotes', async ({ page }) => {
	await openPage(page, '/lab/clv/');
	await page.getByLabel('获客成本 AC（元）').fill('200');
	// net CLV 166.7 → 240 yuan; steady profit 30,000 → 46,667 yuan per period
	await expect(page.getByTestId('sensitivity-net')).toHaveText('+44.0%');
	await expect(page.getByTestId('sensitivity-profit')).toHaveText('+55.6%');
	await page.getByRole('link', { name: '第 6 章“几组常被引用的数字”' }).click();
	await expect(page.getByRole('heading', { name: '几组常被引用的数字' })).toBeVisible();
	await expect(page.getByText('25%–85%').first()).toBeVisible();
});

test('sBG fits the published regular and high-end samples and explains bad survivor counts', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	await page.getByRole('button', { name: '普通客户样本' }).click();
	// Fader & Hardie (2007): α = 0.704, β = 1.182
	await expect(page.getByTestId('sbg-alpha')).toHaveText('0.7041');
	await expect(page.getByTestId('sbg-beta')).toHaveText('1.182');
	await expect(page.getByTestId('sbg-derl')).toHaveText('2.96');
	await page.getByLabel('已续约次数').fill('3');
	await expect(page.getByTestId('sbg-derl')).toHaveText('5.44');
	await expect(page.getByText('仍在的客户比例：sBG 与“保留率不变”')).toBeVisible();

	await page.getByRole('button', { name: '高端客户样本' }).click();
	// α = 0.668, β = 3.806
	await expect(page.getByTestId('sbg-alpha')).toHaveText('0.6681');
	await expect(page.getByTestId('sbg-beta')).toHaveText('3.806');

	const survivors = page.getByLabel(/各期仍在的客户数/);
	await survivors.fill('1000, 800, 850');
	await expect(page.getByRole('alert')).toContainText('第 2 期的人数（850）多于第 1 期');
	await expect(page.getByTestId('sbg-alpha')).toHaveCount(0);
	await survivors.fill('1000, 八百, 600');
	await expect(page.getByRole('alert')).toContainText(
		'第 1 期（从第 0 期数起）的人数「八百」不是数字'
	);
});
