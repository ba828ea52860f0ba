import { readShipped } from '../../../../data/shipped';
import { describe, expect, it } from 'vitest';
import { encodeText, type TestEncoding } from './encode-text';
import {
	describeRejectedRow,
	inspectTransactionFile,
	readTransactions,
	rfmInputsOf,
	summarizeTransactionFile,
	type ColumnNames,
	type Transaction
} from './transaction-file';
import { parseDay } from './values';

const utf8 = (text: string) => new TextEncoder().encode(text);
const day = (text: string) => parseDay(text) as number;
const COLUMNS: ColumnNames = { id: '客户编号', date: '交易日期', amount: '金额' };

const shop = [
	'客户编号,交易日期,金额,订单号,利润,渠道',
	'c1,2024-01-01,100,o1,30,门店',
	'c1,2024-01-01,20,o1,5,门店',
	'c1,2024/1/10,50,o2,10,网店',
	'c2,20240105,"1,000.00",o3,200,网店',
	'c2,2024-01-06,-200,o4,-40,网店',
	'c3,2024-01-03,-10,o5,,门店'
].join('\n');

describe('inspectTransactionFile', () => {
	it('finds the encoding, delimiter, header, preview and the columns by their Chinese names', () => {
		const inspection = inspectTransactionFile(utf8(shop));
		expect(inspection).toMatchObject({
			encoding: 'utf-8',
			delimiter: ',',
			header: ['客户编号', '交易日期', '金额', '订单号', '利润', '渠道'],
			rowCountEstimate: 6,
			guess: {
				id: '客户编号',
				date: '交易日期',
				amount: '金额',
				invoice: '订单号',
				profit: '利润',
				channel: '渠道'
			},
			problems: []
		});
		expect(inspection.preview).toHaveLength(6);
		expect(inspection.preview[3]).toEqual(['c2', '20240105', '1,000.00', 'o3', '200', '网店']);
	});

	it.each([
		['tab', '\t'],
		['semicolon', ';'],
		['pipe', '|']
	])('detects a %s delimiter', (_, delimiter) => {
		const text = ['id,date,amount', 'a,2024-01-01,1', 'b,2024-01-02,2']
			.map((line) => line.replaceAll(',', delimiter))
			.join('\r\n');
		expect(inspectTransactionFile(utf8(text))).toMatchObject({
			delimiter,
			header: ['id', 'date', 'amount'],
			guess: { id: 'id', date: 'date', amount: 'amount' }
		});
	});

	it('keeps a comma inside quotes and a semicolon-separated file with decimal commas apart', () => {
		const text = 'id;date;amount\na;2024-01-01;"1,5"\nb;2024-01-02;"2,5"';
		expect(inspectTransactionFile(utf8(text)).delimiter).toBe(';');
	});

	it('leaves an ambiguous role unguessed and says which columns compete', () => {
		const inspection = inspectTransactionFile(
			utf8('客户编号,下单日期,发货日期,金额\nc1,2024-01-01,2024-01-03,9')
		);
		expect(inspection.guess.date).toBeUndefined();
		expect(inspection.problems).toEqual(['有多列可能是日期列（下单日期、发货日期），请选择']);
	});

	it('says which required column it did not recognise', () => {
		const inspection = inspectTransactionFile(utf8('会员,时间点,实付金额\nc1,2024-01-01,9'));
		expect(inspection.guess).toEqual({ id: '会员', amount: '实付金额' });
		expect(inspection.problems).toEqual(['没有认出日期列，请选择']);
	});

	it('estimates the row count of a big file from the first lines', () => {
		const rows = Array.from({ length: 40_000 }, (_, i) => `c${i % 97},2024-01-01,${i % 500}`);
		const inspection = inspectTransactionFile(utf8(['id,date,amount', ...rows].join('\n')));
		expect(inspection.preview).toHaveLength(10);
		expect(inspection.rowCountEstimate).toBeGreaterThan(36_000);
		expect(inspection.rowCountEstimate).toBeLessThan(44_000);
	});

	it.each([
		['utf-8', 'utf-8'],
		['utf-8-bom', 'utf-8'],
		['gb18030', 'gb18030'],
		['utf-16le', 'utf-16le'],
		['utf-16be', 'utf-16be']
	] as [TestEncoding, string][])('detects %s', (encoding, detected) => {
		const inspection = inspectTransactionFile(encodeText(shop, encoding));
		expect(inspection.encoding).toBe(detected);
		expect(inspection.header[0]).toBe('客户编号');
	});

	it('reads UTF-16 without a byte-order mark when the text is mostly ASCII', () => {
		const bytes = encodeText('id,date,amount\na,2024-01-01,1\n', 'utf-16le').subarray(2);
		expect(inspectTransactionFile(bytes).encoding).toBe('utf-16le');
	});

	it('uses a manual encoding override', () => {
		const inspection = inspectTransactionFile(encodeText(shop, 'gb18030'), 'gb18030');
		expect(inspection.encoding).toBe('gb18030');
		expect(inspection.guess.id).toBe('客户编号');
	});
});

describe('summarizeTransactionFile', () => {
	it('counts rows as purchases and applies the refund rule', () => {
		const summary = summarizeTransactionFile(utf8(shop), { columns: COLUMNS });
		expect(summary).toMatchObject({
			rows: 6,
			accepted: 6,
			rejectedCount: 0,
			earliestDay: day('2024-01-01'),
			latestDay: day('2024-01-10'),
			refunds: { rows: 2, amount: -210, customersWithoutPurchase: 1 },
			encoding: 'utf-8',
			delimiter: ','
		});
		// c3 only refunded: no purchase, so no RFM values; c2's refund lowers monetary only.
		expect(summary.customers).toEqual([
			{
				id: 'c1',
				firstDay: day('2024-01-01'),
				lastDay: day('2024-01-10'),
				frequency: 3,
				monetary: 170
			},
			{
				id: 'c2',
				firstDay: day('2024-01-05'),
				lastDay: day('2024-01-05'),
				frequency: 1,
				monetary: 800
			}
		]);
	});

	it('counts distinct invoices when an invoice column is mapped, and sums profit and channel', () => {
		const summary = summarizeTransactionFile(utf8(shop), {
			columns: { ...COLUMNS, invoice: '订单号', profit: '利润', channel: '渠道' }
		});
		expect(summary.customers).toEqual([
			{
				id: 'c1',
				firstDay: day('2024-01-01'),
				lastDay: day('2024-01-10'),
				frequency: 2,
				monetary: 170,
				profit: 45,
				channel: '门店'
			},
			{
				id: 'c2',
				firstDay: day('2024-01-05'),
				lastDay: day('2024-01-05'),
				frequency: 1,
				monetary: 800,
				profit: 160,
				channel: '网店'
			}
		]);
	});

	it('counts an invoice that comes back after another one only once', () => {
		const text = 'id,date,amount,invoice\na,2024-01-01,1,o1\na,2024-01-02,1,o2\na,2024-01-01,1,o1';
		const summary = summarizeTransactionFile(utf8(text), {
			columns: { id: 'id', date: 'date', amount: 'amount', invoice: 'invoice' }
		});
		expect(summary.customers[0].frequency).toBe(2);
	});

	it('gives line numbers of the file, counting blank lines and line breaks inside quotes', () => {
		const text =
			'id,date,amount,note\n\na,2024-01-01,1,"two\nlines"\nb,bad,1,x\n\nc,2024-01-01,x,y';
		const summary = summarizeTransactionFile(utf8(text), {
			columns: { id: 'id', date: 'date', amount: 'amount' }
		});
		expect(summary.rows).toBe(3);
		expect(summary.rejected.map((r) => [r.line, r.column])).toEqual([
			[5, 'date'],
			[7, 'amount']
		]);
		expect(describeRejectedRow(summary.rejected[0])).toMatch(
			/^第 5 行「date」列：日期「bad」无法识别/
		);
	});

	it.each([
		[
			'quoted line breaks and CRLF',
			',',
			'\r\n',
			(i: number) => `c${i},2024-01-01,1,"note\r\n${i}"`,
			2
		],
		[
			'Excel cell breaks (LF) in a CRLF file',
			',',
			'\r\n',
			(i: number) => `c${i},2024-01-01,1,"a\nb\nc"`,
			3
		],
		['whitespace columns', ' ', '\n', (i: number) => `  c${i}   20240101  1 x`, 1]
	] as const)(
		'keeps line numbers right across chunks and pieces of a big file (%s)',
		(_, delimiter, newline, row, linesPerRow) => {
			const rows = Array.from({ length: 60_000 }, (_, i) => row(i));
			const header = ['id', 'date', 'amount', 'note'].join(delimiter);
			const bad = ['z', 'bad', '1', 'x'].join(delimiter);
			const text = [header, ...rows, bad].join(newline);
			expect(text.length).toBeGreaterThan(2 ** 20);
			const summary = summarizeTransactionFile(utf8(text), {
				columns: { id: 'id', date: 'date', amount: 'amount' }
			});
			expect(summary.accepted).toBe(60_000);
			expect(summary.rejected).toEqual([
				{ line: 2 + 60_000 * linesPerRow, column: 'date', reason: expect.stringMatching(/bad/) }
			]);
		}
	);

	it('reports progress at the end with the fraction 1', () => {
		const calls: [number, number][] = [];
		summarizeTransactionFile(utf8(shop), {
			columns: COLUMNS,
			onProgress: (rows, fraction) => calls.push([rows, fraction])
		});
		expect(calls.at(-1)).toEqual([6, 1]);
	});

	it('reports progress every 50,000 rows of a big file', () => {
		const rows = Array.from({ length: 120_000 }, (_, i) => `c${i % 1000},2024-01-01,1`);
		const calls: number[] = [];
		summarizeTransactionFile(utf8(['id,date,amount', ...rows].join('\n')), {
			columns: { id: 'id', date: 'date', amount: 'amount' },
			onProgress: (read) => calls.push(read)
		});
		expect(calls).toEqual([50_000, 100_000, 120_000]);
	});
});

describe('readTransactions', () => {
	it('hands over every usable row with its optional fields', () => {
		const seen: Transaction[] = [];
		const report = readTransactions(
			utf8(shop),
			{ columns: { ...COLUMNS, invoice: '订单号', profit: '利润', channel: '渠道' } },
			(t) => seen.push(t)
		);
		expect(report).toMatchObject({ rows: 6, accepted: 6, rejectedCount: 0, rejected: [] });
		expect(report.future?.rows).toBe(0);
		expect(seen[0]).toEqual({
			id: 'c1',
			day: day('2024-01-01'),
			amount: 100,
			invoice: 'o1',
			profit: 30,
			channel: '门店'
		});
		expect(seen[5]).toEqual({
			id: 'c3',
			day: day('2024-01-03'),
			amount: -10,
			invoice: 'o5',
			channel: '门店'
		});
	});
});

describe('rfmInputsOf', () => {
	const summary = summarizeTransactionFile(utf8(shop), { columns: COLUMNS });

	it('measures recency to the day after the last purchase by default', () => {
		expect(rfmInputsOf(summary)).toEqual([
			{ id: 'c1', recencyDays: 1, frequency: 3, monetary: 170 },
			{ id: 'c2', recencyDays: 6, frequency: 1, monetary: 800 }
		]);
	});

	it('takes an explicit as-of day and refuses one before the last purchase', () => {
		expect(rfmInputsOf(summary, day('2024-01-31'))[0].recencyDays).toBe(21);
		expect(() => rfmInputsOf(summary, day('2024-01-05'))).toThrow(
			/截止日期 2024-01-05 早于数据中最后一次购买（2024-01-10）/
		);
	});
});

describe('CDNOW master file (no header, whitespace columns, CRLF)', () => {
	it('reads all 69,659 purchases of 23,570 customers, the columns numbered', () => {
		const bytes = readShipped('cdnow/CDNOW_master.txt');
		const inspection = inspectTransactionFile(bytes);
		expect(inspection).toMatchObject({
			delimiter: ' ',
			hasHeader: false,
			headerGuessed: true,
			header: ['第 1 列', '第 2 列', '第 3 列', '第 4 列'],
			guess: {}
		});
		expect(inspection.preview[0]).toEqual(['00001', '19970101', '1', '11.77']);
		const summary = summarizeTransactionFile(bytes, {
			columns: { id: '第 1 列', date: '第 2 列', amount: '第 4 列' }
		});
		expect(summary).toMatchObject({
			rows: 69_659,
			rejectedCount: 0,
			earliestDay: day('1997-01-01'),
			latestDay: day('1998-06-30')
		});
		expect(summary.customers).toHaveLength(23_570);
	}, 60_000);
});
