import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as pareto } from './pareto';
import { run as rfm } from './rfm';
import { shippedPath } from '../../data/shipped';
import { writeXlsx } from '../../src/lib/analytics/import/xlsx-fixture';

const folder = mkdtempSync(join(tmpdir(), 'crm-lab-'));
const file = (name: string, content: string | Uint8Array) => {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
};

const csv = [
	'id,date,amount',
	'c1,2024-01-01,100',
	'c1,2024/1/10,50',
	'c2,20240105,"1,000.00"',
	'c3,2024-01-02,30',
	'c3,2024-01-03,(10)',
	'c4,昨天,20',
	',2024-01-04,20',
	'c5,2024-01-04,abc'
].join('\n');

const expected = {
	asOf: '2024-01-11',
	customers: [
		{
			id: 'c1',
			recencyDays: 1,
			frequency: 2,
			monetary: 150,
			r: 4,
			f: 4,
			m: 2,
			class8: '一般价值客户'
		},
		{
			id: 'c2',
			recencyDays: 6,
			frequency: 1,
			monetary: 1000,
			r: 2,
			f: 1,
			m: 4,
			class8: '重要挽留客户'
		},
		{
			id: 'c3',
			recencyDays: 9,
			frequency: 1,
			monetary: 20,
			r: 1,
			f: 1,
			m: 1,
			class8: '一般挽留客户'
		}
	],
	rejectedRows: 3
};

/** GBK bytes for the header 客户,日期,金额 followed by ASCII rows. */
function gbk(rows: string): Uint8Array {
	const header = [
		0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a
	];
	return new Uint8Array([...header, ...new TextEncoder().encode(rows)]);
}

describe('lab rfm', () => {
	it('prints the contract JSON, counting rejected rows and treating the refund as a refund', async () => {
		expect(JSON.parse(await rfm(['--input', file('t.csv', csv)]))).toEqual(expected);
	});

	it('gives identical results for UTF-8, UTF-8 with BOM, GBK and UTF-16', async () => {
		const body = csv.split('\n').slice(1).join('\n');
		const chinese = `客户,日期,金额\n${body}`;
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...new Uint8Array(new Uint16Array([...chinese].map((c) => c.charCodeAt(0))).buffer)
		]);
		for (const [name, content] of [
			['utf8.csv', chinese],
			['bom.csv', `\uFEFF${chinese}`],
			['gbk.csv', gbk(body)],
			['utf16.csv', utf16]
		] as const) {
			expect(JSON.parse(await rfm(['--input', file(name, content)])), name).toEqual(expected);
		}
	});

	it('uses --as-of, named columns and distinct invoices', async () => {
		const path = file(
			'inv.csv',
			'客户编号,订单号,交易日期,实付金额\nc1,o1,2024-01-01,10\nc1,o1,2024-01-01,5\nc1,o2,2024-01-03,5'
		);
		const out = JSON.parse(
			await rfm(['--input', path, '--as-of', '2024-01-10', '--invoice', '订单号'])
		);
		expect(out.asOf).toBe('2024-01-10');
		expect(out.customers[0]).toMatchObject({ recencyDays: 7, frequency: 2, monetary: 20 });
	});

	it('prints CSV with --format csv', async () => {
		const out = await rfm(['--input', file('t2.csv', csv), '--format', 'csv']);
		expect(out.split('\n')[0].trim()).toBe('id,recencyDays,frequency,monetary,r,f,m,class8');
	});
});

describe('lab pareto', () => {
	it('prints the concentration figures', async () => {
		const out = JSON.parse(await pareto(['--input', file('p.csv', csv)]));
		expect(out).toMatchObject({ customers: 3, customersFor80Percent: 1 });
		expect(out.top20Share).toBeCloseTo(1000 / 1170);
	});
});

const cdnow = shippedPath('cdnow/CDNOW_master.txt');
const cdnowColumns = ['--id', '1', '--date', '2', '--amount', '4'];

describe('lab on the CDNOW master file (gzip, no header, whitespace-separated)', () => {
	it('takes column numbers and finds all 23,570 customers of the 1998-06-30 data', async () => {
		const out = JSON.parse(await rfm(['--input', cdnow, ...cdnowColumns]));
		expect(out.asOf).toBe('1998-07-01');
		expect(out.rejectedRows).toBe(0);
		expect(out.customers).toHaveLength(23_570);
		expect(out.customers[0]).toMatchObject({ id: '00001', recencyDays: 546, frequency: 1 });
		expect(JSON.parse(await pareto(['--input', cdnow, ...cdnowColumns])).customers).toBe(23_570);
	}, 60_000);

	it('says which columns to give when a headerless file is not told', async () => {
		await expect(rfm(['--input', cdnow])).rejects.toThrow(
			/文件没有表头.*--id、--date、--amount.*列号/
		);
	});
});

describe('bad input gets one clear message', () => {
	const cases: [string, string | Uint8Array, string[], RegExp][] = [
		['no --input', '', [], /缺少 --input/],
		['missing file', '', ['--input', '/no/such/file.csv'], /读不到文件/],
		['empty file', '', [], /文件是空的/],
		['header only', 'id,date,amount\n', [], /只有表头/],
		[
			'damaged workbook',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]),
			[],
			/已损坏或不完整/
		],
		[
			'binary',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x14, 0]),
			[],
			/二进制文件（PNG 图片）/
		],
		['no id column', 'name,date,amount\na,2024-01-01,1', [], /没有找到客户编号列/],
		['no amount column', 'id,date,qty\na,2024-01-01,1', [], /没有找到金额列/],
		['ambiguous amount', 'id,date,金额,实付金额\na,2024-01-01,1,1', [], /多列可能是金额列/],
		['named column absent', csv, ['--amount', 'price'], /找不到列「price」/],
		['all rows bad', 'id,date,amount\na,bad,1\nb,2024-01-01,x', [], /2 行全部被拒绝/],
		['bad as-of', csv, ['--as-of', '2024-02-30'], /--as-of 日期无法识别/],
		['bad encoding option', csv, ['--encoding', 'latin1'], /--encoding 只能是/],
		['bad format', csv, ['--format', 'xml'], /--format 只能是/],
		['dangling flag', csv, ['--as-of'], /缺少值/],
		['stray argument', csv, ['extra'], /无法理解参数/]
	];
	for (const [name, content, extra, message] of cases) {
		it(name, async () => {
			const args =
				name === 'no --input' || name === 'missing file'
					? extra
					: ['--input', file(`${name}.csv`, content), ...extra];
			await expect(rfm(args)).rejects.toThrow(message);
		});
	}
});

describe('lab rfm --customers (one row per customer)', () => {
	it('gives the same JSON as the transactions it was built from', async () => {
		const fromTransactions = JSON.parse(await rfm(['--input', file('t3.csv', csv)]));
		const asOf = fromTransactions.asOf;
		const rows = fromTransactions.customers.map(
			(c: { id: string; recencyDays: number; frequency: number; monetary: number }) =>
				`${c.id},${c.recencyDays},${c.frequency},${c.monetary}`
		);
		const customers = file(
			'c.csv',
			['客户编号,最近购买天数,购买次数,消费金额', ...rows].join('\n')
		);
		const fromCustomers = JSON.parse(await rfm(['--customers', customers, '--as-of', asOf]));
		expect(fromCustomers).toEqual({ ...fromTransactions, rejectedRows: 0 });
		// Without --as-of the day recency counts from is not known.
		expect(JSON.parse(await rfm(['--customers', customers])).asOf).toBeNull();
	});

	it('takes named or numbered columns, and last purchase dates', async () => {
		const path = file('d.csv', 'a,b,c,d\nx,2024-01-05,2,10\ny,2024-01-09,1,20\n');
		const out = JSON.parse(
			await rfm([
				'--customers',
				path,
				'--id',
				'a',
				'--recency',
				'2',
				'--frequency',
				'c',
				'--monetary',
				'4'
			])
		);
		expect(out.asOf).toBe('2024-01-10');
		expect(out.customers.map((c: { recencyDays: number }) => c.recencyDays)).toEqual([5, 1]);
	});

	it('reads the shipped Online Retail file: 4,338 customers, top 20% bring 74.62%', async () => {
		const path = shippedPath('online-retail/customers_rfm.csv');
		const out = JSON.parse(await rfm(['--customers', path, '--as-of', '2011-12-10']));
		expect(out.customers).toHaveLength(4338);
		expect(out.customers[0]).toMatchObject({ id: '12346', recencyDays: 326 });
		const summary = JSON.parse(await pareto(['--customers', path]));
		expect(summary.top20Share * 100).toBeCloseTo(74.62, 2);
	}, 60_000);

	it.each([
		[['--customers', 'x', '--input', 'y'], /只能选一个/],
		[['--input', 'x', '--header', 'maybe'], /--header 只能是/],
		[['--customers', 'x', '--sheet', '2'], /读不到文件/]
	])('%j fails with a Chinese message', async (args, message) => {
		await expect(rfm(args)).rejects.toThrow(message);
	});
});

describe('lab rfm on an Excel workbook', () => {
	it('gives the same result as the CSV, from the named or numbered sheet', async () => {
		const rows = csv.split('\n').map((line) => line.split(','));
		const book = writeXlsx([
			{ name: '说明', rows: [['这个工作簿的第二个工作表是交易']] },
			{
				name: '交易',
				rows: [
					['客户', '日期', '金额'],
					['c1', { date: '2024-01-01' }, 100],
					['c1', { date: '2024-01-10', format: 'chinese' }, 50],
					['c2', { date: '2024-01-05' }, 1000],
					['c3', { date: '2024-01-02' }, 30],
					['c3', { date: '2024-01-03' }, -10],
					['c4', '昨天', 20],
					[null, { date: '2024-01-04' }, 20],
					['c5', { date: '2024-01-04' }, 'abc']
				]
			}
		]);
		expect(rows).toHaveLength(9);
		const path = file('book.xlsx', book);
		expect(JSON.parse(await rfm(['--input', path, '--sheet', '交易']))).toEqual(expected);
		expect(JSON.parse(await rfm(['--input', path, '--sheet', '2']))).toEqual(expected);
		// Without --sheet the first sheet with data is read: the notes sheet is skipped.
		expect(JSON.parse(await rfm(['--input', path]))).toEqual(expected);
		await expect(rfm(['--input', path, '--sheet', '说明'])).rejects.toThrow(/工作表“说明”只有表头/);
		await expect(rfm(['--input', path, '--sheet', '3'])).rejects.toThrow('没有第 3 个工作表');
	}, 60_000);
});
