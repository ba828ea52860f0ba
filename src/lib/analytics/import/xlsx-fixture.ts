/**
 * Writes .xlsx workbooks laid out the way Excel saves them (shared strings, a styles part with
 * date formats, `r` addresses, `spans`, merged ranges, formulas with cached values), for tests,
 * the Playwright fixtures and the benchmark. Not used by the site itself.
 */
import { strToU8, zipSync } from 'fflate';

/** A date cell is written as a serial number with a date format, as Excel stores it. */
export interface DateCell {
	date: string;
	/** Excel's built-in 14 (m/d/yyyy, shown by locale) or a Chinese custom format. */
	format?: 'builtin' | 'chinese' | 'datetime';
}
export interface FormulaCell {
	formula: string;
	/** Omitted: saved without a computed value (some generators do that). */
	cached?: number | string;
}
export type FixtureCell = string | number | boolean | DateCell | FormulaCell | null;

export interface FixtureSheet {
	name: string;
	rows: FixtureCell[][];
	/** A1-style ranges, e.g. "A1:B1". */
	merges?: string[];
	/** Write strings inline (<is>) instead of in the shared string table. */
	inlineStrings?: boolean;
	/** Prefix every element with `x:`, as some .NET generators do. */
	prefixed?: boolean;
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

function serialOf(date: string, date1904: boolean): number {
	const [day, time = '00:00:00'] = date.split(/[ T]/);
	const ms = Date.parse(`${day}T${time}Z`);
	const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
	return (ms - epoch) / 86_400_000;
}

const STYLE = { builtin: 1, chinese: 2, datetime: 3 } as const;

function sheetXml(sheet: FixtureSheet, strings: Map<string, number>, date1904: boolean): string {
	const p = sheet.prefixed ? 'x:' : '';
	const rows = sheet.rows.map((cells, r) => {
		const body = cells
			.map((cell, c) => {
				const ref = `${columnName(c)}${r + 1}`;
				if (cell === null) return '';
				if (typeof cell === 'number') return `<${p}c r="${ref}"><${p}v>${cell}</${p}v></${p}c>`;
				if (typeof cell === 'boolean')
					return `<${p}c r="${ref}" t="b"><${p}v>${cell ? 1 : 0}</${p}v></${p}c>`;
				if (typeof cell === 'string') {
					if (sheet.inlineStrings)
						return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${escapeXml(cell)}</${p}t></${p}is></${p}c>`;
					if (!strings.has(cell)) strings.set(cell, strings.size);
					return `<${p}c r="${ref}" t="s"><${p}v>${strings.get(cell)}</${p}v></${p}c>`;
				}
				if ('date' in cell) {
					const style = STYLE[cell.format ?? 'builtin'];
					return `<${p}c r="${ref}" s="${style}"><${p}v>${serialOf(cell.date, date1904)}</${p}v></${p}c>`;
				}
				const type = typeof cell.cached === 'string' ? ' t="str"' : '';
				const cached =
					cell.cached === undefined ? '' : `<${p}v>${escapeXml(String(cell.cached))}</${p}v>`;
				return `<${p}c r="${ref}"${type}><${p}f>${escapeXml(cell.formula)}</${p}f>${cached}</${p}c>`;
			})
			.join('');
		return `<${p}row r="${r + 1}" spans="1:${Math.max(1, cells.length)}" x14ac:dyDescent="0.25">${body}</${p}row>`;
	});
	const merges = sheet.merges?.length
		? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<${p}mergeCell ref="${ref}"/>`).join('')}</${p}mergeCells>`
		: '';
	const ns = sheet.prefixed ? 'xmlns:x' : 'xmlns';
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><${p}dimension ref="A1"/><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews><${p}sheetFormatPr defaultRowHeight="15"/><${p}cols><${p}col min="1" max="1" width="12" customWidth="1"/></${p}cols><${p}sheetData>${rows.join('')}</${p}sheetData>${merges}<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${p}worksheet>`;
}

/** The bytes of an .xlsx file holding the given sheets. */
export function writeXlsx(
	sheets: FixtureSheet[],
	options: { date1904?: boolean } = {}
): Uint8Array {
	const date1904 = options.date1904 ?? false;
	const strings = new Map<string, number>();
	const sheetParts = sheets.map((sheet) => sheetXml(sheet, strings, date1904));
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
		),
		'_rels/.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${date1904 ? ' date1904="1"' : ''} defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029"/></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="yyyy/m/d\\ h:mm;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`
		)
	};
	sheetParts.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
	files['xl/sharedStrings.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${escapeXml(s)}</t></si>`).join('')}</sst>`
	);
	return zipSync(files);
}

/** An OLE2 compound file header followed by the named streams, enough to look like one. */
export function compoundFile(streams: string[]): Uint8Array {
	const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
	const bytes = new Uint8Array(1024);
	bytes.set(header);
	let at = 512;
	for (const name of streams) {
		for (let i = 0; i < name.length; i++) bytes[at + i * 2] = name.charCodeAt(i);
		at += 128;
	}
	return bytes;
}
