import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { encodeText } from '../src/lib/analytics/import/encode-text';
import { writeXlsx } from '../src/lib/analytics/import/xlsx-fixture';
import { openPage, watchForProblems } from './helpers';

/**
 * Five respondents on 1–5 (推荐 on 0–10), saved as GBK. Means: 质量 4 → 75, 服务 3 → 50,
 * 总体 4 → 75; 价格 (1, 2, 3, 4; row 5 blank) has mean 2.5 → 37.5, or reversed (5, 4, 3, 2)
 * 3.5 → 62.5. Four equal-weight indicators: CSI = (75 + 50 + 37.5 + 75) / 4 = 59.375, reversed
 * (75 + 50 + 62.5 + 75) / 4 = 65.625; with 质量 weighted 2: (150 + 50 + 62.5 + 75) / 5 = 67.5.
 * NPS: promoters 10, 9; detractor 6; of five: 20.
 */
const GBK_SURVEY = [
	'编号,质量,服务,价格,总体,推荐',
	'1,5,4,1,5,10',
	'2,4,2,2,4,9',
	'3,3,4,3,3,6',
	'4,4,2,,4,8',
	'5,4,3,4,4,7'
].join('\n');

/**
 * 满意1–3 for respondents 1–5 have item variances 1.3, 1.0, 1.7 and total variance 10.3:
 * α = 3/2 · (1 − 4/10.3) = 0.917. Row 7 is blank in 满意1 and row 8 says 不知道: both left out.
 */
function xlsxSurvey(): Uint8Array {
	return writeXlsx([
		{
			name: '问卷',
			rows: [
				['编号', '满意1', '满意2', '满意3', '备注'],
				[1, 4, 5, 4, null],
				[2, 3, 3, 2, '好'],
				[3, 5, 5, 5, null],
				[4, 2, 3, 3, null],
				[5, 4, 4, 5, null],
				[6, null, 4, 4, null],
				[7, 4, '不知道', 4, null]
			]
		}
	]);
}

async function upload(page: Page, name: string, bytes: Uint8Array) {
	await page.getByLabel('选择文件…').setInputFiles({
		name,
		mimeType: name.endsWith('.xlsx')
			? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			: 'text/csv',
		buffer: Buffer.from(bytes)
	});
}

const csi = (page: Page) => page.getByTestId('csi');

test('a GBK survey gives CSI and NPS; a three-level indicator system, reverse item and AHP change the weights', async ({
	page
}) => {
	await openPage(page, '/lab/satisfaction-survey/');
	await upload(page, '门店问卷.csv', encodeText(GBK_SURVEY, 'gb18030'));
	await expect(page.getByText('当前问卷：门店问卷.csv')).toBeVisible();
	await expect(csi(page)).toHaveText('59.4');
	await expect(page.getByTestId('nps')).toHaveText('20.0');
	await expect(page.getByText('第 5 行「价格」列是空的')).toBeVisible();

	// 价格 is worded negatively: scoring it in reverse raises its score and the index.
	await page.getByText(/每道题的量表和反向计分/).click();
	await page.getByLabel('「价格」反向计分').check();
	await expect(csi(page)).toHaveText('65.6');
	// Declaring 服务 on 1–5 is what it is; on a wrong scale an answer would be out of range.
	await expect(page.getByLabel('「服务」的量表')).toHaveValue('1-5');

	// Three levels under 质量: 质量 → 产品质量 → 耐用性, which the 质量 item measures.
	await page.getByRole('button', { name: '给指标 1 添加下级指标' }).click();
	await page.getByLabel('指标 1.1 名称').fill('产品质量');
	await page.getByRole('button', { name: '给指标 1.1 添加下级指标' }).click();
	await page.getByLabel('指标 1.1.1 名称').fill('耐用性');
	await expect(page.getByLabel('指标 1.1.1 题目')).toHaveValue('质量');
	await expect(page.getByText('三级 1.1.1')).toBeVisible();
	await expect(csi(page)).toHaveText('65.6');
	await page.getByText('CSI 怎么算的').click();
	await expect(page.getByRole('cell', { name: '质量 / 产品质量 / 耐用性' })).toBeVisible();
	await page.getByLabel('指标 1 权重', { exact: true }).fill('2');
	await expect(csi(page)).toHaveText('67.5');

	// AHP on the four 一级指标: contradictory judgements are flagged with a pair named.
	await page.getByLabel('「质量」相对「服务」的重要性').selectOption('9');
	await page.getByLabel('「服务」相对「价格」的重要性').selectOption('9');
	await page.getByLabel('「质量」相对「价格」的重要性').selectOption('1/9');
	const flag = page.getByRole('alert').filter({ hasText: '判断不一致' });
	await expect(flag).toBeVisible();
	await expect(flag).toContainText(/最不一致的一对是「.+」与「.+」/);
	// Consistent judgements (质量 5× 服务, 5× 价格, 5× 总体; the rest equal) are accepted.
	await page.getByLabel('「质量」相对「服务」的重要性').selectOption('5');
	await page.getByLabel('「服务」相对「价格」的重要性').selectOption('1');
	await page.getByLabel('「质量」相对「价格」的重要性').selectOption('5');
	await page.getByLabel('「质量」相对「总体」的重要性').selectOption('5');
	await expect(page.getByText('CR 小于 0.10，判断的一致性可以接受。')).toBeVisible();
	await expect(page.getByTestId('ahp-stats')).toContainText('质量 0.625');
	await page.getByRole('button', { name: '采用这组权重' }).click();
	await expect(page.getByLabel('指标 1 权重', { exact: true })).toHaveValue('0.625');
	// Weights 0.625 and 0.125 each: CSI = 0.625 · 75 + 0.125 · (50 + 62.5 + 75) = 70.3125.
	await expect(csi(page)).toHaveText('70.3');

	// The setup survives a save and a reload.
	await page.getByLabel('方案名称').fill('门店 AHP');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: '打开“门店 AHP”' }).click();
	await expect(csi(page)).toHaveText('70.3');
	await expect(page.getByLabel('指标 1.1.1 名称')).toHaveValue('耐用性');
});

test('an .xlsx survey gives α with α-if-deleted; bad files keep the previous results', async ({
	page
}) => {
	await openPage(page, '/lab/satisfaction-survey/');
	await upload(page, '问卷.xlsx', xlsxSurvey());
	await expect(page.getByTestId('alpha-满意')).toHaveText('0.917');
	await expect(page.getByText('第 8 行「满意2」列的「不知道」不是分数')).toBeVisible();
	await expect(page.getByText('第 7 行「满意1」列是空的')).toBeVisible();

	// A table with no score column, and a picture: each refused in Chinese, α stays.
	await upload(page, '名单.csv', new TextEncoder().encode('姓名,评价\n张三,好\n李四,差\n'));
	await expect(page.getByRole('alert')).toContainText('没有一列是分数');
	await expect(page.getByRole('alert')).toContainText('之前的分析保持不变');
	await expect(page.getByTestId('alpha-满意')).toHaveText('0.917');
	await upload(page, '照片.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	await expect(page.getByRole('alert')).toContainText('PNG');
	await expect(page.getByText('当前问卷：问卷.xlsx')).toBeVisible();
	await expect(page.getByTestId('alpha-满意')).toHaveText('0.917');
});

test('the sample survey shows CSI, α, IPA and the path diagram beside the true paths; bootstrap runs and cancels', async ({
	page
}) => {
	await openPage(page, '/lab/satisfaction-survey/');
	await page.getByRole('button', { name: '样例问卷' }).click();
	await expect(page.getByText('当前问卷：样例问卷（种子 1）')).toBeVisible();
	await expect(csi(page)).toHaveText(/^\d+\.\d$/);
	expect(Number(await page.getByTestId('alpha-顾客满意').innerText())).toBeGreaterThan(0.7);
	await expect(page.getByRole('img', { name: '重要性—绩效矩阵' })).toBeVisible();
	await expect(page.getByText(/^重点改进（.*质量2/)).toBeVisible();
	await expect(page.getByRole('img', { name: '路径图' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: '生成样例的真实值' })).toBeVisible();
	// Drawn with 感知质量 → 顾客满意 = 0.45: PLS finds it within 0.12.
	const quality = Number(await page.getByTestId('path-感知质量->顾客满意').innerText());
	expect(Math.abs(quality - 0.45)).toBeLessThan(0.12);

	await page.getByLabel('重抽样次数').fill('5000');
	await page.getByRole('button', { name: '计算自助法置信区间' }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await page.getByRole('button', { name: '取消自助法' }).click();
	await expect(page.getByText('自助法已取消，路径系数不变，暂无置信区间。')).toBeVisible();
	await expect(page.getByRole('columnheader', { name: '95% 置信区间' })).toHaveCount(0);

	await page.getByLabel('重抽样次数').fill('100');
	await page.getByRole('button', { name: '计算自助法置信区间' }).click();
	await expect(page.getByText(/自助法完成：100 次重抽样/)).toBeVisible();
	await expect(page.getByRole('columnheader', { name: '95% 置信区间' })).toBeVisible();
	// Reweighing the index leaves the structural model alone, so the intervals stay.
	await page.getByLabel('指标 1 权重', { exact: true }).fill('3');
	await expect(page.getByRole('columnheader', { name: '95% 置信区间' })).toBeVisible();
	// Editing the model makes them stale.
	await page.getByText('编辑结构模型').click();
	const model = page.getByLabel(/每行一个潜变量/);
	await model.fill((await model.inputValue()).replace('顾客抱怨 -> 顾客忠诚', ''));
	await expect(
		page.getByText('模型或数据改了，之前的置信区间已不适用，请重新计算。')
	).toBeVisible();
});

test('the lab with results on screen passes axe WCAG 2 A/AA, fits 375 px and logs no errors', async ({
	page
}) => {
	test.slow();
	const problems = watchForProblems(page);
	await page.setViewportSize({ width: 375, height: 800 });
	await openPage(page, '/lab/satisfaction-survey/');
	await page.getByRole('button', { name: '样例问卷' }).click();
	await expect(page.getByRole('img', { name: '路径图' })).toBeVisible();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(375);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
	expect(problems).toEqual([]);
});

test('the lab is listed in the lab index and linked from chapter 5 and the satisfaction simulator', async ({
	page
}) => {
	await openPage(page, '/lab/');
	await page.getByRole('link', { name: '满意度测评实验室' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '满意度测评实验室' })).toBeVisible();
	await openPage(page, '/learn/satisfaction/');
	await page.getByRole('link', { name: '满意度测评实验室' }).first().click();
	await expect(page).toHaveURL(/\/lab\/satisfaction-survey\/$/);
	await openPage(page, '/lab/satisfaction/');
	await page.getByRole('link', { name: '满意度测评实验室' }).click();
	await expect(page).toHaveURL(/\/lab\/satisfaction-survey\/$/);
});
