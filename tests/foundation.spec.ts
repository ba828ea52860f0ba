import { expect, test } from './test';
import { openPage } from './helpers';

const chapterOne = '/learn/crm-basics/';

test('a chapter marked read stays read after a reload', async ({ page }) => {
	await openPage(page, chapterOne);
	await page.getByRole('button', { name: '标记为已读' }).click();
	await expect(page.getByText('已读完本章')).toBeVisible();
	await page.reload();
	await expect(page.getByText('已读完本章')).toBeVisible();
	await openPage(page, '/learn/');
	await expect(page.getByText('已读', { exact: true })).toBeVisible();
});

test('marking a chapter read in one tab shows in another tab without a reload', async ({
	context
}) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await openPage(first, chapterOne);
	await openPage(second, chapterOne);
	await expect(second.getByRole('button', { name: '标记为已读' })).toBeEnabled();
	await first.getByRole('button', { name: '标记为已读' }).click();
	await expect(second.getByText('已读完本章')).toBeVisible({ timeout: 5_000 });
});

test('the theme choice survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await openPage(page, '/');
	await page.getByLabel('配色主题').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByLabel('配色主题')).toHaveValue('dark');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(15, 20, 25)');
});

test('the dark theme follows the system when no choice is saved', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openPage(page, '/');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(15, 20, 25)');
});

test('keyboard users can skip to the main content', async ({ page }) => {
	await openPage(page, chapterOne);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '跳到正文' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('the main navigation reaches every section', async ({ page }) => {
	await openPage(page, '/');
	const nav = page.getByRole('navigation', { name: '主导航' });
	for (const [label, heading] of [
		['课程', '课程'],
		['案例', '案例'],
		['练习', '练习'],
		['实验室', '实验室'],
		['计划', '学习计划'],
		['我的', '我的'],
		['教师', '教师']
	]) {
		await nav.getByRole('link', { name: label, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
	}
});

test('when IndexedDB refuses to open the site still works in memory and says so', async ({
	page
}) => {
	// As in private modes and with site data blocked: IndexedDB exists but will not open.
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('blocked', 'InvalidStateError');
		};
	});
	await openPage(page, chapterOne);
	await expect(page.getByRole('status').filter({ hasText: '进度不会保留' })).toBeVisible();
	await page.getByRole('button', { name: '标记为已读' }).click();
	await expect(page.getByText('已读完本章')).toBeVisible();
});

test('/me shows whether the browser granted persistent storage', async ({ page }) => {
	await openPage(page, '/me/');
	await expect(page.getByTestId('persistence')).toHaveText(/持久保存/);
});

test('the course page offers to continue the chapter read last', async ({ page }) => {
	await openPage(page, '/learn/');
	await expect(page.getByText('继续阅读')).toHaveCount(0);
	await openPage(page, '/learn/customer-value/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// Navigate inside the app, as a reader would, so the visit being saved is not cut off by a
	// full page load.
	await page
		.getByRole('navigation', { name: '主导航' })
		.getByRole('link', { name: '课程' })
		.click();
	const resume = page.getByRole('link', { name: /继续阅读/ });
	await expect(resume).toContainText('第 3 章');
	await resume.click();
	await expect(page).toHaveURL(/\/learn\/customer-value\/$/);
});

test('a tab left on old code after another tab upgrades the database asks to reload', async ({
	page
}) => {
	await openPage(page, '/learn/crm-basics/');
	// Wait until this tab has the database open at the current version.
	await expect(async () => {
		const versions = await page.evaluate(async () =>
			(await indexedDB.databases()).map((d) => `${d.name}@${d.version}`)
		);
		expect(versions).toContain('crm-workbench@60');
	}).toPass();
	// Another tab, running newer code, opens the database at a higher version.
	await page.evaluate(
		() =>
			new Promise<void>((done, fail) => {
				const request = indexedDB.open('crm-workbench', 1000);
				request.onsuccess = () => {
					request.result.close();
					done();
				};
				request.onerror = () => fail(request.error);
			})
	);
	const alert = page.getByRole('alert').filter({ hasText: '已在另一个标签页更新' });
	await expect(alert).toBeVisible();
	await expect(alert.getByRole('button', { name: '刷新页面' })).toBeVisible();
});
