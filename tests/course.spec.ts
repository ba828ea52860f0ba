import { openPage } from './helpers';
import { expect, test } from './test';

test('a glossary term in a chapter shows its definition on hover and on keyboard focus', async ({
	page
}) => {
	await openPage(page, '/learn/crm-basics/');
	const term = page.locator('.body a[aria-describedby]').first();
	const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
	await expect(tip).toBeHidden();
	await term.hover();
	await expect(tip).toBeVisible();
	await expect(tip).toHaveAttribute('role', 'tooltip');
	const definition = (await tip.locator('.definition').textContent()) ?? '';
	expect(definition.length).toBeGreaterThan(20);

	await page.mouse.move(0, 0);
	await expect(tip).toBeHidden();
	await term.focus();
	await expect(tip).toBeVisible();
	await expect(term).toHaveAccessibleDescription(new RegExp(definition.slice(0, 10)));
});

test('a chapter prints without navigation and keeps its figures and key points', async ({
	page
}) => {
	await openPage(page, '/learn/customer-lifecycle/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
	await expect(page.getByRole('button', { name: /标记为已读|已读完本章/ })).toBeHidden();
	await expect(page.locator('figure svg').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: '考点小结' })).toBeVisible();
});

test('the glossary lists terms by pinyin and filters as you type', async ({ page }) => {
	await openPage(page, '/glossary/');
	const terms = page.locator('dt');
	const count = await terms.count();
	expect(count).toBeGreaterThanOrEqual(80);
	await page.getByRole('searchbox').fill('忠诚');
	await expect(terms.first()).toContainText('忠诚');
	expect(await terms.count()).toBeLessThan(count);
});

test('going on to the next chapter shows that chapter’s own read state', async ({ page }) => {
	await openPage(page, '/learn/crm-basics/');
	await page.getByRole('button', { name: '标记为已读' }).click();
	await expect(page.getByText('已读完本章')).toBeVisible();
	await page.getByRole('link', { name: /下一章/ }).click();
	await expect(page).toHaveURL(/customer-lifecycle/);
	await expect(page.getByRole('button', { name: '标记为已读' })).toBeVisible();
	await expect(page.getByText('已读完本章')).toHaveCount(0);
	await page.goBack();
	await expect(page.getByText('已读完本章')).toBeVisible();
});
