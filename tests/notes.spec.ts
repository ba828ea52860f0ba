import { notePreview, openPage } from './helpers';
import { expect, test } from './test';

test('a note written in a chapter survives a reload and is listed on /me', async ({ page }) => {
	await openPage(page, '/learn/loyalty/');
	const editor = page.getByRole('textbox', { name: /支持 Markdown/ });
	await editor.fill('**六种类型**与七种类型要分清');
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	await page.reload();
	await expect(editor).toHaveValue('**六种类型**与七种类型要分清');
	// The preview is laid out only on request, so a long note never slows the typing.
	await expect(page.getByLabel('笔记预览')).toHaveCount(0);
	await expect((await notePreview(page)).locator('strong')).toHaveText('六种类型');
	await openPage(page, '/me/');
	await expect(page.getByText('**六种类型**与七种类型要分清')).toBeVisible();
});

test('a note with an injected image handler renders as harmless markup and runs nothing', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await openPage(page, '/learn/crm-basics/');
	await page
		.getByRole('textbox', { name: /支持 Markdown/ })
		.fill(
			'看这里 <img src=x onerror="window.__pwned = 1; alert(1)"> <script>window.__pwned = 2</script>'
		);
	const preview = await notePreview(page);
	await expect(preview).toContainText('看这里 <img src=x onerror=');
	await expect(preview).toContainText('<script>');
	await expect(preview.locator('img, script')).toHaveCount(0);
	await page.waitForTimeout(300);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(dialogs).toEqual([]);
});
