import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { excelDate, isDateFormat, readWorkbook, xmlText } from './xlsx';
import { compoundFile, writeXlsx } from './xlsx-fixture';

const utc = (text: string) => new Date(`${text}Z`);

describe('readWorkbook', () => {
	const bytes = writeXlsx([
		{
			name: '交易明细',
			rows: [
				['客户编号', '交易日期', '数量', '单价', '金额', '备注'],
				['C001', { date: '2024-01-05' }, 2, 9.5, { formula: 'C2*D2', cached: 19 }, 'a & b <c>'],
				[
					'C002',
					{ date: '2024-02-29', format: 'chinese' },
					1,
					100,
					{ formula: 'C3*D3', cached: 100 },
					null
				],
				[
					12345,
					{ date: '2024-03-01 13:30:00', format: 'datetime' },
					true,
					null,
					{ formula: 'X' },
					'  '
				]
			]
		},
		{ name: 'Sheet2', rows: [['其他'], [1]] }
	]);

	it('lists the worksheets in order', () => {
		expect(readWorkbook(bytes).sheets).toEqual(['交易明细', 'Sheet2']);
	});

	it('reads strings, numbers, date cells, cached formula values and booleans', () => {
		const sheet = readWorkbook(bytes).sheet('交易明细');
		expect(sheet.rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
		expect(sheet.rows[0].cells).toEqual(['客户编号', '交易日期', '数量', '单价', '金额', '备注']);
		expect(sheet.rows[1].cells).toEqual([
			'C001',
			utc('2024-01-05T00:00:00'),
			2,
			9.5,
			19,
			'a & b <c>'
		]);
		expect(sheet.rows[2].cells).toEqual(['C002', utc('2024-02-29T00:00:00'), 1, 100, 100]);
		// A blank-looking string is kept (it is a value); a formula without a saved value is null.
		expect(sheet.rows[3].cells).toEqual([
			12345,
			utc('2024-03-01T13:30:00'),
			true,
			null,
			null,
			'  '
		]);
		expect(sheet.formulasWithoutValue).toBe(1);
	});

	it('reads a sheet by its 1-based position, and stops early for a preview', () => {
		const workbook = readWorkbook(bytes);
		expect(workbook.sheet(2).rows[1].cells).toEqual([1]);
		const preview = workbook.sheet(1, { maxRows: 2 });
		expect(preview.rows).toHaveLength(2);
		expect(preview.truncated).toBe(true);
	});

	it('names the sheets there are when one is missing', () => {
		expect(() => readWorkbook(bytes).sheet('客户')).toThrow(
			'工作簿里没有名为“客户”的工作表；工作表有：“交易明细”、“Sheet2”（共 2 个）。'
		);
		expect(() => readWorkbook(bytes).sheet(3)).toThrow('没有第 3 个工作表');
	});

	it('reports merged ranges, also when a preview stopped early', () => {
		const merged = writeXlsx([
			{
				name: 'S',
				rows: [
					['客户', null, '交易'],
					['编号', '姓名', '金额'],
					['C1', '张三', 5],
					['C2', '李四', 6]
				],
				merges: ['A1:B1', 'C1:C2']
			}
		]);
		const expected = [
			{ top: 0, left: 0, bottom: 0, right: 1 },
			{ top: 0, left: 2, bottom: 1, right: 2 }
		];
		expect(readWorkbook(merged).sheet(1).merges).toEqual(expected);
		expect(readWorkbook(merged).sheet(1, { maxRows: 1 }).merges).toEqual(expected);
	});

	it('reads inline strings, x: prefixed elements and the 1904 date system', () => {
		const book = writeXlsx(
			[
				{
					name: 'S',
					rows: [
						['id', 'date'],
						['a', { date: '2024-01-05' }]
					],
					inlineStrings: true,
					prefixed: true
				}
			],
			{ date1904: true }
		);
		expect(
			readWorkbook(book)
				.sheet(1)
				.rows.map((r) => r.cells)
		).toEqual([
			['id', 'date'],
			['a', utc('2024-01-05T00:00:00')]
		]);
	});

	it('reads cells and rows written without addresses, rich text and phonetic guides', () => {
		const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row/><row><c><v>1</v></c><c t="str"><v>x</v></c><c t="e"><v>#DIV/0!</v></c></row></sheetData></worksheet>`;
		const strings = `<sst><si><r><t>客户</t></r><r><rPr><b/></rPr><t>编号</t></r><rPh sb="0" eb="2"><t>きゃく</t></rPh></si><si><t>金&amp;额_x000D_</t></si></sst>`;
		const book = zipSync({
			'xl/workbook.xml': strToU8(
				`<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`
			),
			'xl/_rels/workbook.xml.rels': strToU8(
				`<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/a.xml"/></Relationships>`
			),
			'xl/worksheets/a.xml': strToU8(sheet),
			'xl/sharedStrings.xml': strToU8(strings)
		});
		const rows = readWorkbook(book).sheet('A').rows;
		expect(rows).toEqual([
			{ row: 1, cells: ['客户编号', '金&额\r'] },
			{ row: 3, cells: [1, 'x', '#DIV/0!'] }
		]);
	});

	it.each([
		[
			'an encrypted workbook',
			compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
			/设置了打开密码/
		],
		['an old .xls workbook', compoundFile(['Root Entry', 'Workbook']), /旧版 Excel 工作簿（.xls/],
		['a .xlsb workbook', zipSync({ 'xl/workbook.bin': new Uint8Array([1]) }), /\.xlsb/],
		[
			'an .ods spreadsheet',
			zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') }),
			/\.ods/
		],
		['a Word document', zipSync({ 'word/document.xml': strToU8('<w/>') }), /Word 文档/],
		['another zip', zipSync({ 'a.csv': strToU8('x') }), /zip 压缩包/],
		['a damaged zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /已损坏或不完整/]
	])('refuses %s with a Chinese message', (_, bytes, message) => {
		expect(() => readWorkbook(bytes)).toThrow(ImportError);
		expect(() => readWorkbook(bytes)).toThrow(message);
	});
});

describe('isDateFormat', () => {
	it.each([
		['yyyy/m/d;@', true],
		['yyyy"年"m"月"d"日"', true],
		['[$-F800]dddd, mmmm dd, yyyy', true],
		['mmm-yy', true],
		['yyyy/m/d\\ h:mm;@', true],
		['h:mm:ss', false],
		['[h]:mm', false],
		['mm:ss', false],
		['0.00', false],
		['#,##0"元"', false],
		['General', false],
		['[Red]0.00;[Blue]-0.00', false]
	])('%s → %s', (code, expected) => {
		expect(isDateFormat(code)).toBe(expected);
	});
});

describe('excelDate and xmlText', () => {
	it('converts serials in both date systems, including before 1900-03-01', () => {
		expect(excelDate(45296)).toEqual(utc('2024-01-05T00:00:00'));
		expect(excelDate(45296.5)).toEqual(utc('2024-01-05T12:00:00'));
		expect(excelDate(1)).toEqual(utc('1900-01-01T00:00:00'));
		expect(excelDate(61)).toEqual(utc('1900-03-01T00:00:00'));
		expect(excelDate(43834, true)).toEqual(utc('2024-01-05T00:00:00'));
	});

	it('decodes entities and Excel escapes', () => {
		expect(xmlText('&lt;a&gt; &amp; &#20013;&#x6587; _x000A_')).toBe('<a> & 中文 \n');
	});
});
