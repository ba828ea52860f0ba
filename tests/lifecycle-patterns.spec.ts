import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { encodeText } from '../src/lib/analytics/import/encode-text';
import { writeXlsx } from '../src/lib/analytics/import/xlsx-fixture';
import { openPage, watchForProblems } from './helpers';

/**
 * Six customers, as of 2024-06-30 (the latest purchase), with the default rules (180 silent days,
 * a 60-day 考察期, 5 purchase days for 稳定期):
 *   A bought twice in ten days a year and a half ago: 早期流产型 (lifetime 10 days);
 *   F bought once (and was refunded the next day): 早期流产型 (lifetime 0);
 *   B bought on 3 days over 135 days, then stopped: 中途夭折型;
 *   C bought monthly on 6 days, stopped 2023-07-01 (365 days silent): 提前退出型 (150 days);
 *   D (last 2024-06-30) and E (last 2024-04-15, 76 days silent) are 长久保持型, censored.
 * Kaplan–Meier: S(0) = 5/6, S(10) = 2/3, S(135) = 4/9 ≤ ½, so the median lifetime is 135 days.
 * A 400-day window keeps C (365 days silent) a customer: 提前退出型 0, 长久保持型 3, 3 churned.
 * Line 17 has an impossible date and is rejected.
 */
const TRANSACTIONS = [
	'会员编号,消费日期,实收金额',
	'A,2023-01-10,80',
	'A,2023-01-20,60',
	'B,2023-01-05,120',
	'B,2023-03-10,90',
	'B,2023-05-20,100',
	'C,2023-02-01,50',
	'C,2023-03-01,50',
	'C,2023-04-01,50',
	'C,2023-05-01,50',
	'C,2023-06-01,50',
	'C,2023-07-01,50',
	'D,2023-02-15,300',
	'D,2023-08-15,200',
	'D,2024-02-15,250',
	'D,2024-06-30,260',
	'G,2023-02-30,50',
	'E,2024-03-01,40',
	'E,2024-04-15,45',
	'F,2023-03-03,100',
	'F,2023-03-04,-100'
].join('\n');

/** The textbook's per-customer table, as of 2023-12-31 (K3's last purchase); row 6 is wrong. */
function customerWorkbook(): Uint8Array {
	return writeXlsx([
		{
			name: '客户',
			rows: [
				['客户编号', '首次购买日期', '最后购买日期', '购买次数', '消费金额'],
				['K1', { date: '2022-01-05' }, { date: '2022-01-05' }, 1, 50],
				['K2', { date: '2022-01-10' }, { date: '2022-06-10' }, 3, 300],
				['K3', '2022-02-01', '2023-12-31', 20, 3000],
				['K4', '2022-03-01', '2023-01-15', 8, 900],
				['K5', '2023-05-01', '2023-02-01', 2, 100]
			]
		}
	]);
}

const PATTERNS = ['早期流产型', '中途夭折型', '提前退出型', '长久保持型'];
const patternCounts = (page: Page) =>
	Promise.all(PATTERNS.map((p) => page.getByTestId(`pattern-count-${p}`).innerText()));

async function upload(page: Page, name: string, bytes: Uint8Array) {
	await page.getByLabel('选择文件…').setInputFiles({
		name,
		mimeType: name.endsWith('.xlsx')
			? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			: 'text/csv',
		buffer: Buffer.from(bytes)
	});
}

async function readGbkTransactions(page: Page) {
	await upload(page, '会员消费.csv', encodeText(TRANSACTIONS, 'gb18030'));
	await expect(page.getByTestId('detected-encoding')).toHaveText('GBK/GB18030');
	await expect(page.getByRole('columnheader', { name: '会员编号' })).toBeVisible();
	// The Chinese headers are recognised, so the mapping is already filled in.
	await expect(page.getByLabel('客户编号列')).toHaveValue('会员编号');
	await expect(page.getByLabel('日期列')).toHaveValue('消费日期');
	await expect(page.getByLabel('金额列')).toHaveValue('实收金额');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('heading', { name: '读取结果：会员消费.csv' })).toBeVisible();
}

test('a GBK transaction file gives patterns, cohorts and survival that move with the inactivity window, and the scenario comes back', async ({
	page
}) => {
	// Reads, reloads and reopens: on a busy two-core runner this takes most of the default 30 s.
	test.slow();
	await openPage(page, '/lab/lifecycle-patterns/');
	await readGbkTransactions(page);

	// What was read: one bad date with its line, the refund stated, six customers.
	await expect(page.getByTestId('customers')).toHaveText('6');
	await expect(page.getByTestId('rows-rejected')).toHaveText('1');
	await expect(page.getByTestId('refund-rows')).toHaveText('1');
	await page.getByText('查看被拒绝的行').click();
	await expect(page.getByText(/第 17 行「消费日期」列/)).toBeVisible();

	expect(await patternCounts(page)).toEqual(['2', '1', '1', '2']);
	await expect(page.getByTestId('pattern-share-早期流产型')).toHaveText('33.3%');
	const bars = page.getByRole('img', { name: '四种关系模式的客户数' });
	for (const pattern of PATTERNS)
		await expect(bars.getByText(pattern, { exact: true })).toBeVisible();
	await expect(page.getByRole('img', { name: '各模式的客户举例：购买时间线' })).toBeVisible();

	// Cohorts by first-purchase month, and the survival curve with its hand-computed median.
	const heatmap = page.getByRole('img', { name: '同期群留存热力图' });
	await expect(heatmap).toBeVisible();
	await expect(heatmap.getByText('2023-01')).toBeVisible();
	await expect(page.getByRole('img', { name: '平均留存曲线' })).toBeVisible();
	await expect(page.getByRole('img', { name: '客户生存曲线（Kaplan–Meier）' })).toBeVisible();
	await expect(page.getByTestId('median-days')).toHaveText('135 天');
	await expect(page.getByTestId('survival-events')).toHaveText('4');
	// No channel column, so the curve is split by first-purchase amount at the tertiles 50 and
	// 100 (first days: E 40, C 50 | A 80, F 100 | B 120, D 300). At 180 days: all customers 2/9;
	// the low band 0 (C churned at 150, E censored at 121), the middle 0 (F at 0, A at 10), the
	// high ½ (B churned at 135, D still buying).
	const curve = page.getByRole('img', { name: '客户生存曲线（Kaplan–Meier）' });
	for (const band of ['首单 ≤ 50 元', '首单 50–100 元', '首单 > 100 元'])
		await expect(curve.getByText(band)).toBeVisible();
	const survivalFigure = page.getByRole('figure').filter({ has: curve });
	await survivalFigure.getByText('查看数据表').click();
	await expect(survivalFigure.getByRole('columnheader', { name: '首单 50–100 元' })).toBeVisible();
	await expect(
		survivalFigure
			.getByRole('row')
			.filter({ has: page.getByRole('cell', { name: '180', exact: true }) })
	).toHaveText(/^180\s*22\.2%\s*0\.0%\s*0\.0%\s*50\.0%$/);
	await expect(page.getByTestId('stage-count-已流失')).toHaveText('4');
	// E (2 purchase days) and D (4) are still buying at their usual pace, short of 5 days: 形成期.
	await expect(page.getByTestId('stage-count-形成期')).toHaveText('2');

	// The draft answer follows the data; the learner rewrites the problem.
	const problems = page.getByRole('textbox', { name: '主要问题' });
	await expect(page.getByRole('textbox', { name: '分析结果' })).toHaveValue(
		/^共 6 位客户：早期流产型 2 位（33\.3%）/
	);
	await problems.fill('会员来一两次就不来了，首单体验要查。');

	// A wider inactivity window: C, silent 365 days, is still a customer.
	await page.getByRole('spinbutton', { name: '沉寂天数（天）' }).fill('400');
	await expect(page.getByTestId('pattern-count-提前退出型')).toHaveText('0');
	expect(await patternCounts(page)).toEqual(['2', '1', '0', '3']);
	await expect(page.getByTestId('survival-events')).toHaveText('3');
	await expect(page.getByText('最后一次购买距分析日超过 400 天')).toBeVisible();
	await expect(problems).toHaveValue('会员来一两次就不来了，首单体验要查。');

	await page.getByLabel('方案名称').fill('沉寂 400 天');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('pattern-count-长久保持型')).toHaveCount(0);
	await page.getByRole('button', { name: '打开“沉寂 400 天”' }).click();
	expect(await patternCounts(page)).toEqual(['2', '1', '0', '3']);
	await expect(page.getByRole('spinbutton', { name: '沉寂天数（天）' })).toHaveValue('400');
	await expect(page.getByRole('textbox', { name: '主要问题' })).toHaveValue(
		'会员来一两次就不来了，首单体验要查。'
	);
	await expect(page.getByRole('img', { name: '同期群留存热力图' })).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出客户 CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe(
		'客户编号,首次购买,最后购买,购买日数,消费金额（元）,关系模式,当前阶段,寿命（天）,已流失'
	);
	expect(lines).toHaveLength(7);
	expect(lines).toContain('C,2023-02-01,2023-07-01,6,300,长久保持型,退化期,515,否');
	expect(lines).toContain('F,2023-03-03,2023-03-03,1,0,早期流产型,已流失,0,是');

	// The reopened survival chart saves as SVG with its amount bands.
	const svgDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 SVG：客户生存曲线（Kaplan–Meier）' }).click();
	const svgFile = await svgDownload;
	expect(svgFile.suggestedFilename()).toBe('客户生存曲线.svg');
	expect(readFileSync(await svgFile.path(), 'utf8')).toContain('首单 50–100 元');
});

test('an Excel per-customer table gives patterns and survival but says why it has no cohorts; bad files keep the results', async ({
	page
}) => {
	await openPage(page, '/lab/lifecycle-patterns/');
	await upload(page, '客户汇总.xlsx', customerWorkbook());
	await expect(page.getByRole('heading', { name: '对应列：客户汇总.xlsx' })).toBeVisible();
	await expect(page.getByRole('radio', { name: /一位客户（首次购买日期/ })).toBeChecked();
	await expect(page.getByLabel('首次购买日期列')).toHaveValue('首次购买日期');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('heading', { name: '读取结果：客户汇总.xlsx' })).toBeVisible();

	expect(await patternCounts(page)).toEqual(['1', '1', '1', '1']);
	await expect(page.getByTestId('rows-rejected')).toHaveText('1');
	await page.getByText('查看被拒绝的行').click();
	await expect(
		page.getByText(/第 6 行「最后购买日期」列：最后购买日期「2023-02-01」早于首次购买日期/)
	).toBeVisible();
	await expect(page.getByTestId('cohort-reason')).toContainText('同期群留存需要每一笔购买的日期');
	await expect(page.getByRole('img', { name: '客户生存曲线（Kaplan–Meier）' })).toBeVisible();
	await expect(page.getByTestId('survival-events')).toHaveText('3');
	await expect(page.getByText('按客户汇总的表没有首单金额')).toBeVisible();

	// K4, silent for 350 days, is still a customer under a 400-day window: 提前退出型 → 长久保持型.
	await page.getByRole('spinbutton', { name: '沉寂天数（天）' }).fill('400');
	await expect(page.getByTestId('survival-events')).toHaveText('2');
	expect(await patternCounts(page)).toEqual(['1', '1', '0', '2']);

	// A picture is refused in Chinese; the table's results (and the window) stay.
	await upload(page, '照片.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	await expect(page.getByRole('alert')).toContainText('这是二进制文件（PNG 图片）');
	await expect(page.getByRole('alert')).toContainText('之前的分析保持不变');
	expect(await patternCounts(page)).toEqual(['1', '1', '0', '2']);

	// A file whose every date is unreadable can be mapped, but reading it finds nothing usable.
	await upload(
		page,
		'坏日期.csv',
		encodeText('会员编号,消费日期,实收金额\nA,昨天,10\nB,下周二,20', 'gb18030')
	);
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('alert')).toContainText('没有可用的交易：2 行全部被拒绝');
	await expect(page.getByRole('alert')).toContainText('第 2 行「消费日期」列');
	await expect(page.getByRole('heading', { name: '读取结果：客户汇总.xlsx' })).toBeVisible();
	expect(await patternCounts(page)).toEqual(['1', '1', '0', '2']);
});

test('the seeded sample shop’s patterns come back in the stated shares, and the CDNOW data load with one click', async ({
	page
}) => {
	await openPage(page, '/lab/lifecycle-patterns/');
	await page.getByLabel('随机种子').fill('7');
	await page.getByRole('button', { name: '样例商店数据' }).click();
	await expect(
		page.getByRole('heading', { name: '读取结果：样例商店数据（种子 7）' })
	).toBeVisible();
	await expect(page.getByTestId('customers')).toHaveText('1,200');
	// Stated shares 35 / 30 / 10 / 25 %: each found within four points.
	for (const [pattern, share] of [
		['早期流产型', 35],
		['中途夭折型', 30],
		['提前退出型', 10],
		['长久保持型', 25]
	] as const) {
		const shown = Number.parseFloat(await page.getByTestId(`pattern-share-${pattern}`).innerText());
		expect(Math.abs(shown - share)).toBeLessThan(4);
	}
	// The sample has channels: the survival curve is split by first channel, or by first amount.
	const curve = page.getByRole('img', { name: '客户生存曲线（Kaplan–Meier）' });
	await expect(curve.getByText('首购渠道：门店')).toBeVisible();
	await page.getByRole('radio', { name: '按首单金额（三等分）' }).check();
	await expect(curve.getByText(/^首单 ≤ [\d,.]+ 元$/)).toBeVisible();
	await expect(curve.getByText(/^首单 > [\d,.]+ 元$/)).toBeVisible();
	await expect(curve.getByText('首购渠道：门店')).toHaveCount(0);
	await expect(page.getByTestId('cohort-note')).toContainText('较差的同期群');

	await page.getByRole('button', { name: /CDNOW 1\/10 样本/ }).click();
	await expect(page.getByRole('heading', { name: /读取结果：CDNOW 1\/10 样本/ })).toBeVisible();
	// 8 of the file's 2,357 customers only ever spent $0.00: no purchase day, so not customers here.
	await expect(page.getByTestId('customers')).toHaveText('2,349');
	await expect(
		page.getByRole('img', { name: '同期群留存热力图' }).getByText('1997-03')
	).toBeVisible();
});

test('the lab with results on screen passes axe WCAG 2 A/AA and logs no errors', async ({
	page
}) => {
	// One axe run takes ~10 s on a busy two-core runner, whatever the page; this test makes two.
	test.slow();
	const problems = watchForProblems(page);
	await openPage(page, '/lab/lifecycle-patterns/');
	await upload(page, '会员消费.csv', encodeText(TRANSACTIONS, 'gb18030'));
	await expect(page.getByTestId('detected-encoding')).toHaveText('GBK/GB18030');
	const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
	const mapping = await new AxeBuilder({ page }).withTags(tags).analyze();
	expect(
		mapping.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('img', { name: '同期群留存热力图' })).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(tags).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
	expect(problems).toEqual([]);
});

test('the lab is listed in the lab index and linked from chapter 2', async ({ page }) => {
	await openPage(page, '/lab/');
	await page.getByRole('link', { name: '客户关系模式实验室' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '客户关系模式实验室' })).toBeVisible();
	await openPage(page, '/learn/customer-lifecycle/');
	await page.getByRole('link', { name: '客户关系模式实验室' }).first().click();
	await expect(page).toHaveURL(/\/lab\/lifecycle-patterns\/$/);
});
