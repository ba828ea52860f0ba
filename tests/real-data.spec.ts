import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { readShipped } from '../data/shipped';
import { writeXlsx } from '../src/lib/analytics/import/xlsx-fixture';
import { openPage, waitForServiceWorker, watchForProblems } from './helpers';

/**
 * Real data and ordinary files: the shipped public data sets as one-click samples, the raw
 * headerless CDNOW file, a per-customer file, Excel workbooks, headers with empty or repeated
 * names, and transactions dated after today.
 */

const segmentCount = (page: Page, name: string) => page.getByTestId(`segment-count-${name}`);
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
const segmentCounts = (page: Page) =>
	Promise.all(CLASSES.map((name) => segmentCount(page, name).innerText()));

async function upload(page: Page, label: string, name: string, bytes: Uint8Array | string) {
	await page.getByLabel(label).setInputFiles({
		name,
		mimeType: name.endsWith('.xlsx')
			? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			: 'text/plain',
		buffer: Buffer.from(bytes)
	});
}

test('the CDNOW sample loads with one click and the fit matches the published BG/NBD estimates', async ({
	page
}) => {
	const problems = watchForProblems(page);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await openPage(page, '/lab/clv/');
	// The data are not part of the page's first download.
	expect(requested.filter((url) => url.endsWith('.gz'))).toEqual([]);

	await page.getByRole('button', { name: /CDNOW 1\/10 样本/ }).click();
	await expect(page.getByTestId('loaded-summary')).toContainText('6,919 笔购买、2,357');
	await expect(page.getByLabel('校准期结束日期')).toHaveValue('1997-09-30');
	await expect(page.getByRole('combobox', { name: /^客户编号列/ })).toHaveValue('第 2 列');
	await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();

	await expect(page.getByRole('columnheader', { name: '论文估计' })).toBeVisible();
	for (const [ours, theirs, value] of [
		['bgnbd-r', 'published-r', '0.2426'],
		['bgnbd-alpha', 'published-alpha', '4.414'],
		['bgnbd-a', 'published-a', '0.7929'],
		['bgnbd-b', 'published-b', '2.426']
	]) {
		await expect(page.getByTestId(ours)).toHaveText(value);
		await expect(page.getByTestId(theirs)).toHaveText(value);
	}
	await expect(page.getByRole('link', { name: /Counting Your Customers/ }).first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('the raw CDNOW master file (no header, spaces) is offered as 第 N 列 and fits', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	await upload(page, '交易文件', 'CDNOW_master.txt', readShipped('cdnow/CDNOW_master.txt'));
	await expect(page.getByRole('heading', { name: '对应列：CDNOW_master.txt' })).toBeVisible();
	await expect(page.getByTestId('delimiter')).toHaveText('空格');
	await expect(page.getByText('第一行看起来就是数据，文件没有表头')).toBeVisible();
	const preview = page.getByRole('region', { name: '文件的前几行' });
	await expect(preview.getByRole('columnheader', { name: '第 4 列' })).toBeVisible();
	await expect(preview.getByRole('cell', { name: '19970101' }).first()).toBeVisible();

	await page.getByRole('combobox', { name: /^客户编号列/ }).selectOption('第 1 列');
	await page.getByRole('combobox', { name: /^日期列/ }).selectOption('第 2 列');
	await page.getByRole('combobox', { name: /^金额列/ }).selectOption('第 4 列');
	await expect(page.getByTestId('loaded-summary')).toContainText('23,570');
	await page.getByLabel('校准期结束日期').fill('1997-09-30');
	await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();
	await expect(page.getByTestId('bgnbd-r')).toHaveText(/^0\.2\d*$/, { timeout: 20_000 });
	await expect(page.getByText('论文估计')).toHaveCount(0);

	// Reading the first row as a header instead shows its values as column names.
	await page.getByLabel('第一行是表头（列名）').check();
	await expect(preview.getByRole('columnheader', { name: '19970101' })).toBeVisible();
});

test('UCI Online Retail loads with one click in the segmentation lab: 74.62% beside the published 74.62%', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await page.getByRole('button', { name: /UCI Online Retail/ }).click();
	await expect(page.getByTestId('customers')).toHaveText('4,338');
	await expect(page.getByTestId('published-top20')).toHaveText('74.62%');
	await expect(page.getByTestId('our-top20')).toHaveText('74.62%');
	await expect(page.getByRole('link', { name: /Online Retail \[Dataset\]/ }).first()).toBeVisible();
	await expect(page.getByText('CC BY 4.0').first()).toBeVisible();
});

test('customers_rfm.csv is recognised as one row per customer: 4,338 customers, 1,750 and 689 at the means', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await upload(
		page,
		'选择文件…',
		'customers_rfm.csv',
		readShipped('online-retail/customers_rfm.csv')
	);
	await expect(page.getByRole('radio', { name: /一位客户/ })).toBeChecked();
	await expect(page.getByText('根据列名猜测：每行是一位客户')).toBeVisible();
	await expect(page.getByRole('combobox', { name: '最近购买列（天数或日期）' })).toHaveValue(
		'recency_days'
	);
	await page.getByLabel('最近购买天数是截至哪一天算的（分析日）').fill('2011-12-10');
	await page.getByRole('button', { name: '开始分析' }).click();

	await expect(page.getByTestId('customers')).toHaveText('4,338');
	await expect(page.getByTestId('top20')).toHaveText('74.6%');
	await expect(segmentCount(page, '一般发展客户')).toHaveText('1,750');
	await expect(segmentCount(page, '重要价值客户')).toHaveText('689');
	await expect(page.getByText('客户汇总文件：共读取')).toBeVisible();

	// Told it is a transaction file after all, the same file asks for a date column instead.
	await upload(
		page,
		'选择文件…',
		'customers_rfm.csv',
		readShipped('online-retail/customers_rfm.csv')
	);
	await page.getByRole('radio', { name: /一笔交易/ }).check();
	await expect(page.getByRole('combobox', { name: /^日期列/ })).toBeVisible();
});

const CSV = [
	'客户编号,交易日期,金额',
	'A,2024-03-01,500',
	'A,2024-03-31,300',
	'B,2024-03-31,1000',
	'C,2024-01-01,400',
	'C,2024-01-15,300',
	'D,2024-01-01,1000',
	'E,2024-03-15,30',
	'F,2024-03-31,100',
	'G,2023-12-01,30',
	'G,2024-01-01,40',
	'H,2024-01-01,100'
];

/** The CSV as a workbook: a notes sheet first, Chinese headers, real date cells, a formula. */
function workbook(): Uint8Array {
	const rows = CSV.slice(1).map((line) => {
		const [id, date, amount] = line.split(',');
		return [
			id,
			{ date, format: 'chinese' as const },
			{ formula: `${amount}*1`, cached: Number(amount) }
		];
	});
	return writeXlsx([
		{ name: '说明', rows: [['数据在“交易”工作表']] },
		{ name: '交易', rows: [['客户编号', '交易日期', '金额'], ...rows] }
	]);
}

test('an Excel workbook gives the same segments as the same data in CSV, and its sheet can be chosen', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await upload(page, '选择文件…', 'data.csv', CSV.join('\n'));
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('heading', { name: '八类客户与对策' })).toBeVisible();
	const fromCsv = await segmentCounts(page);

	await upload(page, '选择文件…', '客户交易.xlsx', workbook());
	await expect(page.getByRole('heading', { name: '对应列：客户交易.xlsx' })).toBeVisible();
	// The first sheet is notes: the one with the data is read, and the other can be chosen.
	await expect(page.getByText('第一个工作表“说明”没有可用的数据，已改读“交易”。')).toBeVisible();
	await expect(page.getByRole('combobox', { name: '工作表' })).toHaveValue('交易');
	await page.getByRole('combobox', { name: '工作表' }).selectOption('说明');
	await expect(page.getByRole('alert')).toContainText('工作表“说明”只有表头');
	await page.getByRole('combobox', { name: '工作表' }).selectOption('交易');
	const preview = page.getByRole('region', { name: '文件的前几行' });
	await expect(preview.getByRole('cell', { name: '2024-03-01' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: /^日期列/ })).toHaveValue('交易日期');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('heading', { name: '读取结果：客户交易.xlsx' })).toBeVisible();
	expect(await segmentCounts(page)).toEqual(fromCsv);
	await expect(page.getByTestId('rows-rejected')).toHaveText('0');
});

test('headers with empty or repeated names map normally in both labs, from a file and pasted', async ({
	page
}) => {
	const text =
		'客户,日期,金额,金额,,\nA,2024-01-01,10,1,,\nB,2024-01-02,20,2,,\nA,2024-01-05,5,3,,';
	await openPage(page, '/lab/segmentation/');
	await upload(page, '选择文件…', 'excel-export.csv', text);
	const preview = page.getByRole('region', { name: '文件的前几行' });
	for (const name of ['金额 (2)', '第 5 列', '第 6 列'])
		await expect(preview.getByRole('columnheader', { name })).toBeVisible();
	await page.getByRole('combobox', { name: /^金额列/ }).selectOption('金额 (2)');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByTestId('customers')).toHaveText('2');

	await page.getByText('粘贴数据').click();
	await page.getByLabel('从表格中复制的交易（第一行为列名）').fill(text.replaceAll(',', '\t'));
	await page.getByRole('button', { name: '分析粘贴的数据' }).click();
	await expect(preview.getByRole('columnheader', { name: '金额 (2)' })).toBeVisible();

	await openPage(page, '/lab/clv/');
	await upload(page, '交易文件', 'excel-export.csv', text);
	await expect(
		page
			.getByRole('region', { name: '文件的前几行' })
			.getByRole('columnheader', { name: '第 6 列' })
	).toBeVisible();
	await expect(page.getByTestId('loaded-summary')).toContainText('3 笔购买、2');
});

test('transactions dated after today are counted, shown, and can be dropped', async ({ page }) => {
	const text = [
		'客户编号,交易日期,金额',
		'A,2024-01-01,10',
		'A,2024-01-05,10',
		'B,2024-01-03,20',
		'C,2099-01-01,30'
	].join('\n');
	await openPage(page, '/lab/segmentation/');
	await upload(page, '选择文件…', 'future.csv', text);
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByTestId('future-rows')).toHaveText('1');
	await expect(page.getByRole('alert')).toContainText('第一行是第 5 行，最晚 2099-01-01');
	await expect(page.getByTestId('customers')).toHaveText('3');
	await page.getByRole('button', { name: '去掉这 1 行，重新分析' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已去掉' })).toContainText(
		'已去掉 1 行日期晚于今天的交易'
	);
	await expect(page.getByTestId('customers')).toHaveText('2');
	await expect(page.getByLabel('分析日（计算最近购买天数的那一天）')).toHaveValue('2024-01-06');

	await openPage(page, '/lab/clv/');
	await upload(page, '交易文件', 'future.csv', text);
	await expect(page.getByRole('alert')).toContainText('有 1 行的日期晚于今天');
	await expect(page.getByTestId('loaded-summary')).toContainText('2099-01-01');
	await page.getByLabel('去掉日期晚于今天的行').check();
	await expect(page.getByTestId('loaded-summary')).toContainText('2024-01-05');
});

test('the CLV lab names the rows it could not read, by line and column', async ({ page }) => {
	const rows = ['客户编号,交易日期,金额'];
	for (let i = 0; i < 20; i++)
		rows.push(`C${i},2024-01-${String(1 + (i % 28)).padStart(2, '0')},10`);
	rows.push('X,2024-02-30,5', 'Y,2024-01-02,abc');
	await openPage(page, '/lab/clv/');
	await upload(page, '交易文件', 'some-bad.csv', rows.join('\n'));
	await expect(page.getByTestId('loaded-summary')).toContainText('2 行无法读取');
	const details = page.getByText(
		/无法读取的 2 行：第 22 行「交易日期」列：日期「2024-02-30」不存在/
	);
	await expect(details).toBeVisible();
	await details.click();
	await expect(page.getByText(/第 23 行「金额」列：金额「abc」不是数字/)).toBeVisible();
});

test('an encrypted workbook or an old .xls in the CLV lab gets its message and the fit stays', async ({
	page
}) => {
	const { compoundFile } = await import('../src/lib/analytics/import/xlsx-fixture');
	await openPage(page, '/lab/clv/');
	await page.getByRole('button', { name: /CDNOW 1\/10 样本/ }).click();
	await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();
	await expect(page.getByTestId('bgnbd-r')).toHaveText('0.2426');
	await upload(page, '交易文件', '加密.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']));
	await expect(page.getByRole('alert')).toContainText('设置了打开密码');
	await expect(page.getByTestId('bgnbd-r')).toHaveText('0.2426');
	await upload(page, '交易文件', '旧版.xls', compoundFile(['Workbook']));
	await expect(page.getByRole('alert')).toContainText('旧版 Excel 工作簿（.xls');
	await expect(page.getByTestId('bgnbd-r')).toHaveText('0.2426');
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a data sample is cached for offline use only once it has been opened', async ({
		page,
		context
	}) => {
		await openPage(page, '/lab/segmentation/');
		await waitForServiceWorker(page);
		const cachedSamples = () =>
			page.evaluate(async () => {
				const urls: string[] = [];
				for (const key of await caches.keys()) {
					for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
				}
				return urls.filter((url) => url.endsWith('.gz')).length;
			});
		expect(await cachedSamples()).toBe(0);
		await page.getByRole('button', { name: /UCI Online Retail/ }).click();
		await expect(page.getByTestId('customers')).toHaveText('4,338');
		await expect.poll(cachedSamples).toBe(1);

		await context.setOffline(true);
		await openPage(page, '/lab/segmentation/');
		await page.getByRole('button', { name: /UCI Online Retail/ }).click();
		await expect(page.getByTestId('customers')).toHaveText('4,338');
	});
});
