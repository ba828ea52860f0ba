import { readdirSync, readFileSync } from 'node:fs';
import { failIndexedDbWrites, openPage } from './helpers';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { parse as parseYaml } from 'yaml';
import type { Question } from '../src/lib/content/schema';

const bank: Question[] = readdirSync('content/questions')
	.filter((name) => name.endsWith('.yaml'))
	.flatMap((name) => parseYaml(readFileSync(`content/questions/${name}`, 'utf8')) as Question[]);
const byStem = new Map(bank.map((q) => [q.stem, q]));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The radio or checkbox of an option, found by its text: options are shown shuffled. */
const optionInput = (page: Page, role: 'radio' | 'checkbox', text: string) =>
	page.getByRole(role, { name: new RegExp(`^[A-H] ${escapeRegExp(text)}$`) });

/** Answers the question on screen wrongly, whatever its kind. */
async function answerWrongly(page: Page): Promise<Question> {
	const stem = (await page.locator('.stem').textContent())?.trim() ?? '';
	const question = byStem.get(stem);
	if (!question) throw new Error(`题库里找不到题干：${stem}`);
	const options = question.options ?? [];
	const letters = options.map((_, i) => String.fromCharCode(65 + i));
	if (question.type === 'single') {
		const wrong = letters.findIndex((l) => l !== question.answer);
		await optionInput(page, 'radio', options[wrong]).check();
	} else if (question.type === 'multiple') {
		const key = question.answer as string[];
		await optionInput(page, 'checkbox', options[letters.indexOf(key[0])]).check();
	} else if (question.type === 'truefalse') {
		await page.getByRole('radio', { name: question.answer ? '错' : '对' }).check();
	} else {
		await page.getByRole('textbox', { name: '你的答案' }).fill('不知道');
	}
	await page.getByRole('button', { name: '提交答案' }).click();
	if (question.type === 'definition' || question.type === 'short' || question.type === 'case') {
		for (const box of await page.locator('.marking input[type=checkbox]').all())
			await box.uncheck();
		await page.getByRole('button', { name: '确认得分' }).click();
	}
	return question;
}

test('a wrong drill answer lands in the wrong-answer book and is due for review, after a reload too', async ({
	page
}) => {
	await openPage(page, '/practice/');
	await page.getByLabel('练习方式').selectOption('chapter');
	await page.getByLabel('章节', { exact: true }).selectOption('loyalty');
	await page.getByLabel('题数').selectOption('5');
	await page.getByRole('button', { name: '开始' }).click();
	await expect(page.getByText('第 1 / 5 题')).toBeVisible();
	const question = await answerWrongly(page);
	await expect(page.getByRole('status').filter({ hasText: /回答错误|未达及格线/ })).toContainText(
		question.type === 'single' || question.type === 'multiple' || question.type === 'truefalse'
			? '回答错误'
			: '未达及格线'
	);
	await expect(page.getByText(question.explanation)).toBeVisible();
	await expect(page.getByRole('button', { name: '下一题' })).toBeVisible();

	await openPage(page, '/practice/wrong/');
	await expect(page.getByText(question.stem, { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByText(question.stem, { exact: true })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('错题 1 道');

	await openPage(page, '/practice/');
	await expect(page.getByTestId('wrong-count')).toHaveText('1');
	// Due tomorrow: the forecast table's second row counts it.
	await page.getByText('查看数据表').click();
	await expect(page.locator('.figure-table tbody tr').nth(1).locator('td').nth(1)).toHaveText('1');
});

test('a mock exam keeps its answers across a reload, then reports scores by section', async ({
	page
}) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await openPage(page, '/practice/mock/');
	await page.getByRole('button', { name: '开始模拟考试' }).click();
	const firstSection = page.locator('section.section').first();
	await expect(firstSection.getByRole('heading')).toContainText('单项选择题');
	const items = firstSection.locator('li.item');
	await items.nth(0).getByRole('radio').nth(0).check();
	await items.nth(1).getByRole('radio').nth(1).check();
	await expect(page.getByText('已答 2 /')).toBeVisible();

	await page.reload();
	await expect(items.nth(0).getByRole('radio').nth(0)).toBeChecked();
	await expect(items.nth(1).getByRole('radio').nth(1)).toBeChecked();

	// A click whose database write never commits (the page went away first) still counts.
	await failIndexedDbWrites(page);
	await items.nth(2).getByRole('radio').nth(2).check();
	await expect(page.getByText(/作答或用时没有保存/)).toBeVisible();
	await page.reload();
	await expect(items.nth(2).getByRole('radio').nth(2)).toBeChecked();
	await expect(page.getByText('已答 3 /')).toBeVisible();
	await page.getByRole('button', { name: '暂停' }).click();
	await expect(page.getByRole('timer')).toHaveText('已暂停');
	await page.getByRole('button', { name: '继续作答' }).click();
	await page.getByRole('button', { name: '交卷' }).click();

	await expect(page.getByRole('heading', { name: /评阅主观题/ })).toBeVisible();
	const confirmButtons = page.getByRole('button', { name: '确认得分' });
	for (let left = await confirmButtons.count(); left > 0; left--) {
		await confirmButtons.first().click();
		await expect(confirmButtons).toHaveCount(left - 1);
	}
	await page.getByRole('button', { name: '查看成绩' }).click();

	const report = page.getByRole('region', { name: /最近一次成绩/ });
	await expect(report).toBeVisible();
	await expect(report.getByRole('table', { name: '按题型' })).toContainText('一、单项选择题');
	await expect(report.getByRole('table', { name: '按题型' })).toContainText('五、案例分析题');
	const history = page.getByRole('img', { name: '模拟考试成绩走势' });
	await expect(history.getByText('及格线')).toBeVisible();
	await expect(history.getByText('得分（百分制）')).toBeVisible();
});

test('a wrong multiple-choice answer is stored and lands in the wrong-answer book', async ({
	page
}) => {
	await openPage(page, '/practice/exchange/');
	await page.getByLabel('选择题目文件…').setInputFiles({
		name: '多选.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(
			'1. 顾客总成本包括（  ）\nA. 货币成本\nB. 时间成本\nC. 形象价值\n答案：AB\n'
		)
	});
	await page.getByRole('button', { name: '导入 1 题' }).click();
	await page.getByRole('link', { name: '练习我的题目' }).click();
	await page.getByRole('checkbox', { name: /^A/ }).check();
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '回答错误' })).toBeVisible();
	await expect(page.getByRole('button', { name: '查看结果' })).toBeVisible();
	await openPage(page, '/practice/wrong/');
	await expect(page.getByText('顾客总成本包括（  ）')).toBeVisible();
});

test('by keyboard, 提交答案 moves focus to the feedback and 下一题 to the new question', async ({
	page
}) => {
	await openPage(page, '/practice/');
	await page.getByLabel('练习方式').selectOption('chapter');
	await page.getByLabel('章节', { exact: true }).selectOption('crm-basics');
	await page.getByLabel('题数').selectOption('5');
	await page.getByRole('button', { name: '开始' }).click();
	await expect(page.getByText('第 1 / 5 题')).toBeVisible();
	const question = await answerWrongly(page);
	const feedback = page.locator('.feedback');
	await expect(feedback).toBeFocused();
	await expect(feedback).toContainText(question.explanation);
	// From the feedback, one Tab reaches 下一题; Enter opens question 2 with focus on its stem.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: '下一题' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('第 2 / 5 题')).toBeVisible();
	await expect(page.locator('.stem')).toBeFocused();
});
