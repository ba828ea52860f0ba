/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese), CRLF rows, and text cells that
 * would start a formula (= + - @, tab, CR) prefixed with an apostrophe. Numbers stay numbers: a
 * negative amount is written as -3, not '-3, because only strings are checked.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet; numbers and empty cells pass through. */
export function safeCell(value: CsvCell): CsvCell {
	return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows of named cells to CSV text with the given header order (BOM included). */
export function toCsv<Row extends Record<string, CsvCell>>(
	rows: readonly Row[],
	columns: readonly { key: keyof Row & string; label: string }[]
): string {
	const body = rows.map((row) => columns.map((column) => safeCell(row[column.key])));
	return `\uFEFF${Papa.unparse(
		{ fields: columns.map((column) => column.label), data: body },
		{ newline: '\r\n' }
	)}\r\n`;
}
