/**
 * Odd and hostile input at the import surfaces: question banks as teachers really have them
 * (Moodle exports, GBK text, old Mac line endings, a Word file by mistake), lab files with
 * Excel's empty and repeated headers, damaged values in settings and backups, and a database
 * held at an old version by another tab.
 */
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { sha256Hex } from '../src/lib/sha256';
import { openPage, siteDatabaseReady, storedRecords, watchForProblems } from './helpers';

const fixture = (name: string) => readFileSync(`tests/fixtures/exchange/${name}`);

async function chooseBank(page: Page, name: string, buffer: Buffer | Uint8Array) {
	await page.getByLabel('选择题目文件…').setInputFiles({
		name,
		mimeType: name.endsWith('.xml') ? 'application/xml' : 'text/plain',
		buffer: Buffer.from(buffer)
	});
}

/** Writes records straight into a table of the site's database, as an edited backup could. */
async function putRecords(page: Page, table: string, records: unknown[]) {
	await siteDatabaseReady(page);
	return page.evaluate(
		([name, rows]) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('crm-workbench');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(name, 'readwrite');
					for (const row of rows) tx.objectStore(name).put(row);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[table, records] as const
	);
}

function backupFile(tables: Record<string, unknown[]>, exportedAt = new Date().toISOString()) {
	const backup = {
		app: 'crm-workbench',
		schemaVersion: 6,
		exportedAt,
		counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
		checksum: sha256Hex(JSON.stringify(tables)),
		tables
	};
	return {
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	};
}

test.describe('question banks as teachers have them', () => {
	test('a GIFT file exported by Moodle imports every question under its own name, once', async ({
		page
	}) => {
		const problems = watchForProblems(page);
		await openPage(page, '/practice/exchange/');
		await chooseBank(page, '期末复习.gift.txt', fixture('moodle-export.gift.txt'));
		await expect(page.getByText('（GIFT，UTF-8 编码）：读到 6 道可用的题')).toBeVisible();
		await page.getByRole('button', { name: '导入 6 题' }).click();
		await expect(page.getByRole('status')).toHaveText('已把 6 题加入“我的题目”。');
		await page.reload();
		await expect(page.getByTestId('my-question-count')).toHaveText('共 6 题');
		const list = page.getByRole('list', { name: '我的题目列表' });
		for (const [title, stem] of [
			['第1题', '企业开展客户关系管理，首先要弄清楚的是（）。'],
			['Q1', '下列属于顾客总成本的有（）。'],
			['Q1', '某超市会员卡积分比例为 1:100，这主要是为了提高客户的（）。'],
			['判断 客户满意与忠诚', '客户只要表示满意，就一定会继续购买。'],
			['第5题 简答', '简要说明 RFM 模型中三个指标各自衡量什么。'],
			['Question 6', '在客户生命周期中，客户对企业贡献最大的通常是哪个阶段？']
		]) {
			await expect(list.getByRole('listitem').filter({ hasText: stem })).toContainText(title);
		}
		// The same file again: the generated ids are the same, so nothing is added twice.
		await chooseBank(page, '期末复习.gift.txt', fixture('moodle-export.gift.txt'));
		await page.getByRole('button', { name: '导入 6 题' }).click();
		await expect(page.getByRole('status')).toContainText('6 题已经导入过');
		await expect(page.getByTestId('my-question-count')).toHaveText('共 6 题');
		// A drilled question shows its name.
		await page.getByRole('link', { name: '练习我的题目' }).click();
		await expect(page.getByText('第 1 / 6 题')).toBeVisible();
		expect(problems).toEqual([]);
	});

	test('a Moodle XML file with ordinary names imports every question', async ({ page }) => {
		await openPage(page, '/practice/exchange/');
		await chooseBank(page, 'moodle-export.xml', fixture('moodle-export.xml'));
		await expect(page.getByText('（Moodle XML，UTF-8 编码）：读到 5 道可用的题')).toBeVisible();
		await page.getByRole('button', { name: '导入 5 题' }).click();
		await expect(page.getByRole('status')).toHaveText('已把 5 题加入“我的题目”。');
		await page.reload();
		await expect(page.getByTestId('my-question-count')).toHaveText('共 5 题');
		const list = page.getByRole('list', { name: '我的题目列表' });
		for (const [title, stem] of [
			['Question 1', '客户终身价值（CLV）衡量的是（）。'],
			['Question 2', '保留率从 0.8 提高到 0.9 时，下列说法正确的有（）。'],
			['第3题', '折现率越高，同一位客户的终身价值越大。'],
			['Question 4 论述', '结合一家你熟悉的银行，说明为什么要对客户分层服务。'],
			['Question 1', '“二八法则”在客户关系管理中通常指（）。']
		]) {
			await expect(list.getByRole('listitem').filter({ hasText: stem })).toContainText(title);
		}
		const stored = await storedRecords<{ id: string; title: string }>(page, 'customQuestions');
		expect(stored.every((q) => /^my-questions-[0-9a-f]{12}$/.test(q.id))).toBe(true);
	});

	test('a GBK bank with old Mac line endings is read, and says which encoding it used', async ({
		page
	}) => {
		const text =
			'1. 客户关系管理的核心是（  ）\rA. 产品\rB. 客户\r答案：B\r\r2. 满意的客户一定忠诚。\r答案：错\r';
		await openPage(page, '/practice/exchange/');
		await chooseBank(page, '练习题.txt', gbk(text));
		await expect(
			page.getByText('（中文纯文本，GBK/GB18030 编码）：读到 2 道可用的题')
		).toBeVisible();
		await page.getByRole('button', { name: '导入 2 题' }).click();
		const list = page.getByRole('list', { name: '我的题目列表' });
		await expect(list.getByRole('listitem')).toHaveText([/./, /./]);
		await expect(list).toContainText('客户关系管理的核心是');
		await expect(list).toContainText('满意的客户一定忠诚。');
	});

	test('a Word document is refused as binary and a broken XML file is explained in Chinese', async ({
		page
	}) => {
		await openPage(page, '/practice/exchange/');
		await chooseBank(page, '题库.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
		await expect(page.getByRole('alert')).toContainText(
			'无法读取「题库.docx」：这是二进制文件（Excel 工作簿（xlsx）、Word 文档（docx）或 zip 压缩包），不是题库文本文件'
		);
		await chooseBank(
			page,
			'broken.xml',
			Buffer.from('<?xml version="1.0"?>\n<quiz>\n<question type="truefalse">\n</quiz>\n')
		);
		await expect(page.getByRole('alert')).toContainText(
			'第 4 行：不是有效的 XML：这里应是第 3 行 <question> 的结束标签 </question>，却是 </quiz>'
		);
		await expect(page.getByTestId('my-question-count')).toHaveText('共 0 题');
	});
});

test('a lab file whose header has empty and repeated names is mapped like any other', async ({
	page
}) => {
	const problems = watchForProblems(page);
	const text = [
		',客户编号,交易日期,金额,金额,金额 (2),',
		'1,A,2024-01-01,10,100,1,',
		'2,B,2024-01-02,20,200,2,',
		'3,A,2024-01-05,5,50,3,'
	].join('\n');
	await openPage(page, '/lab/segmentation/');
	await page.getByLabel('选择文件…').setInputFiles({
		name: 'excel-export.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	const preview = page.getByRole('region', { name: '文件的前几行' });
	await expect(preview.getByRole('columnheader')).toHaveText([
		'第 1 列',
		'客户编号',
		'交易日期',
		'金额',
		'金额 (2)',
		'金额 (2) (2)',
		'第 7 列'
	]);
	await page.getByRole('combobox', { name: /^金额列/ }).selectOption('金额 (2)');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByTestId('customers')).toHaveText('2');
	await expect(page.getByTestId('rows-rejected')).toHaveText('0');

	await page.getByText('粘贴数据').click();
	await page.getByLabel('从表格中复制的交易（第一行为列名）').fill(text.replaceAll(',', '\t'));
	await page.getByRole('button', { name: '分析粘贴的数据' }).click();
	await expect(preview.getByRole('columnheader', { name: '金额 (2) (2)' })).toBeVisible();
	expect(problems.filter((p) => /each_key_duplicate|page error/.test(p))).toEqual([]);
});

test.describe('values out of range', () => {
	test('a damaged lastExportAt and reading time leave /me working and sensible', async ({
		page
	}) => {
		const problems = watchForProblems(page);
		await openPage(page, '/me/');
		await putRecords(page, 'settings', [{ key: 'lastExportAt', value: 'garbage' }]);
		await putRecords(page, 'chapterProgress', [
			{
				slug: 'loyalty',
				readAt: null,
				scrollRatio: 0.5,
				lastVisitedAt: 1_700_000_000_000,
				timeSpentMs: 1e308
			},
			{
				slug: 'kano',
				readAt: null,
				scrollRatio: 0.5,
				lastVisitedAt: 1_700_000_000_000,
				timeSpentMs: 180_000
			}
		]);
		await page.reload();
		await expect(page.getByText('3 分钟阅读')).toBeVisible();
		await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
		await expect(page.getByText('上次导出')).toHaveCount(0);
		await putRecords(page, 'settings', [{ key: 'lastExportAt', value: 1e300 }]);
		await page.reload();
		await expect(page.getByRole('button', { name: '导出备份' })).toBeVisible();
		await expect(page.getByText('上次导出')).toHaveCount(0);
		expect(problems).toEqual([]);
	});

	test('a backup whose exportedAt is not a date is refused in Chinese', async ({ page }) => {
		await openPage(page, '/me/');
		await page.getByLabel('导入备份…').setInputFiles(backupFile({ notes: [] }, '上周五'));
		await expect(page.getByRole('alert')).toContainText(
			'备份的导出时间「上周五」不是 2000–2100 年间的有效日期'
		);
		await expect(page.getByRole('alert')).toContainText('现有数据没有任何改动');
	});

	test('lab scenarios a lab cannot use are named and skipped, the rest imported', async ({
		page
	}) => {
		const scenario = (id: number, lab: string, name: string, data: unknown) => ({
			id,
			lab,
			name,
			createdAt: 1_700_000_000_000,
			updatedAt: 1_700_000_000_000 + id,
			data
		});
		const tables = {
			labScenarios: [
				scenario(1, 'satisfaction', '施乐市场', {
					competition: 0.9,
					switchingCost: 0.1,
					valueAdvantage: 0,
					satisfaction: 4
				}),
				scenario(2, 'satisfaction', '字符串', 'junk'),
				scenario(3, 'kano', '空对象', {}),
				scenario(4, 'lifecycle', '空值', null)
			]
		};
		await openPage(page, '/me/');
		await page.getByLabel('导入备份…').setInputFiles(backupFile(tables));
		const skipped = page.getByRole('alert').filter({ hasText: '导入时会跳过' });
		await expect(skipped.getByRole('listitem')).toHaveText([
			'满意度与忠诚度模拟器的方案“字符串”数据已损坏（缺少设置），已跳过',
			'卡诺分析的方案“空对象”数据已损坏（缺少问卷文字），已跳过',
			'生命周期模拟器的方案“空值”数据已损坏（不是生命周期模拟的设置），已跳过'
		]);
		await page.getByRole('button', { name: '确认导入' }).click();
		await expect(page.getByRole('status').filter({ hasText: '已把备份合并' })).toContainText(
			'跳过了 3 个无法使用的实验室方案'
		);
		const stored = await storedRecords<{ name: string }>(page, 'labScenarios');
		expect(stored.map((s) => s.name)).toEqual(['施乐市场']);
	});

	test('a lab refuses to open a damaged scenario and keeps its settings', async ({ page }) => {
		const problems = watchForProblems(page);
		await openPage(page, '/lab/satisfaction/');
		await putRecords(page, 'labScenarios', [
			{ lab: 'satisfaction', name: '坏方案', createdAt: 1, updatedAt: 2, data: 'junk' }
		]);
		// Written behind Dexie's back, so the page sees it after a reload.
		await page.reload();
		await page.getByRole('button', { name: '打开“坏方案”' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'方案“坏方案”的数据已损坏，无法打开（缺少设置）。当前的设置没有改动。'
		);
		await expect(page.getByLabel('你的客户平均满意度')).toHaveValue('4');
		expect(problems).toEqual([]);
	});
});

test('a database held at an old version by another tab shows a banner with a retry', async ({
	context
}) => {
	// The old tab: a connection at version 1 that ignores the request to close, opened from a
	// file of the site that runs none of its code.
	const old = await context.newPage();
	await old.goto('/favicon.svg');
	await old.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				indexedDB.deleteDatabase('crm-workbench');
				const request = indexedDB.open('crm-workbench', 1);
				request.onsuccess = () => {
					(window as unknown as { oldDb: IDBDatabase }).oldDb = request.result;
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	const page = await context.newPage();
	await openPage(page, '/me/');
	const banner = page.getByRole('alert').filter({ hasText: '另一个标签页仍在使用旧版本的数据库' });
	await expect(banner).toContainText('请关闭本站的其他标签页后重试');
	// Retrying while the old tab is still open: the page reloads and says so again.
	await banner.getByRole('button', { name: '重试' }).click();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(banner).toBeVisible();
	// Once the old tab lets go, the upgrade goes ahead and the page works without a reload.
	await old.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
	await old.close();
	await expect(banner).toHaveCount(0);
	await page.getByRole('button', { name: '导出备份' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
});

/** GBK bytes of a text, built by decoding every two-byte GBK code once (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
	const decoder = new TextDecoder('gb18030');
	const table = new Map<string, [number, number]>();
	for (let lead = 0x81; lead <= 0xfe; lead++)
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const char = decoder.decode(new Uint8Array([lead, trail]));
			if (!table.has(char)) table.set(char, [lead, trail]);
		}
	const bytes: number[] = [];
	for (const char of text) {
		const code = char.charCodeAt(0);
		if (code < 0x80) bytes.push(code);
		else {
			const pair = table.get(char);
			if (!pair) throw new Error(`no GBK code for ${char}`);
			bytes.push(...pair);
		}
	}
	return new Uint8Array(bytes);
}
