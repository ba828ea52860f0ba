import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { exportBackup, mergeBackup, openPage, storedRecords } from './helpers';

async function writeDraft(page: Page, text: string) {
	await openPage(page, '/cases/icbc-lifecycle/');
	await page.getByRole('textbox', { name: '第 1 题的答案' }).fill(text);
	await expect(page.getByRole('status').filter({ hasText: /^已保存 \d/ })).toBeVisible();
}

test('merging a backup leaves one draft per question, the newer, and shows the other as history', async ({
	browser
}) => {
	const laptop = await browser.newContext();
	const page = await laptop.newPage();
	await writeDraft(page, '笔记本电脑上的草稿');
	const backup = await exportBackup(page);
	await laptop.close();

	const phone = await browser.newContext();
	const other = await phone.newPage();
	await writeDraft(other, '手机上较新的草稿');
	await mergeBackup(other, backup);

	const drafts = await storedRecords<{ text: string; status: string }>(other, 'caseAnswers');
	expect(drafts.filter((d) => d.status === 'draft').map((d) => d.text)).toEqual([
		'手机上较新的草稿'
	]);
	await openPage(other, '/cases/icbc-lifecycle/');
	await expect(other.getByRole('textbox', { name: '第 1 题的答案' })).toHaveValue(
		'手机上较新的草稿'
	);
	await expect(other.getByText('历史版本（1）：含导入备份时替换下来的草稿')).toBeVisible();
	await expect(other.getByText('笔记本电脑上的草稿')).toBeVisible();
	await phone.close();
});
