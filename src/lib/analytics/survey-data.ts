/**
 * A satisfaction survey in wide format — one row per respondent, one column per item — read
 * through the shared importer (CSV/TSV in UTF-8, GBK or UTF-16; an .xlsx sheet), then put on each
 * item's declared scale. Blank, non-numeric and out-of-range answers are not guessed at: each is
 * reported by row and column and left out, and the analyses use the respondents who answered
 * every item they need (listwise deletion, as SPSS and plspm do by default).
 */
import type { EncodingChoice } from './import/decode';
import { ImportError } from './import/import-error';
import { scanTable, type TableOptions } from './import/table';
import { ModelError } from './model-error';

/** Respondents and columns a survey may hold: a firm's wave, not a panel. */
export const SURVEY_LIMITS = { respondents: 20_000, columns: 200 } as const;

export interface SurveyTable {
	columns: string[];
	/** Row (line) number in the file of each respondent, as a spreadsheet shows it. */
	lines: number[];
	/** cells[r][c]: respondent r's answer to column c, as text. */
	cells: string[][];
}

/** Answer scales a survey item can declare. */
export const SCALES = {
	'1-5': { min: 1, max: 5, label: '1–5 分' },
	'1-7': { min: 1, max: 7, label: '1–7 分' },
	'1-10': { min: 1, max: 10, label: '1–10 分' },
	'0-10': { min: 0, max: 10, label: '0–10 分' }
} as const;
export type ScaleId = keyof typeof SCALES;
export const SCALE_IDS = Object.keys(SCALES) as ScaleId[];

export interface ItemSetting {
	scale: ScaleId;
	/** Reverse-coded (worded negatively): answer x is scored min + max − x. */
	reverse: boolean;
}

export interface AnswerProblem {
	line: number;
	column: string;
	kind: 'blank' | 'text' | 'range';
	/** The cell as written (for text and out-of-range). */
	text: string;
}

export interface SurveyAnswers {
	items: string[];
	lines: number[];
	/** values[r][i]: respondent r's scored answer to item i; NaN when blank or unusable. */
	values: number[][];
	problems: AnswerProblem[];
}

/** An answer as people type it: 「4」, 「４」, 「4.5」, 「 7 」; null for anything else. */
export function parseAnswer(text: string): number | null {
	const cleaned = text.normalize('NFKC').trim();
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
	return Number(cleaned);
}

/** Reads a survey file with a header row into text cells (no scales applied yet). */
export function readSurveyTable(
	bytes: Uint8Array,
	options: TableOptions & { encoding?: EncodingChoice; onFraction?: (f: number) => void } = {}
): SurveyTable {
	const cells: string[][] = [];
	const lines: number[] = [];
	let columns: string[] = [];
	try {
		scanTable(
			bytes,
			{ ...options, header: true, onHeader: (names) => (columns = names) },
			(fields, line) => {
				if (fields.every((f) => f.trim() === '')) return;
				if (cells.length >= SURVEY_LIMITS.respondents) {
					throw new ModelError(
						`问卷超过 ${SURVEY_LIMITS.respondents.toLocaleString('zh-CN')} 份答卷的上限（第 ${line} 行）。`
					);
				}
				cells.push(fields);
				lines.push(line);
			}
		);
	} catch (error) {
		if (error instanceof ImportError) throw new ModelError(error.message);
		throw error;
	}
	if (columns.length > SURVEY_LIMITS.columns) {
		throw new ModelError(`问卷有 ${columns.length} 列，超过 ${SURVEY_LIMITS.columns} 列的上限。`);
	}
	if (cells.length < 2) {
		throw new ModelError(`问卷只有 ${cells.length} 份答卷（表头之后的行），至少需要 2 份。`);
	}
	if (!itemColumns({ columns, lines, cells }).length) {
		throw new ModelError(
			'问卷里没有一列是分数：应当每行一位受访者、每列一道题，题目列填 1–5、1–7 或 0–10 的分数。'
		);
	}
	return { columns, lines, cells };
}

/** Columns that hold answers: more than half its non-blank cells are numbers (an ID or a name column is not). */
export function itemColumns(table: SurveyTable): string[] {
	return table.columns.filter((_, c) => {
		let numbers = 0;
		let filled = 0;
		for (const row of table.cells) {
			const cell = row[c] ?? '';
			if (!cell.trim()) continue;
			filled++;
			if (parseAnswer(cell) !== null) numbers++;
		}
		return filled > 0 && numbers * 2 > filled && !isIdColumn(table, c);
	});
}

/** A column numbering the respondents 1, 2, 3 … (or with a name like 编号) is not an item. */
function isIdColumn(table: SurveyTable, c: number): boolean {
	if (/^(编号|序号|id|受访者|respondent)/i.test(table.columns[c].trim())) return true;
	const values = table.cells.slice(0, 50).map((row) => parseAnswer(row[c] ?? ''));
	return values.length > 11 && values.every((v, r) => v === r + 1);
}

/** The narrowest declared scale that holds every answer in the column. */
export function guessScale(table: SurveyTable, column: string): ScaleId {
	const c = table.columns.indexOf(column);
	let min = Infinity;
	let max = -Infinity;
	for (const row of table.cells) {
		const value = parseAnswer(row[c] ?? '');
		if (value === null) continue;
		min = Math.min(min, value);
		max = Math.max(max, value);
	}
	if (min < 1) return '0-10';
	if (max <= 5) return '1-5';
	if (max <= 7) return '1-7';
	return '1-10';
}

/** Scores every item on its scale (reverse items turned round); problems listed, never guessed. */
export function surveyAnswers(
	table: SurveyTable,
	settings: Record<string, ItemSetting>
): SurveyAnswers {
	const items = Object.keys(settings);
	const positions = items.map((item) => {
		const c = table.columns.indexOf(item);
		if (c < 0) throw new ModelError(`问卷里没有「${item}」这一列。`);
		return c;
	});
	const problems: AnswerProblem[] = [];
	const values = table.cells.map((row, r) =>
		items.map((item, i) => {
			const text = (row[positions[i]] ?? '').trim();
			const line = table.lines[r];
			if (!text) {
				problems.push({ line, column: item, kind: 'blank', text });
				return NaN;
			}
			const value = parseAnswer(text);
			if (value === null) {
				problems.push({ line, column: item, kind: 'text', text: text.slice(0, 20) });
				return NaN;
			}
			const { min, max } = SCALES[settings[item].scale];
			if (value < min || value > max) {
				problems.push({ line, column: item, kind: 'range', text });
				return NaN;
			}
			return settings[item].reverse ? min + max - value : value;
		})
	);
	return { items, lines: table.lines, values, problems };
}

/** One problem as a sentence, e.g. 第 7 行「质量2」列的 12 超出 1–10 分. */
export function describeProblem(problem: AnswerProblem, settings: Record<string, ItemSetting>) {
	const where = `第 ${problem.line} 行「${problem.column}」列`;
	if (problem.kind === 'blank') return `${where}是空的`;
	if (problem.kind === 'text') return `${where}的「${problem.text}」不是分数`;
	return `${where}的 ${problem.text} 超出 ${SCALES[settings[problem.column].scale].label}`;
}

/**
 * Respondents who answered every one of `items` (listwise deletion), as rows in `items` order.
 */
export function completeRows(answers: SurveyAnswers, items: readonly string[]): number[][] {
	const positions = items.map((item) => {
		const i = answers.items.indexOf(item);
		if (i < 0) throw new ModelError(`题目「${item}」不在问卷的题目列中。`);
		return i;
	});
	const rows: number[][] = [];
	for (const row of answers.values) {
		const picked = positions.map((i) => row[i]);
		if (picked.every((v) => !Number.isNaN(v))) rows.push(picked);
	}
	return rows;
}

/**
 * The rows whose cells in `items` are all numbers (any value; no scale applied), as the CLI reads
 * a file: a blank or non-numeric answer leaves its respondent out.
 */
export function numericRows(
	table: SurveyTable,
	items: readonly string[]
): { rows: number[][]; leftOut: number } {
	const positions = items.map((item) => {
		const c = table.columns.indexOf(item);
		if (c < 0) {
			throw new ModelError(`文件里没有「${item}」这一列（有：${table.columns.join('、')}）。`);
		}
		return c;
	});
	const rows: number[][] = [];
	for (const row of table.cells) {
		const values = positions.map((c) => parseAnswer(row[c] ?? ''));
		if (values.every((v) => v !== null)) rows.push(values as number[]);
	}
	return { rows, leftOut: table.cells.length - rows.length };
}
