import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { encodeText, type TestEncoding } from '../src/lib/analytics/import/encode-text';
import { compoundFile } from '../src/lib/analytics/import/xlsx-fixture';
import { heatmapContrasts, openPage, watchForProblems } from './helpers';

/**
 * Eight customers, one per class of the eight-class scheme. As of 2024-04-01 (the day after the
 * last purchase) the means are R = 46 days, F = 2 purchases, M = 548.75 元: recent customers
 * bought on 2024-03-31 (1 day), old ones on 2024-01-01 (91 days); frequent ones bought 3 times;
 * big ones spent 1,000 (A lost 10 to a refund). The headers are not ones the importer recognises,
 * so the learner maps them. Line 19 has an impossible date and is rejected.
 */
const TRANSACTIONS = [
	'会员名称,消费时间,实收,备注',
	'A,2024-03-01,500,',
	'A,2024/3/15,300,',
	'A,20240331,200,',
	'A,2024-03-31,-10,退款',
	'B,2024-03-31,1000,',
	'C,2023-12-01,400,',
	'C,2023-12-15,300,',
	'C,2024-01-01,300,',
	'D,2024-01-01,1000,',
	'E,2024-03-01,30,',
	'E,2024-03-15,30,',
	'E,2024-03-31,40,',
	'F,2024-03-31,100,',
	'G,2023-12-01,30,',
	'G,2023-12-15,30,',
	'G,2024-01-01,40,',
	'H,2024-01-01,100,',
	'H,2024-13-45,50,'
].join('\n');

const CLASSES = [
	'重要价值客户',
	'重要发展客户',
	'重要保持客户',
	'重要挽留客户',
	'一般价值客户',
	'一般发展客户',
	'一般保持客户',
	'一般挽留客户'
];

const segmentCount = (page: Page, name: string) => page.getByTestId(`segment-count-${name}`);

async function upload(page: Page, name: string, bytes: Uint8Array) {
	await page
		.getByLabel('选择文件…')
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

async function mapAndAnalyse(page: Page) {
	await page.getByLabel('客户编号列').selectOption('会员名称');
	await page.getByLabel('日期列').selectOption('消费时间');
	await page.getByLabel('金额列').selectOption('实收');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('heading', { name: '八类客户与对策' })).toBeVisible();
}

async function segmentCounts(page: Page): Promise<string[]> {
	return Promise.all(CLASSES.map((name) => segmentCount(page, name).innerText()));
}

test('a GBK file with Chinese headers is mapped, segmented, re-thresholded, saved, reopened and exported', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await upload(page, '门店流水.csv', encodeText(TRANSACTIONS, 'gb18030'));

	// The mapping step shows what was detected and a readable preview.
	await expect(page.getByTestId('detected-encoding')).toHaveText('GBK/GB18030');
	await expect(page.getByTestId('delimiter')).toHaveText('逗号');
	await expect(page.getByRole('columnheader', { name: '会员名称' })).toBeVisible();
	await mapAndAnalyse(page);

	// One customer per class, the bad row listed with its line, the refund stated.
	for (const name of CLASSES) await expect(segmentCount(page, name)).toHaveText('1');
	await expect(page.getByTestId('rows-rejected')).toHaveText('1');
	await expect(page.getByTestId('refund-rows')).toHaveText('1');
	await page.getByText('查看被拒绝的行').click();
	await expect(page.getByText(/第 19 行「消费时间」列/)).toBeVisible();
	const bars = page.getByRole('img', { name: '八类客户的人数' });
	for (const name of CLASSES) await expect(bars.getByText(name, { exact: true })).toBeVisible();
	await expect(page.getByRole('img', { name: '洛伦兹曲线（客户价值的集中程度）' })).toBeVisible();
	await expect(page.getByTestId('customers')).toHaveText('8');
	await expect(page.getByTestId('top20')).not.toHaveText('');

	// A later as-of day makes everyone 30 days less recent: the R mean moves, the classes do not.
	await expect(page.getByText('均值 46.00')).toBeVisible();
	await page.getByLabel(/分析日/).fill('2024-05-01');
	await expect(page.getByText('均值 76.00')).toBeVisible();
	await expect(segmentCount(page, '重要价值客户')).toHaveText('1');

	// Raising the M threshold above everyone's spend makes every important customer ordinary.
	await page.getByLabel(/M 分界/).fill('2000');
	await expect(segmentCount(page, '重要价值客户')).toHaveText('0');
	await expect(segmentCount(page, '一般价值客户')).toHaveText('2');
	await expect(segmentCount(page, '一般挽留客户')).toHaveText('2');

	// The customer table follows the filter and the export holds the segmented customers.
	await page.getByRole('combobox', { name: '八类客户' }).selectOption('一般价值客户');
	await expect(page.getByTestId('customer-count')).toContainText('筛选出 2 位');
	await page.getByRole('combobox', { name: '八类客户' }).selectOption('');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出客户 CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const lines = csv.slice(1).trim().split('\r\n');
	expect(lines[0]).toBe(
		'客户编号,最近购买（天前）,购买次数,消费金额（元）,R,F,M,八类客户,行为矩阵,价值矩阵,银行五级'
	);
	expect(lines).toHaveLength(9);
	expect(lines.find((line) => line.startsWith('A,'))).toMatch(/^A,31,3,990,.*,一般价值客户,/);

	// Charts save as standalone SVG (colours written out) and as PNG.
	const svgDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 SVG：八类客户的人数' }).click();
	const svg = readFileSync(await (await svgDownload).path(), 'utf8');
	expect(svg).toContain('<svg');
	expect(svg).toContain('一般价值客户');
	expect(svg).not.toContain('var(--');
	const pngDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 PNG：洛伦兹曲线（客户价值的集中程度）' }).click();
	const png = readFileSync(await (await pngDownload).path());
	expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

	await page.getByLabel('方案名称').fill('M 提到 2000');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { name: '八类客户与对策' })).toHaveCount(0);
	await page.getByRole('button', { name: '打开“M 提到 2000”' }).click();
	await expect(segmentCount(page, '一般价值客户')).toHaveText('2');
	await expect(page.getByLabel(/M 分界/)).toHaveValue('2000');
	await page.getByRole('button', { name: '恢复为均值' }).click();
	await expect(segmentCount(page, '重要价值客户')).toHaveText('1');
});

test('the same file in UTF-8, UTF-8 with BOM, GBK and UTF-16 gives the same segments, and the mapping is remembered', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	const results: string[][] = [];
	const encodings: [TestEncoding, string][] = [
		['utf-8', 'UTF-8'],
		['utf-8-bom', 'UTF-8'],
		['gb18030', 'GBK/GB18030'],
		['utf-16le', 'UTF-16LE']
	];
	for (const [index, [encoding, shown]] of encodings.entries()) {
		await upload(page, `${encoding}.csv`, encodeText(TRANSACTIONS, encoding));
		await expect(page.getByTestId('detected-encoding')).toHaveText(shown);
		if (index === 0) await mapAndAnalyse(page);
		else {
			// Same header layout as the first file: the learner's mapping comes back by itself.
			await expect(page.getByText('已按上次对这种表头的选择填好各列')).toBeVisible();
			await expect(page.getByLabel('客户编号列')).toHaveValue('会员名称');
			await page.getByRole('button', { name: '开始分析' }).click();
		}
		await expect(
			page.getByRole('status').filter({ hasText: `已分析“${encoding}.csv”` })
		).toBeVisible();
		results.push(await segmentCounts(page));
	}
	expect(results[0]).toEqual(Array(8).fill('1'));
	for (const result of results) expect(result).toEqual(results[0]);
});

test('an unusable file shows its message in Chinese and the previous analysis stays', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await upload(page, 'good.csv', encodeText(TRANSACTIONS, 'utf-8'));
	await mapAndAnalyse(page);
	await expect(segmentCount(page, '重要价值客户')).toHaveText('1');

	// A workbook with a password to open, an old .xls one and a picture: each says what it is.
	for (const [name, bytes, message] of [
		[
			'加密.xlsx',
			compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
			'设置了打开密码'
		],
		['旧版.xls', compoundFile(['Root Entry', 'Workbook']), '旧版 Excel 工作簿（.xls'],
		[
			'照片.png',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			'这是二进制文件（PNG 图片）'
		]
	] as const) {
		await upload(page, name, bytes);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('alert')).toContainText('之前的分析保持不变');
		await expect(segmentCount(page, '重要价值客户')).toHaveText('1');
	}

	// A file whose every date is unreadable: it can be mapped, but reading it finds nothing usable.
	await upload(
		page,
		'bad-dates.csv',
		encodeText('会员名称,消费时间,实收,备注\nA,昨天,10,\nB,下周二,20,', 'utf-8')
	);
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('alert')).toContainText('没有可用的交易');
	await expect(page.getByRole('alert')).toContainText('第 2 行「消费时间」列');
	await expect(page.getByRole('heading', { name: '读取结果：good.csv' })).toBeVisible();
	await expect(segmentCount(page, '重要价值客户')).toHaveText('1');
});

test('sample data from a shown seed gives results without a file, and the same seed gives the same data', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await page.getByLabel('随机种子').fill('7');
	await page.getByRole('button', { name: '零售样例数据' }).click();
	await expect(
		page.getByRole('heading', { name: '读取结果：零售样例数据（种子 7）' })
	).toBeVisible();
	const first = await segmentCounts(page);
	const customers = Number((await page.getByTestId('customers').innerText()).replace(/,/g, ''));
	expect(first.reduce((sum, n) => sum + Number(n.replace(/,/g, '')), 0)).toBe(customers);
	await expect(page.getByTestId('gini')).toHaveText(/^0\.\d{3}$/);
	// The sample has a channel column, so the customer table shows each customer's main channel.
	await expect(page.getByRole('columnheader', { name: /主要渠道/ })).toBeVisible();

	await page.getByRole('button', { name: '银行样例数据' }).click();
	await expect(
		page.getByRole('heading', { name: '读取结果：银行样例数据（种子 7）' })
	).toBeVisible();
	await page.getByRole('button', { name: '零售样例数据' }).click();
	await expect(
		page.getByRole('heading', { name: '读取结果：零售样例数据（种子 7）' })
	).toBeVisible();
	expect(await segmentCounts(page)).toEqual(first);

	// The bank's five tiers move with their shares.
	const premium = page.getByTestId('tier-count-优质客户');
	const before = (await premium.textContent()) ?? '';
	await page.getByRole('slider', { name: /优质客户/ }).fill('0.1');
	await expect(premium).not.toHaveText(before);
});

test('a big file shows its progress and can be cancelled, keeping the previous analysis', async ({
	page
}) => {
	// A million rows: on a busy two-core runner the read alone can take most of the default 30 s.
	test.slow();
	await openPage(page, '/lab/segmentation/');
	await page.getByRole('button', { name: '零售样例数据' }).click();
	await expect(page.getByRole('heading', { name: /读取结果：零售样例数据/ })).toBeVisible();

	const rows = ['客户编号,交易日期,金额'];
	for (let i = 0; i < 1_000_000; i++)
		rows.push(`C${i % 50_000},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 500}`);
	await upload(page, '大文件.csv', new TextEncoder().encode(rows.join('\n')));
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await page.getByRole('button', { name: '取消' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已取消' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /读取结果：零售样例数据/ })).toBeVisible();

	// The stopped worker is replaced by a fresh one for the next file.
	await upload(page, 'good.csv', encodeText(TRANSACTIONS, 'utf-8'));
	await mapAndAnalyse(page);
	await expect(page.getByRole('heading', { name: '读取结果：good.csv' })).toBeVisible();
});

test('100,000 customers: the table sorts and filters, the scatter moves to canvas, and a too-big scenario is refused', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	const rows = ['客户编号,交易日期,金额'];
	for (let i = 0; i < 100_000; i++) {
		rows.push(`C${i},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 1000}`);
	}
	await upload(page, '十万客户.csv', new TextEncoder().encode(rows.join('\n')));
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByTestId('customers')).toHaveText('100,000');
	await expect(page.getByTestId('customer-count')).toContainText('共 100,000 位客户');

	const table = page.getByRole('table', { name: '客户明细' });
	const firstRow = table.getByRole('row').nth(1);
	await expect(firstRow).toContainText('999.00');
	await table.getByRole('button', { name: /消费金额/ }).click();
	await expect(table.getByRole('columnheader', { name: /消费金额/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await expect(firstRow).toContainText('0.00');
	await page.getByRole('searchbox', { name: '客户编号包含' }).fill('C99999');
	await expect(page.getByTestId('customer-count')).toContainText('筛选出 1 位');
	await expect(firstRow).toContainText('C99999');

	const scatter = page.getByRole('img', { name: '每位客户的最近购买与消费金额' });
	await expect(scatter.locator('xpath=..').locator('canvas')).toHaveCount(1);

	await page.getByLabel('方案名称').fill('十万客户');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('alert')).toContainText('超过 2 MB 的上限，没有保存');
});

test('the lab with results on screen passes axe WCAG 2 A/AA and logs no errors', async ({
	page
}) => {
	const problems = watchForProblems(page);
	await openPage(page, '/lab/segmentation/');
	await upload(page, '门店流水.csv', encodeText(TRANSACTIONS, 'gb18030'));
	await expect(page.getByTestId('detected-encoding')).toHaveText('GBK/GB18030');
	const mapping = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		mapping.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
	await page.getByRole('button', { name: '零售样例数据' }).click();
	await expect(page.getByRole('heading', { name: /读取结果：零售样例数据/ })).toBeVisible();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
	expect(problems).toEqual([]);
});

test('files can also be dropped or pasted, and the encoding can be overridden', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	const bytes = [...encodeText(TRANSACTIONS, 'gb18030')];
	const transfer = await page.evaluateHandle((data) => {
		const dataTransfer = new DataTransfer();
		dataTransfer.items.add(new File([new Uint8Array(data)], '拖进来的.csv', { type: 'text/csv' }));
		return dataTransfer;
	}, bytes);
	await page
		.getByRole('group', { name: '拖放文件区域' })
		.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.getByRole('heading', { name: '对应列：拖进来的.csv' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: '会员名称' })).toBeVisible();

	// Forcing UTF-8 on GBK bytes is refused with the line at fault; the file stays as it was read.
	await page.getByLabel('文件编码').selectOption('utf-8');
	await expect(page.getByRole('alert')).toContainText('按 UTF-8 解码失败：第 1 行');
	await expect(page.getByTestId('detected-encoding')).toHaveText('GBK/GB18030');
	await expect(page.getByLabel('文件编码')).toHaveValue('auto');
	await page.getByLabel('文件编码').selectOption('gb18030');
	await expect(page.getByLabel('文件编码')).toHaveValue('gb18030');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('columnheader', { name: '会员名称' })).toBeVisible();
	await mapAndAnalyse(page);
	await expect(segmentCount(page, '一般挽留客户')).toHaveText('1');

	await page.getByText('粘贴数据').click();
	await page
		.getByLabel('从表格中复制的交易（第一行为列名）')
		.fill('客户编号\t日期\t金额\nX1\t2024-01-05\t100\nX2\t2024-01-06\t50');
	await page.getByRole('button', { name: '分析粘贴的数据' }).click();
	await expect(page.getByTestId('delimiter')).toHaveText('制表符');
	await expect(page.getByLabel('客户编号列')).toHaveValue('客户编号');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('heading', { name: '读取结果：粘贴的数据' })).toBeVisible();
	await expect(page.getByTestId('customers')).toHaveText('2');
});

test('in either theme the R × F heatmap cells stand out from the card and their numbers from the cells', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await page.getByRole('button', { name: '零售样例数据' }).click();
	const heatmap = page.getByRole('img', { name: 'R × F 热力图' });
	await expect(heatmap).toBeVisible();
	for (const theme of ['light', 'dark']) {
		await page.getByLabel('配色主题').selectOption(theme);
		const cells = await heatmapContrasts(heatmap);
		expect(cells).toHaveLength(25);
		// The numbers carry the data; the colours only help, so 3:1 (large-graphics level) for the
		// numbers and a visible step for the emptiest cells against the card.
		for (const { cell, againstCard, number } of cells) {
			expect(number, `${theme}: number ${cell} on its cell`).toBeGreaterThanOrEqual(3);
			if (theme === 'dark')
				expect(againstCard, `dark: cell ${cell} against the card`).toBeGreaterThanOrEqual(1.4);
		}
	}
});
