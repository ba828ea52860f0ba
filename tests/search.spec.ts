import { openPage } from './helpers';
import { type Page } from '@playwright/test';
import { expect, test } from './test';

const searchBox = (page: Page) =>
	page.getByRole('combobox', { name: '搜索课程、名词、案例和题目' });

/** Presses a shortcut until the page has hydrated and the search dialog opens. */
async function openSearchWith(page: Page, key: string) {
	await expect(async () => {
		await page.keyboard.press(key);
		await expect(searchBox(page)).toBeVisible({ timeout: 1000 });
	}).toPass();
}

test('searching 忠诚 from the home page lands on the loyalty chapter', async ({ page }) => {
	await openPage(page, '/');
	await openSearchWith(page, '/');
	const box = searchBox(page);
	await expect(box).toBeFocused();
	await box.fill('忠诚');
	const results = page.getByRole('listbox', { name: '搜索结果' });
	const firstChapterHit = results
		.getByRole('group', { name: '章节' })
		.getByRole('option')
		.filter({ hasText: '忠诚' })
		.first();
	await expect(firstChapterHit).toBeVisible();
	await expect(firstChapterHit.locator('mark').first()).toHaveText('忠诚');
	await firstChapterHit.click();
	await expect(page).toHaveURL(/\/learn\/loyalty\/#/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('忠诚');
});

test('search opens with Ctrl+K, moves with arrow keys and opens a result with Enter', async ({
	page
}) => {
	await openPage(page, '/learn/');
	await openSearchWith(page, 'Control+k');
	const box = searchBox(page);
	await box.fill('crm');
	const options = page.getByRole('option');
	await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page).not.toHaveURL(/\/learn\/$/);
});

test('a query with no match says so', async ({ page }) => {
	await openPage(page, '/');
	await page.getByRole('button', { name: /搜索/ }).click();
	await page.getByRole('combobox', { name: '搜索课程、名词、案例和题目' }).fill('量子纠缠');
	await expect(page.getByRole('status').filter({ hasText: '没有找到' })).toContainText('量子纠缠');
});

test('closing search with Esc returns focus to the button that opened it', async ({ page }) => {
	await openPage(page, '/learn/');
	const button = page.getByRole('button', { name: '搜索', exact: true });
	await expect(async () => {
		await button.click();
		await expect(searchBox(page)).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(searchBox(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(button).toBeFocused();
});
