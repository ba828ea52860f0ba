import { openPage } from './helpers';
import { expect, test } from './test';

const gift = (text: string) => ({
	name: 'questions.gift.txt',
	mimeType: 'text/plain',
	buffer: Buffer.from(text)
});

test('a GIFT file with one bad question names its line and imports nothing', async ({ page }) => {
	await openPage(page, '/practice/exchange/');
	await expect(page.getByTestId('my-question-count')).toHaveText('共 0 题');
	await page
		.getByLabel('选择题目文件…')
		.setInputFiles(
			gift(
				'客户忠诚包括哪两个方面？ {=态度和行为 ~价格和质量}\n\n这一题忘了写答案部分\n\nCRM 就是一套软件。 {FALSE}\n'
			)
		);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('第 3 行');
	await expect(alert).toContainText('尚未导入任何题目');
	await page.reload();
	await expect(page.getByTestId('my-question-count')).toHaveText('共 0 题');
});

test('plain-text questions import into 我的题目, survive a reload and can be drilled', async ({
	page
}) => {
	await openPage(page, '/practice/exchange/');
	await page.getByLabel('选择题目文件…').setInputFiles({
		name: '练习题.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(
			'1. 客户关系管理的英文缩写是（  ）\nA. ERP\nB. CRM\n答案：B\n解析：CRM 即客户关系管理。\n\n2. 满意的客户一定忠诚。\n答案：错\n'
		)
	});
	await page.getByRole('button', { name: '导入 2 题' }).click();
	await expect(page.getByRole('status')).toContainText('已把 2 题加入');
	await page.reload();
	await expect(page.getByTestId('my-question-count')).toHaveText('共 2 题');
	await page.getByRole('link', { name: '练习我的题目' }).click();
	await expect(page.getByText('第 1 / 2 题')).toBeVisible();
});

test('the bank exports as Moodle XML', async ({ page }) => {
	await openPage(page, '/practice/exchange/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 Moodle XML' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('crm-questions.xml');
	await expect(page.getByRole('status')).toContainText('已导出');
});
