import { readFileSync } from 'node:fs';
import { openPage } from './helpers';
import { expect, test } from './test';
import { parse as parseYaml } from 'yaml';
import type { CaseMeta } from '../src/lib/content/schema';

/** The ICBC case as the content defines it, so the answer below uses its real key terms. */
function icbcCase(): CaseMeta {
	const text = readFileSync('content/cases/icbc-lifecycle.md', 'utf8');
	return parseYaml(text.split(/^---$/m)[1]) as CaseMeta;
}

test('an ICBC answer survives a reload mid-typing, is self-marked and the score shows on /cases and /me', async ({
	page
}) => {
	const question = icbcCase().questions[0];
	const [first, second] = question.points;
	const answer = `${first.keywords.join('，')}。\n\n- ${second.keywords.join('、')}`;

	await openPage(page, '/cases/icbc-lifecycle/');
	const editor = page.getByRole('textbox', { name: '第 1 题的答案' });
	await editor.click();
	await page.keyboard.type(answer, { delay: 5 });
	await expect(page.getByRole('status').filter({ hasText: /^已保存 \d/ })).toBeVisible();
	await page.reload();
	await expect(editor).toHaveValue(answer);

	await page.getByRole('button', { name: '提交并查看参考答案' }).first().click();
	const checkboxes = page.getByRole('checkbox');
	await expect(checkboxes).toHaveCount(question.points.length);
	await expect(checkboxes.nth(0)).toBeChecked();
	await expect(checkboxes.nth(1)).toBeChecked();
	await expect(page.getByRole('note')).toContainText('不是评分');
	const expected = first.marks + second.marks;
	for (let i = 2; i < question.points.length; i++) await checkboxes.nth(i).uncheck();
	await expect(page.getByText(`自评 ${expected} / ${question.marks} 分`)).toBeVisible();
	await page.getByRole('button', { name: '确认得分' }).click();
	await expect(page.getByRole('status').filter({ hasText: '本次得分' })).toContainText(
		`${expected} / ${question.marks}`
	);

	await openPage(page, '/cases/');
	await expect(page.locator('#icbc-lifecycle [data-testid=case-score]')).toContainText(
		`得分 ${expected} /`
	);
	await openPage(page, '/me/');
	await expect(page.getByTestId('me-case-score')).toContainText(`${expected} /`);
});

test('the case list filters by chapter and by what is done', async ({ page }) => {
	await openPage(page, '/cases/');
	const cards = page.locator('.case-list > li');
	const all = await cards.count();
	await page.getByLabel('章节').selectOption('customer-lifecycle');
	await expect(page.locator('#icbc-lifecycle')).toBeVisible();
	expect(await cards.count()).toBeLessThan(all);
	await page.getByLabel('章节').selectOption('');
	await page.getByLabel('状态').selectOption('done');
	await expect(page.getByRole('status')).toHaveText('显示 0 个案例');
});

test('printing a case hides the editor and can include the model answer', async ({ page }) => {
	await openPage(page, '/cases/icbc-lifecycle/');
	await page.evaluate(() => (window.print = () => undefined));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('textbox', { name: '第 1 题的答案' })).toBeHidden();
	await expect(page.getByRole('heading', { name: /参考答案（/ }).first()).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('button', { name: '打印（含参考答案）' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: /参考答案（/ }).first()).toBeVisible();
	await expect(page.getByRole('navigation', { name: '位置' })).toBeHidden();
});
