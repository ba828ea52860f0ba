import { readFileSync } from 'node:fs';
import { exportBackup, mergeBackup, openPage, storedRecords } from './helpers';
import { expect, test } from './test';

test('a backup exported in one browser and imported in a fresh one restores the dashboard', async ({
	browser
}) => {
	const first = await browser.newContext();
	const page = await first.newPage();
	await openPage(page, '/learn/loyalty/');
	await page.getByRole('button', { name: '标记为已读' }).click();
	await page.getByRole('textbox', { name: /支持 Markdown/ }).fill('备份里的笔记：忠诚分六类');
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	await openPage(page, '/me/');
	await expect(page.getByText('已读 1 / 10 章')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出备份' }).click();
	const file = await (await download).path();
	const backup = readFileSync(file, 'utf8');
	expect(JSON.parse(backup)).toMatchObject({ app: 'crm-workbench', counts: { notes: 1 } });
	await first.close();

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openPage(other, '/me/');
	await expect(other.getByText('已读 0 / 10 章')).toBeVisible();
	await other.getByLabel('导入备份…').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await expect(other.getByText(/笔记 1 条/)).toBeVisible();
	await other.getByRole('radio', { name: /替换/ }).check();
	await other.getByRole('button', { name: '确认导入' }).click();
	await expect(other.getByRole('status').filter({ hasText: '已用备份替换' })).toBeVisible();
	await expect(other.getByText('已读 1 / 10 章')).toBeVisible();
	await expect(other.getByText('备份里的笔记：忠诚分六类')).toBeVisible();

	await other.reload();
	await expect(other.getByText('已读 1 / 10 章')).toBeVisible();
	await other.getByRole('button', { name: /撤销上次导入/ }).click();
	await other.getByRole('button', { name: '确认撤销' }).click();
	await expect(other.getByText('已读 0 / 10 章')).toBeVisible();
	await fresh.close();
});

test('undoing an import keeps the note and the case draft written after it, and says so first', async ({
	browser
}) => {
	const laptop = await browser.newContext();
	const page = await laptop.newPage();
	await openPage(page, '/learn/loyalty/');
	await page.getByRole('textbox', { name: /支持 Markdown/ }).fill('备份里的笔记');
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	const backup = await exportBackup(page);
	await laptop.close();

	const phone = await browser.newContext();
	const other = await phone.newPage();
	await mergeBackup(other, backup);

	// Work done after the import: a note in another chapter and a case draft.
	await openPage(other, '/learn/satisfaction/');
	await other.getByRole('textbox', { name: /支持 Markdown/ }).fill('导入之后写的笔记');
	await expect(other.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	await openPage(other, '/cases/icbc-lifecycle/');
	await other.getByRole('textbox', { name: '第 1 题的答案' }).fill('导入之后的草稿');
	await expect(other.getByRole('status').filter({ hasText: /^已保存 \d/ })).toBeVisible();

	await openPage(other, '/me/');
	await other.getByRole('button', { name: /撤销上次导入/ }).click();
	const confirm = other.getByRole('group', { name: '撤销上次导入' });
	// Counts include reading-progress records, which visiting the chapters writes too.
	await expect(confirm).toContainText(/改动的 \d+ 条记录恢复到导入之前/);
	await expect(confirm).toContainText(/导入之后你又写下或改动的 \d+ 条记录不受影响/);
	await confirm.getByRole('button', { name: '确认撤销' }).click();
	await expect(other.getByRole('status').filter({ hasText: '已撤销上次导入' })).toContainText(
		/导入之后写下的 \d+ 条记录原样保留/
	);
	await expect(other.getByRole('button', { name: /撤销上次导入/ })).toHaveCount(0);

	const notes = await storedRecords<{ chapter: string; text: string }>(other, 'notes');
	expect(notes.map((n) => [n.chapter, n.text])).toEqual([['satisfaction', '导入之后写的笔记']]);
	const drafts = await storedRecords<{ text: string }>(other, 'caseAnswers');
	expect(drafts.map((d) => d.text)).toEqual(['导入之后的草稿']);
	await phone.close();
});

test('a truncated backup is refused with a clear message and nothing changes', async ({ page }) => {
	await openPage(page, '/learn/crm-basics/');
	await page.getByRole('button', { name: '标记为已读' }).click();
	// Leave only once the page shows it is stored; navigating at once could cut the write short.
	await expect(page.getByText('已读完本章')).toBeVisible();
	await openPage(page, '/me/');
	await expect(page.getByText('已读 1 / 10 章')).toBeVisible();
	await page.getByLabel('导入备份…').setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"app":"crm-workbench","schemaVersion":2,"tab')
	});
	await expect(page.getByRole('alert')).toContainText('无法导入「cut.json」');
	await expect(page.getByRole('alert')).toContainText('现有数据没有任何改动');
	await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('已读 1 / 10 章')).toBeVisible();
});
