import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './test';
import { openPage } from './helpers';
import { writeXlsx } from '../src/lib/analytics/import/xlsx-fixture';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CASE_TITLE = '大学城茶饮店的会员经营';

async function downloaded(page: Page, click: () => Promise<void>) {
	const download = page.waitForEvent('download');
	await click();
	const file = await download;
	return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Writes a case with one question and three scoring points on /teach/cases/. */
async function writeCase(page: Page) {
	await openPage(page, '/teach/cases/');
	await page.getByRole('button', { name: '新建案例' }).click();
	await page.getByLabel('案例标题').fill(CASE_TITLE);
	await page
		.getByRole('textbox', { name: '案例正文' })
		.fill('## 背景\n\n店里有 **3000** 名会员，新会员第二个月就不来了。');
	await page.getByRole('button', { name: '预览' }).click();
	await expect(page.getByLabel('答案预览').getByRole('heading', { name: '背景' })).toBeVisible();
	await expect(page.getByLabel('答案预览').locator('strong')).toHaveText('3000');
	await page.getByRole('button', { name: '编辑', exact: true }).click();

	await page.getByLabel('第 1 小题题干').fill('这家店应怎样留住新会员？');
	const points: [string, string, string][] = [
		['指出新会员处于考察期', '3', '考察期'],
		['提出首月回访或优惠', '4', '回访、优惠'],
		['用复购数据衡量效果', '3', '复购']
	];
	for (const [i, [text, marks, keywords]] of points.entries()) {
		if (i > 0) await page.getByRole('button', { name: '添加第 1 小题的评分要点' }).click();
		await page.getByLabel(`第 1 小题要点 ${i + 1}`, { exact: true }).fill(text);
		await page.getByLabel(`第 1 小题要点 ${i + 1} 的分值`).fill(marks);
		const keywordBox = page.getByLabel(`第 1 小题要点 ${i + 1} 的关键词`);
		await keywordBox.fill(keywords);
		await keywordBox.blur();
	}
	await expect(page.getByRole('heading', { name: '第 1 题（10 分）' })).toBeVisible();
	await expect(page.getByText('案例已完整，可以在「教师」页的作业里加入它的题目。')).toBeVisible();
	await expect(page.getByText('案例已保存在本机')).toBeVisible();
	await expectAccessible(page);
}

async function expectAccessible(page: Page) {
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
		[]
	);
}

/** Builds an assignment of the own case question and one bank choice question; returns the link. */
async function assign(page: Page): Promise<string> {
	await openPage(page, '/teach/');
	await page.getByRole('button', { name: '新建作业' }).click();
	await page.getByLabel('标题', { exact: true }).fill('会员经营小测');
	await expect(page.getByRole('note').filter({ hasText: '对所有人公开' })).toBeVisible();
	await page.getByRole('combobox', { name: '自编案例' }).selectOption({ label: CASE_TITLE });
	await page.getByRole('checkbox', { name: /^第 1 题（案例分析，10 分）这家店/ }).check();
	await page.getByRole('button', { name: '加入所选自编案例题' }).click();
	await page
		.getByRole('combobox', { name: /^章节/ })
		.selectOption({ label: '第 2 章 客户生命周期' });
	await page.getByRole('combobox', { name: /^题型/ }).selectOption({ label: '单选题' });
	await page.getByLabel(/客户生命周期的第一个阶段是/).check();
	await page.getByRole('button', { name: /加入所选题目/ }).click();
	await expect(page.getByTestId('total-marks')).toHaveText('12');
	await expect(page.getByText(`自编案例「${CASE_TITLE}」第 1 题`)).toBeVisible();
	await page.getByRole('button', { name: '生成作业链接' }).click();
	return page.getByLabel(/作业链接/).inputValue();
}

/** One student in their own browser: answers and hands in; returns the submission file. */
async function studentSubmits(
	browser: Browser,
	link: string,
	name: string,
	number: string,
	answer: string,
	choice: string
) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await openPage(page, link);
	await page.getByLabel('姓名').fill(name);
	await page.getByLabel('学号').fill(number);
	await page.getByRole('button', { name: '开始作答' }).click();
	// The case text came inside the link.
	await expect(page.getByText('新会员第二个月就不来了')).toBeVisible();
	await page.getByRole('textbox', { name: '第 1 题的答案' }).fill(answer);
	await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
	// Options are shuffled per student: pick by text, whatever letter it got.
	const option = new RegExp(`^[A-E]\\. ${choice}$`);
	await page
		.getByRole('radio', { name: option })
		.or(page.getByRole('checkbox', { name: option }))
		.check();
	const file = await downloaded(page, () =>
		page.getByRole('button', { name: '提交', exact: true }).click()
	);
	await context.close();
	return file;
}

/** Ticks exactly the given points in the open marking panel and confirms. */
async function mark(page: Page, name: string, ticked: number[], expected: string) {
	await page.getByRole('button', { name: new RegExp(`^批改 ${name} 第 1 题`) }).click();
	const panel = page.getByRole('region', { name: new RegExp(`批改：${name}`) });
	const boxes = panel.getByRole('checkbox');
	await expect(boxes).toHaveCount(3);
	for (let i = 0; i < 3; i++) await boxes.nth(i).setChecked(ticked.includes(i));
	await panel.getByRole('button', { name: '确认教师评分' }).click();
	await expect(
		panel.getByRole('status').filter({ hasText: `已保存：本题 ${expected}` })
	).toBeVisible();
}

test('an instructor writes a case with three scoring points, assigns it, marks three students and reads the item analysis, its CSV and printed report; a score sheet gives the same analysis', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const instructor = await (await browser.newContext()).newPage();
	await writeCase(instructor);
	const link = await assign(instructor);

	const files = [
		await studentSubmits(
			browser,
			link,
			'甲',
			'2026001',
			'新会员在考察期，要在首月回访并给优惠，再看复购。详见 https://example.com',
			'潜在客户'
		),
		await studentSubmits(browser, link, '乙', '2026002', '考察期的会员要首月回访。', '潜在客户'),
		await studentSubmits(browser, link, '丙', '2026003', '多做活动。', '新客户')
	];

	await openPage(instructor, '/teach/gradebook/');
	await instructor.getByLabel('选择提交文件…').setInputFiles(
		files.map((f) => ({
			name: f.name,
			mimeType: 'application/json',
			buffer: Buffer.from(f.text)
		}))
	);
	await expect(instructor.getByRole('status').filter({ hasText: '导入 3 份新提交' })).toBeVisible();

	// The panel speaks to the teacher: keyword suggestions apart from the teacher's own score,
	// and student text is plain (the URL is not a link).
	await instructor.getByRole('button', { name: /^批改 甲 第 1 题/ }).click();
	const panel = instructor.getByRole('region', { name: /批改：甲/ });
	await expect(panel.getByText('建议得分 10 / 10（按关键词）')).toBeVisible();
	await expect(panel.getByText('教师评分 0 / 10')).toBeVisible();
	await expect(panel.getByText('自评')).toHaveCount(0);
	await expect(panel.getByText(/详见 https:\/\/example\.com/)).toBeVisible();
	await expect(panel.getByRole('link')).toHaveCount(0);
	await panel.getByRole('button', { name: '采用建议' }).click();
	await expect(panel.getByText('教师评分 10 / 10')).toBeVisible();
	await expectAccessible(instructor);

	await mark(instructor, '甲', [0, 1, 2], '10 / 10');
	await mark(instructor, '乙', [0, 1], '7 / 10');
	await mark(instructor, '丙', [0], '3 / 10');
	await expect(instructor.getByTestId('pending-count')).toHaveText('0');

	await instructor.getByRole('tab', { name: '试题分析' }).click();
	const report = instructor.getByRole('article', { name: /班级试题分析：会员经营小测/ });
	await expect(report.getByTestId('analysis-students')).toHaveText('3 人');
	// Totals 12, 9, 3; groups of ⌈0.27 × 3⌉ = 1: upper 甲, lower 丙. With two items each one's
	// rest is the other: r([10, 7, 3], [2, 2, 0]) = 7.33 / √(24.67 × 2.67) = 0.904.
	const caseRow = report.getByRole('row', { name: /第 1 题（10 分）/ });
	await expect(caseRow.getByRole('cell')).toHaveText(['10', '6.67', '0.67', '0.70', '0.90', '']);
	const choiceRow = report.getByRole('row', { name: /第 2 题（2 分）/ });
	await expect(choiceRow.getByRole('cell')).toHaveText(['2', '1.33', '0.67', '1.00', '0.90', '']);
	await expect(
		report.getByText('指出新会员处于考察期（3 分）— 得分 100%，未得分 0%')
	).toBeVisible();
	await expect(report.getByText('提出首月回访或优惠（4 分）— 得分 67%，未得分 33%')).toBeVisible();
	await expect(report.getByText('用复购数据衡量效果（3 分）— 得分 33%，未得分 67%')).toBeVisible();
	await expect(report.getByText('B. 潜在客户 — 67%（正确答案）')).toBeVisible();
	await expect(report.getByText('A. 新客户 — 33%')).toBeVisible();
	await expect(report.getByRole('img', { name: '总分分布' })).toBeVisible();
	await expectAccessible(instructor);

	const csv = await downloaded(instructor, () =>
		report.getByRole('button', { name: '导出分析 CSV' }).click()
	);
	expect(csv.name).toBe('试题分析-会员经营小测.csv');
	const rows = Papa.parse<string[]>(csv.text.slice(1).trim()).data;
	expect(rows[1].slice(0, 6)).toEqual(['第 1 题（10 分）', '10', '6.67', '0.667', '0.7', '0.904']);
	expect(rows[1][7]).toBe('要点1 未得分 0%；要点2 未得分 33%；要点3 未得分 67%');

	// The printed report holds the analysis and nothing else of the page.
	await instructor.evaluate(() => (window.print = () => undefined));
	await report.getByRole('button', { name: '打印班级报告' }).click();
	await instructor.emulateMedia({ media: 'print' });
	await expect(report.getByRole('heading', { name: /班级试题分析/ })).toBeVisible();
	await expect(report.getByRole('table')).toBeVisible();
	await expect(instructor.getByRole('heading', { name: '分析其他平台导出的成绩表' })).toBeHidden();
	await expect(instructor.getByRole('tab', { name: '试题分析' })).toBeHidden();
	await instructor.emulateMedia({ media: 'screen' });

	// The same scores as an Excel sheet exported from another platform give the same figures.
	const sheet = writeXlsx([
		{
			name: '成绩',
			rows: [
				['学号', '第 1 题（10 分）', '第 2 题（2 分）'],
				['满分', 10, 2],
				['2026001', 10, 2],
				['2026002', 7, 2],
				['2026003', 3, 0]
			]
		}
	]);
	await instructor
		.getByRole('region', { name: '分析其他平台导出的成绩表' })
		.getByLabel('选择成绩表…')
		.setInputFiles({ name: '平台成绩.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(sheet) });
	const sheetReport = instructor.getByRole('article', { name: /班级试题分析：平台成绩\.xlsx/ });
	await expect(sheetReport.getByTestId('analysis-students')).toHaveText('3 人');
	await expect(
		sheetReport.getByRole('row', { name: /第 1 题（10 分）/ }).getByRole('cell')
	).toHaveText(['10', '6.67', '0.67', '0.70', '0.90', '']);
	await expect(
		sheetReport.getByRole('row', { name: /第 2 题（2 分）/ }).getByRole('cell')
	).toHaveText(['2', '1.33', '0.67', '1.00', '0.90', '']);
	await expect(sheetReport.getByTestId('analysis-alpha')).toHaveText(
		await report.getByTestId('analysis-alpha').innerText()
	);
});

test('a score sheet without a 满分 row asks for full marks and names a bad cell', async ({
	page
}) => {
	await openPage(page, '/teach/gradebook/');
	const region = page.getByRole('region', { name: '分析其他平台导出的成绩表' });
	await region.getByLabel('选择成绩表…').setInputFiles({
		name: 'bad.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('姓名,Q1,Q2\n张三,1,缺考\n')
	});
	await expect(region.getByRole('alert')).toContainText(
		'无法读取「bad.csv」：成绩表有问题：第 2 行「Q2」列「缺考」不是得分'
	);
	await region.getByLabel('选择成绩表…').setInputFiles({
		name: 'ok.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('姓名,Q1,Q2\n张三,1,2\n李四,0,1\n王五,1,0\n')
	});
	await expect(region.getByRole('note')).toContainText('成绩表里没有满分行');
	await expect(region.getByLabel('「Q2」的满分')).toHaveValue('2');
	await region.getByLabel('「Q2」的满分').fill('1');
	await expect(region.getByRole('alert')).toContainText('第 2 行「Q2」列得分 2 超过满分 1');
	await region.getByLabel('「Q2」的满分').fill('4');
	const report = page.getByRole('article', { name: /班级试题分析：ok\.csv/ });
	// Q2: mean 1 of 4 → 0.25, flagged as too hard.
	await expect(report.getByRole('row', { name: /Q2/ }).getByRole('cell').nth(2)).toHaveText('0.25');
	await expect(report.getByRole('row', { name: /Q2/ })).toContainText('太难');
	// A broken workbook is refused by name; the analysis on screen stays.
	await region.getByLabel('选择成绩表…').setInputFiles({
		name: 'scores.xlsx',
		mimeType: XLSX_TYPE,
		buffer: Buffer.from('PK')
	});
	await expect(region.getByRole('alert')).toContainText('无法读取「scores.xlsx」');
	await expect(report.getByRole('row', { name: /Q2/ })).toContainText('太难');
});
