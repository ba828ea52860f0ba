import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { layoutProblems, openPage, workerAnswerGate } from './helpers';
import { readShippedText, shippedPath } from '../data/shipped';

test('the formula CLV follows the retention slider, the timing convention and the horizon', async ({
	page
}) => {
	await openPage(page, '/lab/');
	await page.getByRole('link', { name: '客户终身价值实验室' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户终身价值实验室');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	// The chapter example: 100 × 1.1 / (1.1 − 0.8)
	const clv = page.getByTestId('clv-net');
	await expect(clv).toHaveText('366.7 元');
	await page.getByRole('slider', { name: '保留率 r' }).fill('0.85');
	await expect(clv).toHaveText('440 元');
	await expect(page.getByTestId('sensitivity-gross')).toHaveText('+25.0%');

	// The other two textbook forms at r = 0.8: 267 and 333 yuan
	await page.getByRole('slider', { name: '保留率 r' }).fill('0.8');
	await page.getByRole('radio', { name: /留下一期才有/ }).check();
	await expect(clv).toHaveText('266.7 元');
	await page.getByRole('radio', { name: /期末收到/ }).check();
	await expect(clv).toHaveText('333.3 元');

	// Three periods paid at the start: 100 + 80/1.1 + 64/1.21, minus an acquisition cost of 150
	await page.getByRole('radio', { name: /期初收到/ }).check();
	await page.getByLabel('无限期（T → ∞）').uncheck();
	await page.getByRole('slider', { name: '观察期数 T' }).fill('3');
	await page.getByLabel('获客成本 AC（元）').fill('150');
	await expect(clv).toHaveText('75.6 元');
	await expect(page.getByTestId('clv-payback')).toHaveText('第 2 期');
	await expect(page.getByRole('row', { name: /^3 0\.6400 64/ })).toBeVisible();

	await page.getByLabel('获客成本 AC（元）').fill('');
	await expect(page.getByRole('alert')).toContainText('获客成本必须是不小于 0 的数字');
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('the retention sensitivity view links to the figures the course quotes', async ({ page }) => {
	await openPage(page, '/lab/clv/');
	await page.getByLabel('获客成本 AC（元）').fill('200');
	// net CLV 166.7 → 240 yuan; steady profit 30,000 → 46,667 yuan per period
	await expect(page.getByTestId('sensitivity-net')).toHaveText('+44.0%');
	await expect(page.getByTestId('sensitivity-profit')).toHaveText('+55.6%');
	await page.getByRole('link', { name: '第 6 章“几组常被引用的数字”' }).click();
	await expect(page.getByRole('heading', { name: '几组常被引用的数字' })).toBeVisible();
	await expect(page.getByText('25%–85%').first()).toBeVisible();
});

test('sBG fits the published regular and high-end samples and explains bad survivor counts', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	await page.getByRole('button', { name: '普通客户样本' }).click();
	// Fader & Hardie (2007): α = 0.704, β = 1.182
	await expect(page.getByTestId('sbg-alpha')).toHaveText('0.7041');
	await expect(page.getByTestId('sbg-beta')).toHaveText('1.182');
	await expect(page.getByTestId('sbg-derl')).toHaveText('2.96');
	await page.getByLabel('已续约次数').fill('3');
	await expect(page.getByTestId('sbg-derl')).toHaveText('5.44');
	await expect(page.getByText('仍在的客户比例：sBG 与“保留率不变”')).toBeVisible();

	await page.getByRole('button', { name: '高端客户样本' }).click();
	// α = 0.668, β = 3.806
	await expect(page.getByTestId('sbg-alpha')).toHaveText('0.6681');
	await expect(page.getByTestId('sbg-beta')).toHaveText('3.806');

	const survivors = page.getByLabel(/各期仍在的客户数/);
	await survivors.fill('1000, 800, 850');
	await expect(page.getByRole('alert')).toContainText('第 2 期的人数（850）多于第 1 期');
	await expect(page.getByTestId('sbg-alpha')).toHaveCount(0);
	await survivors.fill('1000, 八百, 600');
	await expect(page.getByRole('alert')).toContainText(
		'第 1 期（从第 0 期数起）的人数「八百」不是数字'
	);
});

/** A small seeded PRNG so the generated files are the same on every run. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const isoDay = (dayOfYear: number) =>
	new Date(Date.UTC(2024, 0, 1) + dayOfYear * 86_400_000).toISOString().slice(0, 10);

/**
 * Customers arriving in the first half of 2024 who buy at their own Poisson rate and may drop out
 * after each purchase (the BG/NBD story), observed to the end of 2024.
 */
function transactionCsv(customers: number): string {
	const random = seeded(42);
	const lines = ['会员卡,消费日,实付'];
	for (let c = 1; c <= customers; c++) {
		const perDay = 0.005 + random() * 0.05;
		// Drop-out chances differ between customers too, as BG/NBD assumes (Beta-distributed).
		const dropOut = 0.3 * random() ** 2;
		// and so do their usual spends, which Gamma-Gamma needs to tell customers apart
		const spendLevel = 20 * Math.exp(2 * random());
		let day = Math.floor(random() * 180);
		while (day < 366) {
			lines.push(
				`M${String(c).padStart(4, '0')},${isoDay(day)},${(spendLevel * (0.5 + random())).toFixed(2)}`
			);
			if (random() < dropOut) break;
			day += 1 + Math.floor(-Math.log(1 - random()) / perDay);
		}
	}
	return lines.join('\n');
}

test('fits BG/NBD and Gamma-Gamma on an uploaded transaction file and checks the holdout', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	await page.getByLabel('交易文件').setInputFiles({
		name: '会员消费.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(transactionCsv(400))
	});
	// None of these headers is recognised, so each column is chosen by hand.
	await page.getByRole('combobox', { name: /^客户编号列/ }).selectOption('会员卡');
	await page.getByRole('combobox', { name: /^日期列/ }).selectOption('消费日');
	await page.getByRole('combobox', { name: /^金额列/ }).selectOption('实付');
	await expect(page.getByTestId('loaded-summary')).toContainText('400');
	await expect(page.getByTestId('loaded-summary')).toContainText('2024-12-31');

	await page.getByLabel('校准期结束日期').fill('2024-09-30');
	await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();
	await expect(page.getByTestId('bgnbd-r')).toHaveText(/^\d+(\.\d+)?$/);
	await expect(page.getByTestId('gg-q')).toHaveText(/^\d+(\.\d+)?$/);
	await expect(
		page.getByText('校准期与验证期：按校准期购买次数分组的验证期平均购买次数')
	).toBeVisible();
	await expect(page.getByText('累计重复购买次数：实际与预测')).toBeVisible();
	const customerTable = page.getByRole('table', { name: '按终身价值排序的客户' });
	await expect(customerTable.getByRole('row')).toHaveCount(51);
	await expect(page.getByText('NaN')).toHaveCount(0);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出全部客户（CSV）' }).click();
	const download = await downloading;
	const csv = readFileSync(await download.path(), 'utf-8');
	const rows = csv.trim().split('\r\n');
	expect(rows[0]).toContain('客户编号');
	// every customer whose first purchase falls before the calibration end (all 400 here)
	expect(rows).toHaveLength(401);

	// A longer horizon means more expected purchases for the top customer.
	const topRow = customerTable.getByRole('row').nth(1);
	const before = await topRow.textContent();
	await page.getByRole('slider', { name: '预测未来几个月' }).fill('24');
	await expect(topRow).not.toHaveText(before ?? '');
});

test('a fit in progress shows its stage and can be cancelled, keeping the previous result', async ({
	page
}) => {
	// Twenty thousand customers take seconds to fit on a busy machine: wait for the fits, not a clock.
	test.slow();
	const fitted = { timeout: 60_000 };
	// On a fast machine a refit ends before anyone could press 取消: hold its answer instead.
	const answers = await workerAnswerGate(page);
	await openPage(page, '/lab/clv/');
	// Enough customers that the fit shows its stages (the worker reads the file once and keeps it).
	await page.getByLabel('交易文件').setInputFiles({
		name: 'big.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(transactionCsv(20000))
	});
	await page.getByRole('combobox', { name: /^客户编号列/ }).selectOption('会员卡');
	await page.getByRole('combobox', { name: /^日期列/ }).selectOption('消费日');
	await page.getByRole('combobox', { name: /^金额列/ }).selectOption('实付');
	await expect(page.getByTestId('loaded-summary')).toContainText('20,000', fitted);
	await page.getByLabel('校准期结束日期').fill('2024-09-30');
	const fit = page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' });
	await fit.click();
	await expect(page.getByRole('status').filter({ hasText: '…' })).toBeVisible();
	await expect(page.getByTestId('bgnbd-r')).toBeVisible(fitted);
	const firstR = await page.getByTestId('bgnbd-r').textContent();

	await page.getByLabel('校准期结束日期').fill('2024-08-31');
	await answers.hold();
	await fit.click();
	await page.getByRole('button', { name: '取消', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: '已取消' })).toBeVisible();
	await expect(page.getByTestId('bgnbd-r')).toHaveText(firstR ?? '');
	// The cancelled worker took the file (and its held answer) with it; a new fit reads it again.
	await answers.release();
	await fit.click();
	await expect(page.getByTestId('bgnbd-r')).not.toHaveText(firstR ?? '', fitted);
});

test('columns mapped by hand are remembered for the next file with the same header', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	const upload = () =>
		page.getByLabel('交易文件').setInputFiles({
			name: '会员消费.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(transactionCsv(50))
		});
	await upload();
	const idColumn = page.getByRole('combobox', { name: /^客户编号列/ });
	await expect(idColumn).toHaveValue('');
	await idColumn.selectOption('会员卡');
	await page.getByRole('combobox', { name: /^日期列/ }).selectOption('消费日');
	await page.getByRole('combobox', { name: /^金额列/ }).selectOption('实付');
	await expect(page.getByTestId('loaded-summary')).toContainText('50');

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await upload();
	await expect(idColumn).toHaveValue('会员卡');
	await expect(page.getByRole('combobox', { name: /^金额列/ })).toHaveValue('实付');
	await expect(page.getByTestId('loaded-summary')).toContainText('50');
});

test('a GBK file with Chinese headers is recognised, and another encoding can be chosen', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	// 客户编号,交易日期,金额 in GBK, then the same purchases as the generated file
	const header = Buffer.from([
		0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xbd, 0xbb, 0xd2, 0xd7, 0xc8, 0xd5, 0xc6,
		0xda, 0x2c, 0xbd, 0xf0, 0xb6, 0xee
	]);
	const body = transactionCsv(300).slice(transactionCsv(300).indexOf('\n'));
	await page.getByLabel('交易文件').setInputFiles({
		name: 'gbk.csv',
		mimeType: 'text/csv',
		buffer: Buffer.concat([header, Buffer.from(body)])
	});
	const encoding = page.getByLabel('文件编码');
	await expect(page.getByTestId('detected-encoding')).toHaveText('GBK/GB18030');
	await expect(page.getByRole('combobox', { name: /^客户编号列/ })).toHaveValue('客户编号');
	await expect(page.getByTestId('loaded-summary')).toContainText('300');

	// Forced to UTF-8 the file cannot be read, and the message points to the right encoding.
	await encoding.selectOption('utf-8');
	await expect(page.getByRole('alert')).toContainText('GBK/GB18030');
	await expect(page.getByTestId('loaded-summary')).toHaveCount(0);
	await encoding.selectOption('gb18030');
	await expect(page.getByRole('combobox', { name: /^日期列/ })).toHaveValue('交易日期');
	await expect(page.getByTestId('loaded-summary')).toContainText('300');
});

test('a file dropped on the zone shows its delimiter and first rows, and one column cannot serve twice', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	const text = transactionCsv(30).replaceAll(',', ';');
	const transfer = await page.evaluateHandle((data) => {
		const dataTransfer = new DataTransfer();
		dataTransfer.items.add(new File([data], '分号分隔.csv', { type: 'text/csv' }));
		return dataTransfer;
	}, text);
	await page
		.getByRole('group', { name: '拖放文件区域' })
		.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.getByRole('heading', { name: '对应列：分号分隔.csv' })).toBeVisible();
	await expect(page.getByTestId('delimiter')).toHaveText('分号');
	await expect(page.getByTestId('detected-encoding')).toHaveText('UTF-8');
	const preview = page.getByRole('region', { name: '文件的前几行' });
	await expect(preview.getByRole('columnheader', { name: '会员卡' })).toBeVisible();
	await expect(preview.getByRole('cell', { name: 'M0001' }).first()).toBeVisible();
	await expect(page.getByText('还需选择：客户编号列、日期列、金额列。')).toBeVisible();

	await page.getByRole('combobox', { name: /^客户编号列/ }).selectOption('会员卡');
	await page.getByRole('combobox', { name: /^日期列/ }).selectOption('会员卡');
	await page.getByRole('combobox', { name: /^金额列/ }).selectOption('实付');
	await expect(page.getByText('同一列不能用作两种用途：会员卡。')).toBeVisible();
	await expect(page.getByTestId('loaded-summary')).toHaveCount(0);
	await page.getByRole('combobox', { name: /^日期列/ }).selectOption('消费日');
	await expect(page.getByText('同一列不能用作两种用途')).toHaveCount(0);
	await expect(page.getByTestId('loaded-summary')).toContainText('30');
});

test('the file picker is reached with Tab and opened with Enter', async ({ page }) => {
	await openPage(page, '/lab/clv/');
	// From the data choice just above, the next Tab stop is the picker.
	await page.getByRole('radio', { name: /交易明细/ }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('选择交易文件…')).toBeFocused();
	const chooser = page.waitForEvent('filechooser');
	await page.keyboard.press('Enter');
	await (
		await chooser
	).setFiles({
		name: '键盘选的.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(transactionCsv(20))
	});
	await expect(page.getByRole('heading', { name: '对应列：键盘选的.csv' })).toBeVisible();
});

test('a mapping made in the segmentation lab maps the same layout here, and its extra columns survive', async ({
	page
}) => {
	// One member with two cards: by member one customer, by card two.
	const csv = [
		'会员,卡号,下单时间,实付,订单号',
		'A,K1,2024-01-02,10,o1',
		'A,K2,2024-02-03,20,o2'
	].join('\n');
	const file = { name: '商城导出.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
	await openPage(page, '/lab/segmentation/');
	await page.getByLabel('选择文件…').setInputFiles(file);
	await page.getByLabel('客户编号列').selectOption('会员');
	await page.getByLabel('日期列').selectOption('下单时间');
	await page.getByLabel('金额列').selectOption('实付');
	await page.getByLabel(/^订单号列/).selectOption('订单号');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('heading', { name: '读取结果：商城导出.csv' })).toBeVisible();

	await openPage(page, '/lab/clv/');
	await page.getByLabel('交易文件').setInputFiles(file);
	await expect(page.getByText('已按上次对这种表头的选择填好各列')).toBeVisible();
	await expect(page.getByRole('combobox', { name: /^客户编号列/ })).toHaveValue('会员');
	// Only the three columns the models need are asked for here.
	await expect(page.getByRole('combobox', { name: /订单号列/ })).toHaveCount(0);
	await expect(page.getByTestId('loaded-summary')).toContainText('1 位客户');
	// A column changed here is remembered (before the file is read again) without forgetting the
	// order column chosen there.
	await page.getByRole('combobox', { name: /^客户编号列/ }).selectOption('卡号');
	await expect(page.getByTestId('loaded-summary')).toContainText('2 位客户');

	await openPage(page, '/lab/segmentation/');
	await page.getByLabel('选择文件…').setInputFiles(file);
	await expect(page.getByLabel('客户编号列')).toHaveValue('卡号');
	await expect(page.getByLabel(/^订单号列/)).toHaveValue('订单号');
});

test('a file with too few repeat buyers gets a clear message instead of numbers', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	const lines = ['customer_id,date,amount'];
	for (let c = 1; c <= 40; c++) lines.push(`C${c},2024-0${1 + (c % 6)}-1${c % 10},${10 + c}`);
	for (let c = 1; c <= 3; c++) lines.push(`C${c},2024-08-20,15`);
	await page.getByLabel('交易文件').setInputFiles({
		name: 'few.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n'))
	});
	await expect(page.getByTestId('loaded-summary')).toContainText('40');
	await page.getByLabel('校准期结束日期').fill('2024-12-31');
	await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();
	await expect(page.getByRole('alert')).toContainText('只有 3 位客户在校准期内有重复购买');
	await expect(page.getByTestId('bgnbd-r')).toHaveCount(0);
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('a saved scenario keeps the formula, the survivors and the model settings across a reload', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	await page.getByRole('slider', { name: '保留率 r' }).fill('0.9');
	await page.getByRole('radio', { name: /期末收到/ }).check();
	// 100 / (1.1 − 0.9)
	await expect(page.getByTestId('clv-net')).toHaveText('500 元');
	await page.getByRole('button', { name: '高端客户样本' }).click();
	await expect(page.getByTestId('sbg-alpha')).toHaveText('0.6681');

	await page.getByLabel('方案名称').fill('高保留');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('clv-net')).toHaveText('366.7 元');
	await expect(page.getByTestId('sbg-alpha')).toHaveCount(0);
	await page.getByRole('button', { name: '打开“高保留”' }).click();
	await expect(page.getByTestId('clv-net')).toHaveText('500 元');
	await expect(page.getByRole('slider', { name: '保留率 r' })).toHaveValue('0.9');
	await expect(page.getByTestId('sbg-alpha')).toHaveText('0.6681');
});

test('a summary file is fitted without a holdout, and a bad row is named by line and column', async ({
	page
}) => {
	await openPage(page, '/lab/clv/');
	await page.getByRole('radio', { name: /汇总文件/ }).check();
	// The first 600 CDNOW customers: real purchase patterns, so the fit converges (uniformly random
	// rows carry no dropout signal and are rightly reported as not identifiable).
	const cdnow = readShippedText('cdnow/cdnow_customers_summary_with_transactions.csv').trim();
	const rows = ['id,frequency,recency,T,monetary_value', ...cdnow.split('\n').slice(1, 601)];
	const summary = page.getByLabel('选择汇总文件…');
	await summary.setInputFiles({
		name: 'summary.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(rows.join('\n'))
	});
	await expect(page.getByText('读入 600 位客户的汇总数据')).toBeVisible();
	await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();
	await expect(page.getByTestId('bgnbd-r')).toHaveText(/^\d+(\.\d+)?$/);
	await expect(page.getByTestId('gg-p')).toHaveText(/^\d+(\.\d+)?$/);
	await expect(page.getByText('累计重复购买次数：实际与预测')).toHaveCount(0);

	rows[5] = 'S5,2,30,10,25';
	await summary.setInputFiles({
		name: 'bad-summary.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(rows.join('\n'))
	});
	await expect(page.getByRole('alert')).toContainText('第 6 行 recency（30）大于 T（10）');
	// The fit of the good file is still on screen.
	await expect(page.getByTestId('bgnbd-r')).toHaveText(/^\d+(\.\d+)?$/);
});

for (const width of [1280, 375]) {
	test(`the lab fits the sample data and stays within the screen at ${width} px`, async ({
		page
	}, testInfo) => {
		// axe over the fitted page (50-row table, charts) alone took over 30 s on a loaded machine.
		test.setTimeout(90_000);
		await page.setViewportSize({ width, height: 900 });
		await openPage(page, '/lab/clv/');
		await page.getByRole('button', { name: '普通客户样本' }).click();
		await page.getByRole('button', { name: '使用示例数据' }).click();
		await expect(page.getByTestId('loaded-summary')).toContainText('2,000');
		await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();
		await expect(page.getByTestId('bgnbd-r')).toBeVisible();
		// Charts lay out at the width they have; wide tables scroll inside their frames.
		expect(await layoutProblems(page)).toEqual([]);
		await page.screenshot({ path: testInfo.outputPath(`clv-lab-${width}.png`), fullPage: true });
		if (width === 1280) {
			// the fitted results (parameter tables, charts, customer table) are accessible too
			const axe = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		}
	});
}

// The shipped copy as it is, gzip-compressed: the lab reads .gz files too.
const cdnowSummary = shippedPath('cdnow/cdnow_customers_summary_with_transactions.csv');

test.describe('on the published CDNOW data', () => {
	test('reproduces the published BG/NBD and Gamma-Gamma estimates from the summary file', async ({
		page
	}) => {
		await openPage(page, '/lab/clv/');
		await page.getByRole('radio', { name: /汇总文件/ }).check();
		await page.getByLabel('选择汇总文件…').setInputFiles(cdnowSummary);
		await expect(page.getByText('读入 2,357 位客户的汇总数据')).toBeVisible();
		await page.getByRole('button', { name: '拟合 BG/NBD 与 Gamma-Gamma' }).click();
		// Fader, Hardie & Lee (2005): r = 0.2426, α = 4.4136, a = 0.7929, b = 2.4259, LL −9582.43
		await expect(page.getByTestId('bgnbd-r')).toHaveText('0.2426');
		await expect(page.getByTestId('bgnbd-alpha')).toHaveText('4.414');
		await expect(page.getByTestId('bgnbd-a')).toHaveText('0.7929');
		await expect(page.getByTestId('bgnbd-b')).toHaveText('2.426');
		await expect(page.getByTestId('bgnbd-ll')).toHaveText('-9582.43');
		// Gamma-Gamma on the 946 repeat buyers: p = 6.25, q = 3.74, γ = 15.44
		// (to three significant figures, as the lifetimes docs print them)
		const numberIn = async (id: string) => Number(await page.getByTestId(id).textContent());
		expect(await numberIn('gg-p')).toBeCloseTo(6.25, 2);
		expect(await numberIn('gg-q')).toBeCloseTo(3.74, 2);
		expect(await numberIn('gg-gamma')).toBeCloseTo(15.44, 1);
	});
});
