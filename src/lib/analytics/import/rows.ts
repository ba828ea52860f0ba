/**
 * Text to rows. papaparse splits delimited text (quotes, escaped quotes, line breaks inside
 * quotes) chunk by chunk, so a million-row file never exists as one array of rows; files whose
 * columns are separated by runs of spaces (CDNOW's) are split here. Every row comes with the
 * 1-based line of the file it starts on, blank lines included, so messages point at the right line.
 */
import Papa from 'papaparse';

/** The delimiter value meaning "runs of spaces or tabs", as in CDNOW_master.txt. */
export const WHITESPACE = ' ';

export const DELIMITER_NAMES: Record<string, string> = {
	',': '逗号',
	'\t': '制表符',
	';': '分号',
	'|': '竖线',
	[WHITESPACE]: '空格'
};

const CANDIDATES = [',', '\t', ';', '|'];

/** Lines used to guess the delimiter and the line break. */
const SAMPLE_LINES = 30;

export function detectNewline(sample: string): string {
	const lf = sample.indexOf('\n');
	if (lf > 0 && sample[lf - 1] === '\r') return '\r\n';
	if (lf >= 0) return '\n';
	return sample.includes('\r') ? '\r' : '\n';
}

function sampleLines(sample: string): string[] {
	return sample
		.split(/\r\n|\n|\r/)
		.filter((line) => line.trim() !== '')
		.slice(0, SAMPLE_LINES);
}

/**
 * The delimiter that splits the first line into at least two columns and the most of the following
 * lines into the same number (ties: more columns); whitespace runs when no delimiter splits the
 * header but spaces do, consistently. Null: the text has a single column.
 */
export function detectDelimiter(sample: string): string | null {
	const lines = sampleLines(sample);
	if (!lines.length) return null;
	let best: { delimiter: string; score: number } | null = null;
	for (const delimiter of CANDIDATES) {
		const rows = Papa.parse<string[]>(lines.join('\n'), { delimiter, newline: '\n' }).data;
		const width = rows[0]?.length ?? 0;
		if (width < 2) continue;
		const score = rows.filter((row) => row.length === width).length * 1000 + width;
		if (!best || score > best.score) best = { delimiter, score };
	}
	if (best) return best.delimiter;
	const widths = lines.map((line) => line.trim().split(/\s+/).length);
	const consistent = widths.filter((w) => w === widths[0]).length;
	return widths[0] > 1 && consistent >= lines.length * 0.8 ? WHITESPACE : null;
}

/** The other delimiter a row seems to use, when it is not the file's (mixed-delimiter files). */
export function otherDelimiterIn(fields: string[], delimiter: string): string | null {
	if (fields.length !== 1) return null;
	return CANDIDATES.find((c) => c !== delimiter && fields[0].includes(c)) ?? null;
}

export type RowHandler = (fields: string[], line: number, problem: string | undefined) => void;

/** Characters papaparse reads per chunk: rows of one chunk are garbage once handled. */
const CHUNK_CHARS = 1 << 20;

const PAPA_PROBLEMS: Record<string, string> = {
	MissingQuotes: '引号没有闭合：从这一行起直到文件末尾的内容都被当成了一个字段',
	InvalidQuotes: '引号用法不对：带引号的字段在结束引号之后还有字符'
};

/**
 * Calls `onRow` for every non-blank row (the header included), in order; `problem` is set when
 * papaparse found a quoting error in that row. `onChunk` gets the fraction of text read so far.
 */
export function forEachRow(
	text: string,
	delimiter: string,
	onRow: RowHandler,
	onChunk?: (fraction: number) => void
): void {
	if (delimiter === WHITESPACE) return forEachWhitespaceRow(text, onRow, onChunk);
	const newline = detectNewline(text.slice(0, 65_536));
	// Only quoted fields can hold line breaks, so only then must fields be scanned for them.
	const quoted = text.includes('"');
	let line = 1;
	Papa.parse<string[]>(text, {
		delimiter,
		newline: newline as '\n',
		chunkSize: CHUNK_CHARS,
		// papaparse parses a string synchronously, chunk after chunk; its typings want `complete`
		// whenever `chunk` is given.
		complete: () => undefined,
		chunk(results: Papa.ParseResult<string[]>) {
			const rows = results.data;
			let problems: Map<number, string> | undefined;
			for (const error of results.errors) {
				if (error.row === undefined) continue;
				problems ??= new Map();
				if (!problems.has(error.row)) {
					problems.set(error.row, PAPA_PROBLEMS[error.code] ?? error.message);
				}
			}
			for (let i = 0; i < rows.length; i++) {
				const fields = rows[i];
				const problem = problems?.get(i);
				if (fields.length > 1 || fields[0] !== '' || problem) onRow(fields, line, problem);
				line += 1;
				if (quoted) for (const field of fields) line += countOf(field, newline);
			}
			onChunk?.(Math.min(1, results.meta.cursor / text.length));
		}
	});
}

function forEachWhitespaceRow(
	text: string,
	onRow: RowHandler,
	onChunk?: (fraction: number) => void
): void {
	const spaces = /[ \t]+/;
	let line = 1;
	let nextReport = CHUNK_CHARS;
	for (let start = 0; start < text.length; line++) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const content = text.slice(start, end).trim();
		if (content) onRow(content.split(spaces), line, undefined);
		start = end + 1;
		if (start >= nextReport) {
			onChunk?.(start / text.length);
			nextReport += CHUNK_CHARS;
		}
	}
	onChunk?.(1);
}

function countOf(text: string, part: string): number {
	let count = 0;
	for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) count++;
	return count;
}
