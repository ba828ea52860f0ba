import { expect, test } from './test';
import { openPage } from './helpers';

test('a full disk keeps the last good state and offers an export', async ({ page }) => {
	// Injected from the test: once window.__quotaFull is set, every IndexedDB write fails the
	// way a full disk does.
	await page.addInitScript(() => {
		type Write = IDBObjectStore['put'];
		const fail = (original: Write): Write =>
			function (this: IDBObjectStore, value, key) {
				if ((window as unknown as { __quotaFull?: boolean }).__quotaFull) {
					throw new DOMException('存储空间已满', 'QuotaExceededError');
				}
				return original.call(this, value, key);
			};
		IDBObjectStore.prototype.put = fail(IDBObjectStore.prototype.put);
		IDBObjectStore.prototype.add = fail(IDBObjectStore.prototype.add);
	});
	await openPage(page, '/learn/crm-basics/');
	await page.getByRole('button', { name: '标记为已读' }).click();
	await expect(page.getByText('已读完本章')).toBeVisible();

	await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = true));
	await page.getByRole('textbox', { name: /支持 Markdown/ }).fill('这条笔记存不下');
	await page.getByRole('textbox', { name: /支持 Markdown/ }).blur();
	const alert = page.getByRole('alert').filter({ hasText: '存储空间已满' });
	await expect(alert).toBeVisible();
	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: '导出备份' }).click();
	expect((await download).suggestedFilename()).toMatch(/^crm-workbench-backup-/);

	await page.reload();
	await expect(page.getByText('已读完本章')).toBeVisible();
	// The note typed while the disk was full was kept in the unsaved-text journal; with room
	// again after the reload, it is stored rather than lost.
	await expect(page.getByRole('textbox', { name: /支持 Markdown/ })).toHaveValue('这条笔记存不下');
});

test('after a week of work without a backup, /me reminds the learner to export', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'storage', {
			value: { persist: async () => false, persisted: async () => false }
		});
	});
	await page.clock.install({ time: new Date('2026-11-01T10:00:00') });
	await openPage(page, '/learn/loyalty/');
	await page.getByRole('button', { name: '标记为已读' }).click();
	await expect(page.getByText('已读完本章')).toBeVisible();
	await openPage(page, '/me/');
	await expect(page.getByText(/还没有导出过备份/)).toHaveCount(0);

	await page.clock.setSystemTime(new Date('2026-11-09T10:00:00'));
	await openPage(page, '/me/');
	await expect(page.getByRole('status').filter({ hasText: '还没有导出过备份' })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出备份' }).click();
	await download;
	await expect(page.getByText(/还没有导出过备份/)).toHaveCount(0);
});
