/**
 * Malformed transaction files, each with the message a learner sees: what is wrong and where
 * (line, column). Files that cannot be used at all throw one ImportError; bad rows are rejected
 * one by one while the good rows are kept.
 */
import { describe, expect, it } from 'vitest';
import { encodeText } from './encode-text';
import {
	chooseColumns,
	describeRejectedRow,
	ImportError,
	inspectTransactionFile,
	summarizeTransactionFile,
	type ColumnNames,
	type EncodingChoice
} from './transaction-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const COLUMNS: ColumnNames = { id: 'id', date: 'date', amount: 'amount' };

/** What the lab does: inspect, map the recognised columns, summarise. */
function importFile(
	bytes: Uint8Array,
	options: { encoding?: EncodingChoice; columns?: Partial<ColumnNames> } = {}
) {
	const inspection = inspectTransactionFile(bytes, options.encoding);
	const columns = chooseColumns(inspection.header, options.columns);
	return summarizeTransactionFile(bytes, {
		encoding: inspection.encoding,
		delimiter: inspection.delimiter,
		columns
	});
}

function importError(run: () => unknown): ImportError {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected an ImportError');
}

const gbkBody = encodeText('id,date,amount\n客户甲,2024-01-01,5\n', 'gb18030');

describe('a file that cannot be used at all gets one clear message', () => {
	it.each([
		['an empty file', new Uint8Array(), {}, /文件是空的（0 字节）/, undefined],
		['only blank lines', utf8('\n  \n\r\n'), {}, /文件里没有任何内容/, undefined],
		['a byte-order mark and nothing else', utf8('\uFEFF'), {}, /没有任何内容/, undefined],
		[
			'only a header',
			utf8('id,date,amount\n'),
			{},
			/只有表头（第 1 行：id、date、amount），没有数据行/,
			1
		],
		['blank lines, then only a header', utf8('\n\nid,date,amount\n\n'), {}, /只有表头（第 3 行/, 3],
		[
			'an Excel workbook (xlsx is a zip)',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
			{},
			/zip \/ Excel 文件已损坏或不完整/,
			undefined
		],
		[
			'an old Excel workbook (xls)',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			{},
			/旧版 Excel 工作簿（.xls，二进制格式）.*另存为/,
			undefined
		],
		[
			'a PNG picture',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
			{},
			/二进制文件（PNG 图片）/,
			undefined
		],
		[
			'binary bytes with NULs',
			new Uint8Array([1, 2, 0, 0, 0, 7, 200, 0, 13, 0, 0, 0]),
			{},
			/二进制文件（含有空字节）/,
			undefined
		],
		[
			'a single column',
			utf8('name\nalice\nbob\n'),
			{},
			/只识别出一列（第 1 行：「name」）.*交易文件要有客户编号、日期和金额三列/,
			1
		],
		[
			'a single column after a blank line',
			utf8('\nname\nalice\n'),
			{},
			/只识别出一列（第 2 行：「name」）/,
			2
		],
		[
			'no usable columns',
			utf8('name,city\nA,B\n'),
			{},
			/没有找到客户编号、日期、金额列；文件的列为：name、city/,
			undefined
		],
		[
			'ambiguous date columns',
			utf8('客户编号,下单日期,发货日期,金额\nc1,2024-01-01,2024-01-03,9\n'),
			{},
			/有多列可能是日期列（下单日期、发货日期），请指定用哪一列/,
			undefined
		],
		[
			'a chosen column that is not in the file',
			utf8('id,date,amount\na,2024-01-01,1\n'),
			{ columns: { amount: 'price' } },
			/找不到列「price」（选作金额列）；文件的列为：id、date、amount/,
			undefined
		],
		[
			'one column chosen for two roles',
			utf8('id,date,amount\na,2024-01-01,1\n'),
			{ columns: { invoice: 'id' } },
			/同一列「id」被同时选作客户编号和订单号/,
			undefined
		],
		[
			'UTF-16 without a byte-order mark read as UTF-8',
			encodeText('id,date,amount\na,2024-01-01,1\n', 'utf-16le').subarray(2),
			{ encoding: 'utf-8' },
			/按 UTF-8 解码后第 1 行出现空字符.*没有字节顺序标记的 UTF-16/,
			1
		],
		[
			'a byte-order mark that contradicts the chosen encoding',
			encodeText('id,date,amount\na,2024-01-01,1\n', 'utf-16le'),
			{ encoding: 'gb18030' },
			/字节顺序标记（BOM）表明它是 UTF-16LE 编码，与选择的 GBK\/GB18030 不符/,
			1
		],
		[
			'a GBK file read as UTF-8',
			gbkBody,
			{ encoding: 'utf-8' },
			/按 UTF-8 解码失败：第 2 行有不属于 UTF-8 的字节.*GBK/,
			2
		],
		[
			'every row rejected',
			utf8('id,date,amount\na,bad,1\nb,2024-01-01,x\n'),
			{},
			/没有可用的交易：2 行全部被拒绝（例如第 2 行「date」列：日期「bad」无法识别/,
			2
		],
		[
			'an id column full of blanks',
			utf8('id,date,amount\n,2024-01-01,1\n  ,2024-01-02,2\n,2024-01-03,3\n'),
			{},
			/3 行全部被拒绝（例如第 2 行「id」列：客户编号为空）/,
			2
		],
		[
			'only refunds',
			utf8('id,date,amount\na,2024-01-01,-5\nb,2024-01-02,(3)\n'),
			{},
			/没有购买记录：2 行金额都是负数（退款）/,
			undefined
		]
	] as [string, Uint8Array, Parameters<typeof importFile>[1], RegExp, number | undefined][])(
		'%s',
		(_, bytes, options, message, line) => {
			const error = importError(() => importFile(bytes, options));
			expect(error.message).toMatch(message);
			expect(error.where.line).toBe(line);
		}
	);
});

describe('a bad row is rejected with its line, column and reason; the good rows are kept', () => {
	it.each([
		['a missing id', '  ,2024-01-02,5', 3, 'id', /客户编号为空/],
		['an unreadable date', 'b,昨天,5', 3, 'date', /日期「昨天」无法识别；可用的写法如 2024-01-05/],
		[
			'an impossible date',
			'b,2024-02-30,5',
			3,
			'date',
			/日期「2024-02-30」不存在：2024 年 2 月没有 30 日/
		],
		['a month that does not exist', 'b,2024-13-01,5', 3, 'date', /月份 13 不存在/],
		['a date before 1900', 'b,1899-12-31,5', 3, 'date', /早于 1900 年/],
		['a blank date', 'b,,5', 3, 'date', /日期为空/],
		['a non-numeric amount', 'b,2024-01-02,abc', 3, 'amount', /金额「abc」不是数字/],
		['an amount like 1.2.3', 'b,2024-01-02,1.2.3', 3, 'amount', /金额「1.2.3」有不止一个小数点/],
		['a blank amount', 'b,2024-01-02,', 3, 'amount', /金额为空/],
		['too few columns', 'b,2024-01-02', 3, undefined, /列数不足：表头有 3 列，这一行只有 2 列/],
		[
			'a row with another delimiter',
			'b;2024-01-02;5',
			3,
			undefined,
			/列数不足.*这一行似乎用分号分隔，而文件用的是逗号/
		],
		['the header repeated mid-file', 'id,date,amount', 3, undefined, /表头在文件中间又出现了一次/],
		['a trailing total line', '合计,,1234', 3, 'date', /日期为空/],
		['a trailing note', '-- 导出结束 --', 3, undefined, /列数不足：表头有 3 列，这一行只有 1 列/],
		[
			'text after a closing quote',
			'b,2024-01-02,"5"x',
			3,
			undefined,
			/引号用法不对：带引号的字段在结束引号之后还有字符/
		],
		[
			'an unclosed quote',
			'b,2024-01-02,"5\nc,2024-01-03,6',
			3,
			undefined,
			/引号没有闭合：从这一行起直到文件末尾的内容都被当成了一个字段/
		]
	] as [string, string, number, string | undefined, RegExp][])(
		'%s',
		(_, badLine, line, column, reason) => {
			const summary = importFile(utf8(`id,date,amount\na,2024-01-01,10\n${badLine}\n`));
			expect(summary.accepted).toBe(1);
			expect(summary.rejectedCount).toBe(1);
			const [rejected] = summary.rejected;
			expect(rejected.line).toBe(line);
			expect(rejected.column).toBe(column);
			expect(rejected.reason).toMatch(reason);
			expect(describeRejectedRow(rejected)).toMatch(
				new RegExp(`^第 ${line} 行${column ? `「${column}」列` : ''}：`)
			);
			expect(summary.customers.map((c) => [c.id, c.monetary])).toEqual([['a', 10]]);
		}
	);

	it.each([
		['a blank invoice', { invoice: 'invoice' }, 'b,2024-01-02,5,,', 'invoice', /订单号为空/],
		['a bad profit', { profit: 'profit' }, 'b,2024-01-02,5,o2,x', 'profit', /利润「x」不是数字/]
	] as [string, Partial<ColumnNames>, string, string, RegExp][])(
		'%s in an optional column',
		(_, columns, badLine, column, reason) => {
			const text = `id,date,amount,invoice,profit\na,2024-01-01,10,o1,3\n${badLine}\n`;
			const summary = summarizeTransactionFile(utf8(text), { columns: { ...COLUMNS, ...columns } });
			expect(summary.rejected).toEqual([
				{ line: 3, column, reason: expect.stringMatching(reason) }
			]);
		}
	);

	it('counts every rejected row but lists only the first 100', () => {
		const bad = Array.from({ length: 250 }, (_, i) => `c${i},someday,1`);
		const summary = importFile(utf8(['id,date,amount', 'a,2024-01-01,1', ...bad].join('\n')));
		expect(summary.rejectedCount).toBe(250);
		expect(summary.rejected).toHaveLength(100);
		expect(summary.rejected[99].line).toBe(102);
	});
});

describe('the same file in UTF-8, UTF-8 with BOM, GBK and UTF-16 gives identical results', () => {
	const text = [
		'客户编号,交易日期,实付金额,订单号',
		'张三,2024-01-01,"1,200.50",A1',
		'张三,2024/1/20,３００,A2',
		'李四,20240105,￥88,B1',
		'李四,2024-01-06,(20),B2',
		'王五,2024年1月3日,45296,C1',
		'赵六,昨天,10,D1'
	].join('\r\n');
	const reference = importFile(utf8(text));

	it.each(['utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'] as const)('%s', (encoding) => {
		const summary = importFile(encodeText(text, encoding));
		expect({ ...summary, encoding: 'utf-8' }).toEqual(reference);
	});

	it('and that result is the expected one', () => {
		expect(reference.customers.map((c) => [c.id, c.frequency, c.monetary])).toEqual([
			['张三', 2, 1500.5],
			['李四', 1, 68],
			['王五', 1, 45296]
		]);
		expect(reference.rejected).toEqual([
			{ line: 7, column: '交易日期', reason: expect.stringMatching(/日期「昨天」无法识别/) }
		]);
	});
});
