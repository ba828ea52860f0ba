/**
 * Excel workbooks (.xlsx, Office Open XML) read without a spreadsheet library: the file is a zip
 * (fflate inflates only the parts needed) of machine-written XML, scanned here with regular
 * expressions — a sheet of 100,000 rows never becomes a DOM. Runs the same in a Web Worker, the
 * page and Node. Any lab can use it: `readWorkbook(bytes)` lists the sheets, `.sheet(name)` gives
 * rows of typed cells.
 *
 * What it takes care of: shared and inline strings (rich text runs joined, phonetic guides left
 * out), numbers as numbers, date cells (a serial number with a date format, 1900 and 1904 date
 * systems) as Dates, formulas as their cached values, booleans, error values as their text, merged
 * ranges (reported, for the caller to fill), namespace prefixes (`<x:c>`) and cells or rows
 * written without their `r` address. Encrypted workbooks, old binary .xls, .xlsb and .ods files
 * get a Chinese message saying what to do.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { ImportError } from './import-error';

/** A cell's value: text, a number, a date (UTC), TRUE/FALSE, or null when the cell is empty. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
	/** 1-based row number as Excel shows it. */
	row: number;
	/** By column, 0 = A; missing cells are null. */
	cells: CellValue[];
}

/** A merged range, 0-based and inclusive: the value sits in its top-left cell. */
export interface CellRange {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

export interface Sheet {
	name: string;
	/** Rows that have at least one cell, in order (an empty row is skipped, its number kept). */
	rows: SheetRow[];
	merges: CellRange[];
	/** Formula cells saved without a computed value (their cell is null). */
	formulasWithoutValue: number;
	/** True when reading stopped at `maxRows`. */
	truncated: boolean;
	/** The last row number the sheet declares (its <dimension>), for estimates; null if absent. */
	lastRow: number | null;
}

export interface Workbook {
	/** Names of the worksheets in workbook order (chart sheets are left out). */
	sheets: string[];
	/** Reads one worksheet by name or 1-based position; `maxRows` stops early (for a preview). */
	sheet(which: string | number, options?: { maxRows?: number }): Sheet;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Larger parts are refused rather than inflated: a sheet of a million rows is about 100 MB. */
const MAX_PART_BYTES = 400 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Whether the bytes are a zip or an OLE2 compound file, the two containers Office files use. */
export function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
	return startsWith(bytes, ZIP) || startsWith(bytes, CFB);
}

const SAVE_AS =
	'请在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（.xlsx）或 CSV（逗号分隔）后再导入。';

/** An OLE2 file is either an encrypted .xlsx (password to open) or an old binary .xls. */
function rejectCompoundFile(bytes: Uint8Array): never {
	if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
		throw new ImportError(
			'这个 Excel 工作簿设置了打开密码（已加密），无法读取。请在 Excel 中打开它，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清空密码并保存，或另存一份不加密的副本后再导入。'
		);
	}
	throw new ImportError(`这是旧版 Excel 工作簿（.xls，二进制格式），无法直接读取。${SAVE_AS}`);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
	const pattern = new Uint8Array(text.length * 2);
	for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
	const first = pattern[0];
	outer: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
		if (i + pattern.length > bytes.length) return false;
		for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
		return true;
	}
	return false;
}

const decoder = new TextDecoder();

function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
	try {
		return unzipSync(bytes, {
			filter: (file) => {
				if (!wanted(file.name)) return false;
				if (file.originalSize > MAX_PART_BYTES) {
					throw new ImportError(
						`工作簿中的“${file.name}”解压后超过 ${MAX_PART_BYTES / 1024 / 1024} MB，太大了，无法在浏览器中读取。请把数据分成几个文件，或另存为 CSV。`
					);
				}
				return true;
			}
		});
	} catch (error) {
		if (error instanceof ImportError) throw error;
		throw new ImportError(
			'这个 zip / Excel 文件已损坏或不完整（可能没有下载完），无法解压。请重新保存或下载后再试。'
		);
	}
}

/** Reads the workbook's structure; throws ImportError when the bytes are not a usable .xlsx. */
export function readWorkbook(bytes: Uint8Array): Workbook {
	if (startsWith(bytes, CFB)) rejectCompoundFile(bytes);
	if (!startsWith(bytes, ZIP)) {
		throw new ImportError('这不是 Excel 工作簿（.xlsx）：文件开头没有 xlsx 的 zip 标记。');
	}
	const names: string[] = [];
	const small = unzipParts(bytes, (name) => {
		names.push(name);
		return (
			name === 'xl/workbook.xml' ||
			name === 'xl/_rels/workbook.xml.rels' ||
			name === 'xl/styles.xml' ||
			name === 'mimetype'
		);
	});
	const workbookXml = small['xl/workbook.xml'];
	if (!workbookXml) throw notAWorkbook(names, small);
	const workbook = decoder.decode(workbookXml);
	const rels = relationships(
		decoder.decode(small['xl/_rels/workbook.xml.rels'] ?? new Uint8Array())
	);
	const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
	const dateStyles = dateStyleIndexes(decoder.decode(small['xl/styles.xml'] ?? new Uint8Array()));
	const entries: { name: string; path: string }[] = [];
	for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
		const attrs = match[1];
		const name = xmlText(attribute(attrs, 'name') ?? '');
		const id = attribute(attrs, 'r:id') ?? attribute(attrs, 'id', true);
		const rel = id ? rels.get(id) : undefined;
		if (!rel || !/\/worksheet$/.test(rel.type)) continue;
		entries.push({ name, path: partPath(rel.target) });
	}
	if (!entries.length) throw new ImportError('这个 Excel 工作簿里没有工作表（只有图表或是空的）。');
	let sharedStrings: string[] | undefined;
	return {
		sheets: entries.map((e) => e.name),
		sheet(which, options = {}) {
			const entry =
				typeof which === 'number'
					? entries[which - 1]
					: (entries.find((e) => e.name === which) ??
						entries.find((e) => e.name.trim() === which.trim()));
			if (!entry) {
				throw new ImportError(
					`工作簿里没有${typeof which === 'number' ? `第 ${which} 个` : `名为“${which}”的`}工作表；工作表有：${entries.map((e) => `“${e.name}”`).join('、')}（共 ${entries.length} 个）。`
				);
			}
			const parts = unzipParts(
				bytes,
				(name) =>
					name === entry.path || (sharedStrings === undefined && name === 'xl/sharedStrings.xml')
			);
			sharedStrings ??= readSharedStrings(
				decoder.decode(parts['xl/sharedStrings.xml'] ?? new Uint8Array())
			);
			const xml = parts[entry.path];
			if (!xml) throw new ImportError(`工作表“${entry.name}”在文件中缺失，工作簿可能已损坏。`);
			return readSheet(decoder.decode(xml), entry.name, {
				sharedStrings,
				dateStyles,
				date1904,
				maxRows: options.maxRows ?? Infinity
			});
		}
	};
}

function notAWorkbook(names: string[], parts: Unzipped): ImportError {
	if (names.includes('xl/workbook.bin')) {
		return new ImportError(`这是 Excel 二进制工作簿（.xlsb），无法直接读取。${SAVE_AS}`);
	}
	const mimetype = parts.mimetype ? decoder.decode(parts.mimetype) : '';
	if (mimetype.includes('opendocument.spreadsheet')) {
		return new ImportError(`这是 OpenDocument 表格（.ods），无法直接读取。${SAVE_AS}`);
	}
	if (names.some((n) => n.startsWith('word/')))
		return new ImportError('这是 Word 文档（.docx），不是表格文件。');
	if (names.some((n) => n.startsWith('ppt/')))
		return new ImportError('这是 PowerPoint 演示文稿（.pptx），不是表格文件。');
	return new ImportError(
		'这是 zip 压缩包，不是 Excel 工作簿：请先解压，再导入其中的 CSV 或 Excel 文件。'
	);
}

interface Relationship {
	target: string;
	type: string;
}

function relationships(xml: string): Map<string, Relationship> {
	const map = new Map<string, Relationship>();
	for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
		const id = attribute(match[1], 'Id');
		const target = attribute(match[1], 'Target');
		if (id && target)
			map.set(id, { target: xmlText(target), type: attribute(match[1], 'Type') ?? '' });
	}
	return map;
}

/** Targets are relative to xl/ or absolute from the package root. */
function partPath(target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = ['xl'];
	for (const piece of target.split('/')) {
		if (piece === '..') parts.pop();
		else if (piece !== '.') parts.push(piece);
	}
	return parts.join('/');
}

/** The value of an attribute; `anyPrefix` also matches it under any namespace prefix. */
function attribute(attrs: string, name: string, anyPrefix = false): string | undefined {
	const key = anyPrefix ? `*${name}` : name;
	let pattern = ATTRIBUTE_PATTERNS.get(key);
	if (!pattern) {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const prefix = anyPrefix ? '(?:\\w+:)?' : '';
		pattern = new RegExp(`(?:^|\\s)${prefix}${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
		ATTRIBUTE_PATTERNS.set(key, pattern);
	}
	const match = pattern.exec(attrs);
	return match ? (match[1] ?? match[2]) : undefined;
}

/** Compiled once per attribute name: a sheet's cells ask for r, s and t a million times. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities and Excel's own escapes (_x000D_ for a carriage return) decoded. */
export function xmlText(raw: string): string {
	let text = raw;
	if (text.includes('&')) {
		text = text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
			if (name[0] === '#') {
				const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
				return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name] ?? whole;
		});
	}
	if (text.includes('_x')) {
		text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
			String.fromCharCode(parseInt(hex, 16))
		);
	}
	return text;
}

/** The text of every <t> in an <si> or <is>, phonetic guides (<rPh>) left out. */
function runText(xml: string): string {
	const body = xml.includes('rPh')
		? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
		: xml;
	let text = '';
	for (const match of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) {
		text += match[1];
	}
	return xmlText(text);
}

function readSharedStrings(xml: string): string[] {
	const strings: string[] = [];
	for (const match of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
		strings.push(match[1] === undefined ? '' : runText(match[1]));
	}
	return strings;
}

/**
 * Built-in number formats that show a date: 14–17 and 22 everywhere, 27–36 and 50–58 in Chinese,
 * Japanese and Korean Excel (年月日 formats). 18–21 and 45–47 are times of day only.
 */
const BUILT_IN_DATE_FORMATS = new Set([
	14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58
]);

/** Whether a format code shows a date (y, d, or m without hours or seconds), quoted text ignored. */
export function isDateFormat(code: string): boolean {
	const bare = code
		.split(';')[0]
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/\[(?:h+|m+|s+)\]/gi, 'h')
		.replace(/\[[^\]]*\]/g, '')
		.toLowerCase();
	if (/^(general|@)$/.test(bare.trim())) return false;
	if (/[yde]/.test(bare.replace(/am\/pm|a\/p/g, ''))) return true;
	return /m/.test(bare) && !/[hs]/.test(bare);
}

/** Indexes (the `s` attribute of a cell) of the cell formats that show dates. */
function dateStyleIndexes(xml: string): Set<number> {
	const custom = new Map<number, string>();
	for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
		const id = Number(attribute(match[1], 'numFmtId'));
		const code = attribute(match[1], 'formatCode');
		if (Number.isFinite(id) && code !== undefined) custom.set(id, xmlText(code));
	}
	const styles = new Set<number>();
	const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
	if (!cellXfs) return styles;
	let index = 0;
	for (const match of cellXfs[1].matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)) {
		const id = Number(attribute(match[1], 'numFmtId') ?? 0);
		const code = custom.get(id);
		if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id)) styles.add(index);
		index++;
	}
	return styles;
}

const DAY_MS = 86_400_000;
/** 1899-12-30, the day Excel's serial 0 stands for (its 1900 leap-year bug makes it not 12-31). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as a UTC Date, to the second (floating point leaves 23:59:59.9999). */
export function excelDate(serial: number, date1904 = false): Date {
	// Serials 1–59 are Jan–Feb 1900, before Excel's phantom 29 February 1900.
	const days = !date1904 && serial < 60 ? serial + 1 : serial;
	const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS;
	return new Date(Math.round(ms / 1000) * 1000);
}

/** "C12" → column 2 (0-based); -1 when there are no letters. */
function columnOf(ref: string): number {
	let column = 0;
	let i = 0;
	for (; i < ref.length; i++) {
		const code = ref.charCodeAt(i);
		const upper = code >= 97 ? code - 32 : code;
		if (upper < 65 || upper > 90) break;
		column = column * 26 + (upper - 64);
	}
	return i === 0 ? -1 : column - 1;
}

function rangeOf(ref: string): CellRange | null {
	const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
	if (!match) return null;
	const top = Number(match[2]) - 1;
	const left = columnOf(match[1]);
	return {
		top,
		left,
		bottom: match[4] ? Number(match[4]) - 1 : top,
		right: match[3] ? columnOf(match[3]) : left
	};
}

interface SheetContext {
	sharedStrings: string[];
	dateStyles: Set<number>;
	date1904: boolean;
	maxRows: number;
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const FORMULA = /<(?:\w+:)?f\b/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

function readSheet(xml: string, name: string, context: SheetContext): Sheet {
	const { sharedStrings, dateStyles, date1904, maxRows } = context;
	const rows: SheetRow[] = [];
	let formulasWithoutValue = 0;
	let truncated = false;
	let rowNumber = 0;
	const dataStart = xml.search(/<(?:\w+:)?sheetData\b/);
	ROW.lastIndex = dataStart < 0 ? 0 : dataStart;
	for (let row = ROW.exec(xml); row; row = ROW.exec(xml)) {
		const r = attribute(row[1], 'r');
		rowNumber = r ? Number(r) : rowNumber + 1;
		const body = row[2];
		if (!body) continue;
		const cells: CellValue[] = [];
		let column = -1;
		let any = false;
		CELL.lastIndex = 0;
		for (let cell = CELL.exec(body); cell; cell = CELL.exec(body)) {
			const attrs = cell[1];
			const ref = attribute(attrs, 'r');
			const at = ref ? columnOf(ref) : -1;
			column = at >= 0 ? at : column + 1;
			const inner = cell[2];
			if (!inner) continue;
			const type = attribute(attrs, 't') ?? 'n';
			let value: CellValue = null;
			if (type === 'inlineStr') {
				const inline = INLINE.exec(inner);
				value = inline ? runText(inline[1]) : null;
			} else {
				const raw = VALUE.exec(inner)?.[1];
				if (raw === undefined) {
					if (FORMULA.test(inner)) formulasWithoutValue++;
				} else if (type === 's') value = sharedStrings[Number(raw)] ?? '';
				else if (type === 'str' || type === 'e') value = xmlText(raw);
				else if (type === 'b') value = raw.trim() === '1';
				else if (type === 'd') {
					const date = new Date(raw.trim());
					value = Number.isNaN(date.getTime()) ? xmlText(raw) : date;
				} else {
					const number = Number(raw);
					if (!Number.isFinite(number) || raw.trim() === '') value = xmlText(raw);
					else {
						const style = Number(attribute(attrs, 's') ?? 0);
						value = dateStyles.has(style) ? excelDate(number, date1904) : number;
					}
				}
			}
			if (value === null || value === '') continue;
			while (cells.length < column) cells.push(null);
			cells[column] = value;
			any = true;
		}
		if (!any) continue;
		if (rows.length >= maxRows) {
			truncated = true;
			break;
		}
		rows.push({ row: rowNumber, cells });
	}
	const merges: CellRange[] = [];
	// Merged ranges follow the cell data; a preview that stopped early looks for them from the end.
	const dataEnd = xml.lastIndexOf('sheetData>');
	const mergeStart = xml.indexOf('mergeCell', dataEnd < 0 ? 0 : dataEnd);
	if (mergeStart >= 0) {
		for (const match of xml.slice(mergeStart - 1).matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
			const range = rangeOf(attribute(match[1], 'ref') ?? '');
			if (range) merges.push(range);
		}
	}
	ROW.lastIndex = 0;
	const dimension = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]*)"/.exec(
		xml.slice(0, dataStart < 0 ? 2000 : dataStart)
	);
	const declared = dimension ? rangeOf(dimension[1].split(':').pop() ?? '') : null;
	const lastRow = declared ? declared.bottom + 1 : null;
	return { name, rows, merges, formulasWithoutValue, truncated, lastRow };
}
