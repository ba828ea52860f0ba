/**
 * Any table a learner brings — delimited or whitespace-separated text in any of the encodings
 * decode.ts knows, gzip-compressed or not, or a sheet of an Excel workbook — as rows of text
 * fields, with or without a header row. The transaction and customer importers, the labs and the
 * CLI all read tables through here. Pure TypeScript, no DOM.
 *
 * Cells of a workbook become text the way the text parsers expect it: a date cell 2024-01-05
 * (with its time when it has one), a number in full precision, TRUE/FALSE. Merged ranges are
 * filled with their value; merged header rows are joined into one name per column.
 */
import { gunzipSync } from 'fflate';
import { cleanHeader, columnLabel, listNames, numberedColumns } from './columns';
import { decodeStart, openText, type DetectedEncoding, type EncodingChoice } from './decode';
import { ImportError } from './import-error';
import Papa from 'papaparse';
import { detectDelimiter, forEachRow } from './rows';
import { parseAmount, parseDay } from './values';
import { looksLikeSpreadsheet, readWorkbook, type CellValue, type Sheet } from './xlsx';

export type TableFormat = 'text' | 'xlsx';

export interface TableOptions {
	encoding?: EncodingChoice;
	/** Text only: the delimiter, as inspection found it; detected when absent. */
	delimiter?: string;
	/** Workbooks only: a sheet's name or 1-based position; the first sheet when absent. */
	sheet?: string | number;
	/** Whether the first row names the columns; detected when absent (see looksLikeData). */
	header?: boolean;
}

export interface TableInspection {
	format: TableFormat;
	/** Text: detected or chosen; a workbook is always UTF-8 inside. */
	encoding: DetectedEncoding;
	/** ',', '\t', ';', '|', or WHITESPACE (' '); '' for a workbook. */
	delimiter: string;
	/** Worksheet names of a workbook ([] for text) and the one read. */
	sheets: string[];
	sheet: string | null;
	hasHeader: boolean;
	/** True when `hasHeader` came from looking at the rows rather than from the options. */
	headerGuessed: boolean;
	/** Column names, unique: the header's, or 第 1 列 … for a file without one. */
	header: string[];
	/** The first 10 data rows. */
	preview: string[][];
	rowCountEstimate: number;
	/** Things worth telling about how the table was read (merged header, formulas, title row). */
	notes: string[];
}

const PREVIEW_ROWS = 10;
/** Rows looked at to decide whether the first is a header. */
const SAMPLE_ROWS = 30;
/** No transaction or customer export has this many columns; a wrong delimiter does. */
const MAX_COLUMNS = 1000;
/** A gzip file bigger than this once inflated is refused (a 100 MB CSV is a million rows). */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

/** The bytes themselves, or what a gzip file (CDNOW_master.txt.gz) holds. */
export function unwrapGzip(bytes: Uint8Array): Uint8Array {
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 0x08) return bytes;
	const n = bytes.length;
	// The last four bytes give the inflated size (modulo 4 GiB): a bomb is refused before inflating.
	const size =
		n >= 18
			? (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16)) + bytes[n - 1] * 2 ** 24
			: 0;
	if (size > MAX_INFLATED_BYTES || size > bytes.length * 1100) {
		throw new ImportError(
			`这个 gzip 压缩文件解压后有 ${Math.round(size / 1024 / 1024)} MB，太大了，无法在浏览器中读取。`
		);
	}
	try {
		return gunzipSync(bytes);
	} catch {
		throw new ImportError('这个 gzip 压缩文件已损坏或不完整，无法解压。请重新下载后再试。');
	}
}

export function formatOf(bytes: Uint8Array): TableFormat {
	return looksLikeSpreadsheet(bytes) ? 'xlsx' : 'text';
}

type ValueKind = 'empty' | 'number' | 'date' | 'text';

function kindOf(value: string): ValueKind {
	const text = value.trim();
	if (!text) return 'empty';
	if (parseAmount(text) !== null) return 'number';
	if (parseDay(text) !== null) return 'date';
	return 'text';
}

/**
 * Whether the first row is data rather than a header: it has a number or a date, and none of its
 * cells is text over a column whose other values are mostly numbers or dates. A table of text
 * columns only cannot tell, and is taken to have a header, the usual case.
 */
export function looksLikeData(
	first: readonly string[],
	rest: readonly (readonly string[])[]
): boolean {
	const kinds = first.map(kindOf);
	if (!kinds.some((k) => k === 'number' || k === 'date')) return false;
	for (let column = 0; column < first.length; column++) {
		if (kinds[column] !== 'text') continue;
		const below = rest.map((row) => kindOf(row[column] ?? '')).filter((k) => k !== 'empty');
		const typed = below.filter((k) => k === 'number' || k === 'date').length;
		if (below.length && typed >= below.length * 0.8) return false;
	}
	return true;
}

function tooManyColumns(width: number, line: number): ImportError {
	return new ImportError(
		`第 ${line} 行分出了 ${width.toLocaleString('zh-CN')} 列，表格不会有这么多列：分隔符可能识别错了，或文件不是表格。请检查文件，或另存为 CSV（逗号分隔）后再导入。`,
		{ line }
	);
}

/** Names for the columns: the header's (unique, 第 N 列 for empty ones), or numbers. */
function columnNames(header: readonly string[] | null, width: number): string[] {
	if (!header) return numberedColumns(width);
	const names = cleanHeader(header);
	for (let i = names.length; i < width; i++) names.push(columnLabel(i));
	return cleanHeader(names);
}

// ——— Text ———

interface TextRows {
	encoding: DetectedEncoding;
	delimiter: string;
	rows: { fields: string[]; line: number }[];
	/** Whether the rows are all of the file. */
	complete: boolean;
	estimate: (dataRows: number) => number;
}

function textStart(bytes: Uint8Array, options: TableOptions): TextRows {
	const start = decodeStart(bytes, options.encoding ?? 'auto');
	if (!start.text.trim()) throw new ImportError('文件里没有任何内容（只有空白）。');
	const cut = start.complete ? start.text.length : lastLineBreak(start.text);
	if (cut < 0) {
		throw new ImportError(
			`第 1 行读到 ${Math.round(start.text.length / 1024)} KB 还没有换行：这不像每行一条记录的表格文件（可能缺少换行符）。`,
			{ line: 1 }
		);
	}
	const text = start.text.slice(0, cut);
	if (!text.trim()) throw new ImportError('文件里没有任何内容（只有空白）。');
	const delimiter = options.delimiter ?? delimiterOf(text);
	const rows: { fields: string[]; line: number }[] = [];
	try {
		forEachRow([text], delimiter, (fields, line) => {
			if (fields.length > MAX_COLUMNS) throw tooManyColumns(fields.length, line);
			rows.push({ fields, line });
			if (rows.length > SAMPLE_ROWS) throw SAMPLE_DONE;
		});
	} catch (error) {
		if (error !== SAMPLE_DONE) throw error;
	}
	const complete = start.complete && rows.length <= SAMPLE_ROWS;
	return {
		encoding: start.encoding,
		delimiter,
		rows,
		complete,
		estimate: (dataRows) =>
			start.complete
				? countRows(text, delimiter) - (rows.length - dataRows)
				: estimateRows(text, start.text.length, start.bytes, bytes.length) -
					(rows.length - dataRows)
	};
}

const SAMPLE_DONE = Symbol('sample done');

function lastLineBreak(text: string): number {
	return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
}

/** Rows in the whole file: the lines of the decoded start scaled by size (any encoding). */
function estimateRows(
	sample: string,
	decodedChars: number,
	decodedBytes: number,
	fileBytes: number
): number {
	const sampleBytes = (decodedBytes * sample.length) / decodedChars;
	const lines = sample.split('\n').length;
	return Math.round((fileBytes / sampleBytes) * lines);
}

function countRows(text: string, delimiter: string): number {
	let rows = 0;
	forEachRow([text], delimiter, () => rows++);
	return rows;
}

function delimiterOf(text: string): string {
	const delimiter = detectDelimiter(text.slice(0, 65_536));
	if (delimiter === null) {
		const lines = text.split(/\r?\n|\r/);
		const line = lines.findIndex((l) => l.trim() !== '') + 1;
		throw new ImportError(
			`只识别出一列（第 ${line} 行：「${lines[line - 1].trim().slice(0, 60)}」）：找不到逗号、制表符、分号、竖线或空格分隔的列。表格至少要有两列，交易文件要有客户编号、日期和金额三列。`,
			{ line }
		);
	}
	return delimiter;
}

// ——— Workbooks ———

/** Date cells as the text parsers read them: 2024-01-05, with the time when there is one. */
export function cellText(value: CellValue): string {
	if (value === null) return '';
	if (value instanceof Date) {
		const iso = value.toISOString();
		const time = iso.slice(11, 19);
		return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return String(value);
}

interface SheetTable {
	sheets: string[];
	sheet: Sheet;
	/** Rows as text, merged ranges filled, title rows above the table left out. */
	rows: { fields: string[]; line: number }[];
	/** How many of the first rows form the header when it spans several rows (merged cells). */
	headerRows: number;
	notes: string[];
}

function sheetTable(bytes: Uint8Array, options: TableOptions, maxRows = Infinity): SheetTable {
	const workbook = readWorkbook(bytes);
	const sheet = workbook.sheet(options.sheet ?? 1, { maxRows });
	const notes: string[] = [];
	const rows = sheet.rows.map((r) => ({ fields: r.cells.map(cellText), line: r.row }));
	const indexOfLine = new Map(rows.map((r, i) => [r.line, i]));
	for (const range of sheet.merges) {
		const top = indexOfLine.get(range.top + 1);
		if (top === undefined) continue;
		const value = rows[top].fields[range.left] ?? '';
		for (let line = range.top + 1; line <= range.bottom + 1; line++) {
			const row = rows[indexOfLine.get(line) ?? -1];
			if (!row) continue;
			for (let column = range.left; column <= range.right; column++) {
				while (row.fields.length <= column) row.fields.push('');
				row.fields[column] = value;
			}
		}
	}
	// A title above the table ("2024 年交易明细", often merged across) is one cell over a wider row.
	const filled = (fields: string[]) => new Set(fields.filter((f) => f.trim() !== '')).size;
	while (rows.length > 2 && filled(rows[0].fields) === 1 && filled(rows[1].fields) >= 2) {
		notes.push(
			`第 ${rows[0].line} 行「${rows[0].fields.find((f) => f.trim())}」看起来是标题，没有读作表头`
		);
		rows.shift();
	}
	let headerRows = 1;
	if (rows.length) {
		const first = rows[0].line - 1;
		for (const range of sheet.merges) {
			if (range.top === first && range.bottom > range.top) {
				headerRows = Math.max(headerRows, range.bottom - range.top + 1);
			}
		}
		headerRows = Math.min(headerRows, 3, rows.length);
		if (headerRows > 1 && rows[headerRows - 1].line !== rows[0].line + headerRows - 1)
			headerRows = 1;
	}
	if (sheet.formulasWithoutValue) {
		notes.push(
			`有 ${sheet.formulasWithoutValue.toLocaleString('zh-CN')} 个公式单元格没有保存计算结果，读作空白；在 Excel 中打开并保存一次即可`
		);
	}
	return { sheets: workbook.sheets, sheet, rows, headerRows, notes };
}

/** The header rows of a workbook joined per column: 交易 + 金额 → 交易 金额. */
function joinedHeader(rows: { fields: string[] }[], count: number): string[] {
	const width = Math.max(...rows.slice(0, count).map((r) => r.fields.length));
	return Array.from({ length: width }, (_, column) => {
		const parts: string[] = [];
		for (let r = 0; r < count; r++) {
			const part = (rows[r].fields[column] ?? '').trim();
			if (part && parts[parts.length - 1] !== part) parts.push(part);
		}
		return parts.join(' ');
	});
}

// ——— Both ———

/** Throws ImportError for empty, binary, unreadable or header-only tables. */
export function inspectTable(input: Uint8Array, options: TableOptions = {}): TableInspection {
	const bytes = unwrapGzip(input);
	if (formatOf(bytes) === 'xlsx') return inspectSheet(bytes, options);
	const start = textStart(bytes, options);
	const rows = start.rows;
	if (!rows.length) throw new ImportError('文件里没有任何内容（只有空白）。');
	const headerGuessed = options.header === undefined;
	const hasHeader =
		options.header ??
		!looksLikeData(
			rows[0].fields,
			rows.slice(1).map((r) => r.fields)
		);
	const dataRows = hasHeader ? rows.slice(1) : rows;
	if (!dataRows.length) {
		if (!start.complete) {
			const line = rows[0].line + 1;
			throw new ImportError(
				`第 ${line} 行读到 64 KB 还没有换行：这不像每行一条记录的表格文件（可能缺少换行符）。`,
				{ line }
			);
		}
		throw new ImportError(
			`文件里只有表头（第 ${rows[0].line} 行：${listNames(cleanHeader(rows[0].fields))}），没有数据行。`,
			{ line: rows[0].line }
		);
	}
	const width = Math.max(...rows.slice(0, PREVIEW_ROWS + 1).map((r) => r.fields.length));
	return {
		format: 'text',
		encoding: start.encoding,
		delimiter: start.delimiter,
		sheets: [],
		sheet: null,
		hasHeader,
		headerGuessed,
		header: columnNames(hasHeader ? rows[0].fields : null, width),
		preview: dataRows.slice(0, PREVIEW_ROWS).map((r) => r.fields),
		rowCountEstimate: Math.max(dataRows.length, start.estimate(dataRows.length)),
		notes: []
	};
}

/**
 * Without a chosen sheet, the first one with data: a workbook often opens with a notes or cover
 * sheet. The note says so; when no sheet has data, the first sheet's problem is reported.
 */
function inspectSheet(bytes: Uint8Array, options: TableOptions): TableInspection {
	if (options.sheet !== undefined) return inspectOneSheet(bytes, options);
	const sheets = readWorkbook(bytes).sheets;
	let firstProblem: unknown;
	for (let i = 0; i < sheets.length; i++) {
		try {
			const inspection = inspectOneSheet(bytes, { ...options, sheet: i + 1 });
			if (i > 0) {
				inspection.notes.unshift(
					`第一个工作表“${sheets[0]}”没有可用的数据，已改读“${inspection.sheet}”`
				);
			}
			return inspection;
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			firstProblem ??= error;
		}
	}
	throw firstProblem;
}

function inspectOneSheet(bytes: Uint8Array, options: TableOptions): TableInspection {
	const table = sheetTable(bytes, options, SAMPLE_ROWS + 4);
	const { rows, sheet } = table;
	if (!rows.length) {
		throw new ImportError(
			`工作表“${sheet.name}”是空的。${table.sheets.length > 1 ? '请选择另一个工作表。' : ''}`
		);
	}
	const widest = Math.max(...rows.map((r) => r.fields.length));
	if (widest > MAX_COLUMNS) throw tooManyColumns(widest, rows[0].line);
	const headerGuessed = options.header === undefined;
	const hasHeader =
		options.header ??
		(table.headerRows > 1 ||
			!looksLikeData(
				rows[0].fields,
				rows.slice(1).map((r) => r.fields)
			));
	const headerRows = hasHeader ? table.headerRows : 0;
	const dataRows = rows.slice(headerRows);
	if (!dataRows.length) {
		throw new ImportError(
			`工作表“${sheet.name}”只有表头（第 ${rows[0].line} 行：${listNames(cleanHeader(rows[0].fields))}），没有数据行。`,
			{ line: rows[0].line }
		);
	}
	const notes = [...table.notes];
	if (headerRows > 1)
		notes.push(`表头占 ${headerRows} 行（有合并单元格），已把每列的各行名称连起来`);
	const lastLine = rows[rows.length - 1].line;
	const declared = sheet.truncated && sheet.lastRow ? sheet.lastRow : lastLine;
	return {
		format: 'xlsx',
		encoding: 'utf-8',
		delimiter: '',
		sheets: table.sheets,
		sheet: sheet.name,
		hasHeader,
		headerGuessed,
		header: columnNames(hasHeader ? joinedHeader(rows, headerRows) : null, widest),
		preview: dataRows.slice(0, PREVIEW_ROWS).map((r) => r.fields),
		rowCountEstimate: sheet.truncated
			? Math.max(dataRows.length, declared - (dataRows[0].line - 1))
			: dataRows.length,
		notes
	};
}

export interface TableScan {
	format: TableFormat;
	encoding: DetectedEncoding;
	delimiter: string;
	sheet: string | null;
	hasHeader: boolean;
	/** Column names, as inspectTable gives them. */
	header: string[];
}

/** A data row: its fields, the 1-based line (or sheet row) it starts on, a quoting problem. */
export type DataRowHandler = (fields: string[], line: number, problem: string | undefined) => void;

export interface ScanOptions extends TableOptions {
	/** Called with the column names (and the delimiter, '' for a sheet) before the first data row. */
	onHeader?: (names: string[], delimiter: string) => void;
	/** The fraction of the table read so far. */
	onFraction?: (fraction: number) => void;
}

/** Calls `onRow` for every non-blank data row in order (the header row is not one). */
export function scanTable(
	input: Uint8Array,
	options: ScanOptions,
	onRow: DataRowHandler
): TableScan {
	const bytes = unwrapGzip(input);
	if (formatOf(bytes) === 'xlsx') return scanSheet(bytes, options, onRow);
	const { encoding, pieces } = openText(bytes, options.encoding ?? 'auto', options.onFraction);
	const first = pieces.next();
	if (first.done) throw new ImportError('文件里没有任何内容（只有空白）。');
	const delimiter = options.delimiter ?? delimiterOf(first.value);
	const hasHeader = options.header ?? inspectTable(bytes, { ...options, delimiter }).hasHeader;
	let header: string[] | undefined;
	forEachRow(withFirst(first.value, pieces), delimiter, (fields, line, problem) => {
		if (!header) {
			if (fields.length > MAX_COLUMNS) throw tooManyColumns(fields.length, line);
			header = columnNames(hasHeader ? fields : null, fields.length);
			options.onHeader?.(header, delimiter);
			if (hasHeader) return;
		}
		onRow(fields, line, problem);
	});
	if (!header) throw new ImportError('文件里没有任何内容（只有空白）。');
	return { format: 'text', encoding, delimiter, sheet: null, hasHeader, header };
}

function* withFirst(first: string, rest: Iterator<string>): Generator<string> {
	yield first;
	for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function scanSheet(bytes: Uint8Array, options: ScanOptions, onRow: DataRowHandler): TableScan {
	const table = sheetTable(bytes, options);
	const { rows, sheet } = table;
	if (!rows.length) throw new ImportError(`工作表“${sheet.name}”是空的。`);
	const hasHeader =
		options.header ??
		(table.headerRows > 1 ||
			!looksLikeData(
				rows[0].fields,
				rows.slice(1, SAMPLE_ROWS + 1).map((r) => r.fields)
			));
	const headerRows = hasHeader ? table.headerRows : 0;
	const width = Math.max(...rows.slice(0, headerRows + 1).map((r) => r.fields.length));
	const header = columnNames(hasHeader ? joinedHeader(rows, headerRows) : null, width);
	options.onHeader?.(header, '');
	const step = Math.max(1, Math.floor(rows.length / 20));
	for (let i = headerRows; i < rows.length; i++) {
		onRow(rows[i].fields, rows[i].line, undefined);
		if (i % step === 0) options.onFraction?.(i / rows.length);
	}
	options.onFraction?.(1);
	return { format: 'xlsx', encoding: 'utf-8', delimiter: '', sheet: sheet.name, hasHeader, header };
}

/**
 * The table as CSV text with its header row, for parsers that take text (the CLV lab's summary
 * files): a text file decoded as it is, a workbook's sheet written out.
 */
export function tableAsCsv(input: Uint8Array, options: TableOptions = {}): string {
	const bytes = unwrapGzip(input);
	if (formatOf(bytes) === 'text') {
		return [...openText(bytes, options.encoding ?? 'auto').pieces].join('');
	}
	const rows: string[][] = [];
	scanTable(bytes, { ...options, header: true, onHeader: (names) => rows.push(names) }, (fields) =>
		rows.push(fields)
	);
	return Papa.unparse(rows);
}
