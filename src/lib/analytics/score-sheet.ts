/**
 * A plain score sheet as any LMS exports it — first column the student, then one column per item —
 * turned into the matrix item analysis reads. `readScoreSheet` takes a CSV or an Excel workbook
 * through the shared importer (encodings, delimiters, quoted fields, the first sheet's cells) and
 * hands its rows to `scoreSheetFromRows`.
 *
 * An optional row whose first cell is 满分 (or "max", "full marks", "满分值") gives each item's
 * full marks; otherwise the caller supplies them. Every problem names its row and column.
 */
import { openText, type EncodingChoice } from './import/decode';
import { ImportError } from './import/import-error';
import { detectDelimiter, forEachRow } from './import/rows';
import { formatOf, scanTable, unwrapGzip } from './import/table';
import { ModelError } from './model-error';
import type { ScoreMatrix } from './item-analysis';

/** One row of a sheet: its cells as text and its 1-based row (line) number in the file. */
export interface SheetRow {
	cells: readonly string[];
	line: number;
}

export interface ScoreSheet {
	/** Heading of the first column, e.g. 学号 or 姓名. */
	studentHeading: string;
	/** Item names from the header; an empty heading becomes 「第 N 列」, a repeated one 「名称 (2)」. */
	items: string[];
	/** Full marks from a 满分 row, or null when the sheet has none. */
	max: number[] | null;
	students: { name: string; line: number }[];
	/** scores[s][i]: student s on item i. */
	scores: number[][];
}

/** Students and items a sheet may hold; a class list, not a data set. */
export const SHEET_LIMITS = { students: 5000, items: 200 } as const;

const MAX_ROW = /^(满分|满分值|总分值|max|maximum|fullmarks|outof)$/;
const MAX_PROBLEMS_LISTED = 5;

/** A score as spreadsheets and people write it: 「7」, 「7.5」, 「７．５」, 「7,5」 (decimal comma). */
export function parseScore(text: string): number | null {
	const cleaned = text
		.normalize('NFKC')
		.trim()
		.replace(/^(\d+),(\d+)$/, '$1.$2');
	if (!/^\+?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
	const value = Number(cleaned);
	return Number.isFinite(value) ? value : null;
}

/** Headings as shown: empty ones named by position, repeated ones numbered (Excel's trailing `,,`). */
function itemNames(headings: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return headings.map((raw, i) => {
		const base = raw.trim() || `第 ${i + 2} 列`;
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count > 1 ? `${base} (${count})` : base;
	});
}

const isBlank = (cell: string | undefined) => cell === undefined || cell.trim() === '';

/**
 * A score sheet from rows (the first row is the header). Empty trailing columns — a heading and
 * every cell blank — are dropped. Throws ModelError listing the first few problems by row and
 * column.
 */
export function scoreSheetFromRows(rows: readonly SheetRow[]): ScoreSheet {
	const nonBlank = rows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
	if (!nonBlank.length) throw new ModelError('成绩表是空的：没有表头，也没有学生。');
	const [header, ...body] = nonBlank;
	let width = header.cells.length;
	// Trailing columns with no heading and no values (spreadsheets often add them).
	while (
		width > 1 &&
		isBlank(header.cells[width - 1]) &&
		body.every((r) => isBlank(r.cells[width - 1]))
	) {
		width -= 1;
	}
	if (width < 2) {
		throw new ModelError(
			`成绩表只有一列（第 ${header.line} 行）：第一列应是学生，后面每题一列。请检查分隔符是否为逗号或制表符。`
		);
	}
	if (width - 1 > SHEET_LIMITS.items) {
		throw new ModelError(`成绩表有 ${width - 1} 个题目列，超过上限 ${SHEET_LIMITS.items}。`);
	}
	const items = itemNames(header.cells.slice(1, width));
	const problems: string[] = [];
	const where = (line: number, column: number) =>
		`第 ${line} 行「${column === 0 ? '学生' : items[column - 1]}」列`;

	let max: number[] | null = null;
	const students: ScoreSheet['students'] = [];
	const scores: number[][] = [];
	for (const row of body) {
		const first = (row.cells[0] ?? '').trim();
		const isMaxRow = MAX_ROW.test(first.normalize('NFKC').toLowerCase().replace(/\s/g, ''));
		if (row.cells.length > width && row.cells.slice(width).some((cell) => !isBlank(cell))) {
			problems.push(`第 ${row.line} 行有 ${row.cells.length} 列，比表头多：多出的列没有题目名`);
			continue;
		}
		if (!isMaxRow && !first) {
			problems.push(`${where(row.line, 0)}是空的：每行第一列须是学生的学号或姓名`);
			continue;
		}
		const values: number[] = [];
		for (let column = 1; column < width; column++) {
			const cell = row.cells[column] ?? '';
			const value = parseScore(cell);
			if (isBlank(cell)) {
				problems.push(`${where(row.line, column)}是空的：没得分请填 0`);
			} else if (value === null) {
				problems.push(
					`${where(row.line, column)}「${cell.trim().slice(0, 20)}」不是得分（须是不小于 0 的数）`
				);
			} else if (isMaxRow && value <= 0) {
				problems.push(`${where(row.line, column)}的满分须大于 0`);
			}
			values.push(value ?? 0);
		}
		if (isMaxRow) {
			if (max) problems.push(`第 ${row.line} 行是第二个满分行：只能有一行满分`);
			max = values;
		} else {
			students.push({ name: first, line: row.line });
			scores.push(values);
		}
		if (problems.length > 50) break;
	}
	if (!problems.length && !students.length) {
		throw new ModelError(`成绩表只有表头（第 ${header.line} 行），没有学生的得分。`);
	}
	if (students.length > SHEET_LIMITS.students) {
		throw new ModelError(`成绩表有 ${students.length} 名学生，超过上限 ${SHEET_LIMITS.students}。`);
	}
	if (max && !problems.length) {
		const full = max;
		scores.forEach((row, s) =>
			row.forEach((value, i) => {
				if (value > full[i] + 1e-9) {
					problems.push(`${where(students[s].line, i + 1)}得分 ${value} 超过满分 ${full[i]}`);
				}
			})
		);
	}
	if (problems.length) throw new ModelError(listProblems(problems));
	return { studentHeading: header.cells[0].trim() || '学生', items, max, students, scores };
}

function listProblems(problems: string[]): string {
	const shown = problems.slice(0, MAX_PROBLEMS_LISTED).join('；');
	const more = problems.length > MAX_PROBLEMS_LISTED ? `；等共 ${problems.length} 处` : '';
	return `成绩表有问题：${shown}${more}。成绩表没有导入，请改好后重试。`;
}

/**
 * Reads a score sheet: CSV or tab-separated text (encoding detection — UTF-8, GBK, UTF-16 —
 * delimiter detection, quoted fields, line numbers) or the first sheet of an .xlsx workbook (row
 * numbers as Excel shows them).
 */
export function readScoreSheet(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): ScoreSheet {
	const rows: SheetRow[] = [];
	const keep = (cells: readonly string[], line: number) => {
		rows.push({ cells, line });
		if (rows.length > SHEET_LIMITS.students + 10) {
			throw new ModelError(`成绩表超过 ${SHEET_LIMITS.students} 名学生的上限。`);
		}
	};
	try {
		const data = unwrapGzip(bytes);
		if (formatOf(data) === 'xlsx') {
			// Every row is data here: scoreSheetFromRows finds the heading and the 满分 row itself.
			scanTable(data, { header: false }, keep);
		} else {
			const text = [...openText(data, encoding).pieces].join('');
			forEachRow([text], detectDelimiter(text.slice(0, 65_536)) ?? ',', keep);
		}
	} catch (error) {
		if (error instanceof ImportError) throw new ModelError(error.message);
		throw error;
	}
	return scoreSheetFromRows(rows);
}

/**
 * The sheet with full marks as a matrix for `analyseItems`; a score above its item's full marks is
 * reported by row and column.
 */
export function sheetMatrix(sheet: ScoreSheet, max: readonly number[]): ScoreMatrix {
	if (max.length !== sheet.items.length) {
		throw new ModelError(`给了 ${max.length} 个满分，成绩表有 ${sheet.items.length} 道题。`);
	}
	const problems: string[] = [];
	max.forEach((m, i) => {
		if (!Number.isFinite(m) || m <= 0) problems.push(`「${sheet.items[i]}」的满分须是大于 0 的数`);
	});
	if (!problems.length) {
		sheet.scores.forEach((row, s) =>
			row.forEach((value, i) => {
				if (value > max[i] + 1e-9) {
					problems.push(
						`第 ${sheet.students[s].line} 行「${sheet.items[i]}」列得分 ${value} 超过满分 ${max[i]}`
					);
				}
			})
		);
	}
	if (problems.length) throw new ModelError(listProblems(problems));
	return { items: sheet.items.map((name, i) => ({ name, max: max[i] })), scores: sheet.scores };
}

/** A starting guess for full marks when the sheet has no 满分 row: each item's highest score. */
export const highestScores = (sheet: ScoreSheet) =>
	sheet.items.map((_, i) => Math.max(0, ...sheet.scores.map((row) => row[i])));
