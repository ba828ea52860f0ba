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
