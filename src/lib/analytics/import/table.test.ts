import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cleanHeader, listNames } from './columns';
import { ImportError } from './import-error';
import { inspectTable, looksLikeData, scanTable, tableAsCsv, unwrapGzip } from './table';
import { amountProblem, dayProblem } from './values';
import { writeXlsx } from './xlsx-fixture';

const utf8 = (text: string) => new TextEncoder().encode(text);

function rowsOf(bytes: Uint8Array, options = {}) {
	const rows: [string[], number][] = [];
	let header: string[] = [];
	scanTable(bytes, { ...options, onHeader: (names) => (header = names) }, (fields, line) =>
		rows.push([fields, line])
	);
	return { header, rows };
}

describe('cleanHeader', () => {
	it('names empty columns by number and repeated ones 金额 (2), and is stable', () => {
		const names = cleanHeader(['客户', '金额', '', ' 金额 ', '金额 (2)', '']);
		expect(names).toEqual(['客户', '金额', '第 3 列', '金额 (2)', '金额 (2) (2)', '第 6 列']);
		expect(cleanHeader(names)).toEqual(names);
	});

	it('lists many names briefly', () => {
		expect(listNames(Array.from({ length: 5000 }, () => 'x'))).toBe(
			'x、x、x、x、x、x、x、x……共 5,000 列'
		);
	});
});

describe('looksLikeData', () => {
	it.each([
		[['00001', '19970101', '1', '11.77'], [['00002', '19970112', '1', '12.00']], true],
		[['id', 'date', 'amount'], [['c1', '2024-01-01', '5']], false],
		[['C001', '2024-01-05', '128.00'], [['C002', '2024-01-06', '5']], true],
		[['客户', '2024', '金额'], [['c1', '2025', '5']], false],
		[['name', 'city'], [['张三', '北京']], false]
	])('%j over %j → %s', (first, rest, expected) => {
		expect(looksLikeData(first, rest)).toBe(expected);
	});
});

describe('inspectTable and scanTable', () => {
	it('reads a headerless whitespace file with numbered columns and line 1 as data', () => {
		const bytes = utf8(' 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n');
		const inspection = inspectTable(bytes);
		expect(inspection).toMatchObject({
			format: 'text',
			delimiter: ' ',
			hasHeader: false,
			headerGuessed: true,
			header: ['第 1 列', '第 2 列', '第 3 列', '第 4 列'],
			rowCountEstimate: 2
		});
		expect(rowsOf(bytes).rows).toEqual([
			[['00001', '19970101', '1', '11.77'], 1],
			[['00002', '19970112', '1', '12.00'], 2]
		]);
		// Told otherwise, the first row is a header.
		expect(inspectTable(bytes, { header: true })).toMatchObject({
			hasHeader: true,
			headerGuessed: false,
			header: ['00001', '19970101', '1', '11.77']
		});
	});

	it('names empty and repeated header cells (Excel’s trailing ,,) and reads the rows', () => {
		const bytes = utf8('客户,金额,金额,,\nc1,5,6,,\nc2,7,8,,\n');
		expect(inspectTable(bytes).header).toEqual(['客户', '金额', '金额 (2)', '第 4 列', '第 5 列']);
		expect(rowsOf(bytes).header).toEqual(['客户', '金额', '金额 (2)', '第 4 列', '第 5 列']);
	});

	it('reads gzip-compressed files as their content', () => {
		const text = 'id,date,amount\nc1,2024-01-01,5\n';
		expect(unwrapGzip(gzipSync(utf8(text)))).toEqual(utf8(text));
		expect(inspectTable(gzipSync(utf8(text))).header).toEqual(['id', 'date', 'amount']);
	});

	it('refuses a gzip file claiming to inflate to gigabytes, and a damaged one', () => {
		const bomb = gzipSync(utf8('x'.repeat(100)));
		bomb.set([0, 0, 0, 0x40], bomb.length - 4);
		expect(() => unwrapGzip(bomb)).toThrow(/太大了/);
		expect(() => unwrapGzip(new Uint8Array([0x1f, 0x8b, 0x08, 0, 1, 2]))).toThrow(/已损坏/);
	});

	it('says a 10 MB first data row has no line break instead of "only a header"', () => {
		const bytes = utf8(`id,date,amount\n${'x'.repeat(10_000_000)}\n`);
		const error = (() => {
			try {
				inspectTable(bytes);
			} catch (e) {
				return e as ImportError;
			}
		})();
		expect(error?.message).toMatch(/^第 2 行读到 64 KB 还没有换行/);
		expect(error?.where.line).toBe(2);
	});

	it('says a 10 MB line of x,x,x… has too many columns, briefly', () => {
		const error = (() => {
			try {
				inspectTable(utf8('x,'.repeat(5_000_000)));
			} catch (e) {
				return e as ImportError;
			}
		})();
		expect(error).toBeInstanceOf(ImportError);
		expect(error?.message.length).toBeLessThan(200);
	});

	it('reads a sheet: title row skipped, merged two-row header joined, merged cells filled', () => {
		const bytes = writeXlsx([
			{
				name: '明细',
				rows: [
					['2024 年交易明细'],
					['客户编号', '交易', null],
					[null, '日期', '金额'],
					['C1', { date: '2024-01-05' }, 10],
					[null, { date: '2024-01-06' }, 20.5],
					['C2', { date: '2024-02-01', format: 'datetime' }, { formula: 'B1', cached: 3 }]
				],
				merges: ['A1:C1', 'A2:A3', 'B2:C2', 'A4:A5']
			}
		]);
		const inspection = inspectTable(bytes);
		expect(inspection).toMatchObject({
			format: 'xlsx',
			sheets: ['明细'],
			sheet: '明细',
			hasHeader: true,
			header: ['客户编号', '交易 日期', '交易 金额'],
			preview: [
				['C1', '2024-01-05', '10'],
				['C1', '2024-01-06', '20.5'],
				['C2', '2024-02-01', '3']
			],
			rowCountEstimate: 3
		});
		expect(inspection.notes).toEqual([
			'第 1 行「2024 年交易明细」看起来是标题，没有读作表头',
			'表头占 2 行（有合并单元格），已把每列的各行名称连起来'
		]);
		const { header, rows } = rowsOf(bytes);
		expect(header).toEqual(inspection.header);
		expect(rows.map(([, line]) => line)).toEqual([4, 5, 6]);
	});

	it('picks a sheet by name or number and says when a sheet is empty or header-only', () => {
		const bytes = writeXlsx([
			{
				name: 'A',
				rows: [
					['id', 'v'],
					['a', 1]
				]
			},
			{
				name: 'B',
				rows: [
					[1, 2],
					[3, 4]
				]
			},
			{ name: '空', rows: [] },
			{ name: '表头', rows: [['id', 'v']] }
		]);
		expect(inspectTable(bytes, { sheet: 'B' })).toMatchObject({ sheet: 'B', hasHeader: false });
		expect(inspectTable(bytes, { sheet: 2 }).preview).toEqual([
			['1', '2'],
			['3', '4']
		]);
		expect(() => inspectTable(bytes, { sheet: '空' })).toThrow(
			'工作表“空”是空的。请选择另一个工作表。'
		);
		expect(() => inspectTable(bytes, { sheet: '表头' })).toThrow(/只有表头（第 1 行：id、v）/);
	});
});

describe('tableAsCsv', () => {
	it('gives a workbook sheet as CSV with its header, and a text file as its text', () => {
		const bytes = writeXlsx([
			{
				name: 'S',
				rows: [
					['ID', 'frequency', 'recency', 'T'],
					['1', 2, 30.43, 38.86]
				]
			}
		]);
		expect(tableAsCsv(bytes)).toBe('ID,frequency,recency,T\r\n1,2,30.43,38.86');
		expect(tableAsCsv(gzipSync(utf8('\uFEFFa,b\n1,2\n')))).toBe('a,b\n1,2\n');
	});
});

describe('messages quote long values briefly', () => {
	it('cuts a 10,000-character value and says how long it was', () => {
		const long = 'x'.repeat(10_000);
		expect(dayProblem(long)).toBe(
			`日期「${'x'.repeat(40)}…（共 10,000 个字符）」无法识别；可用的写法如 2024-01-05、2024/1/5、20240105 或 Excel 日期序号`
		);
		expect(amountProblem(long).length).toBeLessThan(120);
	});
});
