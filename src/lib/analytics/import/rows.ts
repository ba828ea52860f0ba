/**
 * Text to rows. papaparse splits delimited text (quotes, escaped quotes, line breaks inside
 * quotes) chunk by chunk, so a million-row file never exists as one array of rows; files whose
 * columns are separated by runs of spaces (CDNOW's) are split here. Every row comes with the
 * 1-based line of the file it starts on, blank lines included, so messages point at the right line.
 */
import Papa from 'papaparse';
import { WHITESPACE } from './delimiters';

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

/**
 * Characters handed to papaparse at a time. Small enough that a chunk's rows die young (V8 frees
 * them in its cheap young-generation sweep), large enough that the per-chunk overhead is nil.
 */
const CHUNK_CHARS = 1 << 16;

const PAPA_PROBLEMS: Record<string, string> = {
	MissingQuotes: '引号没有闭合：从这一行起直到文件末尾的内容都被当成了一个字段',
	InvalidQuotes: '引号用法不对：带引号的字段在结束引号之后还有字符'
};

/**
 * Calls `onRow` for every non-blank row (the header included), in order; `problem` is set when
 * papaparse found a quoting error in that row. The text may come in pieces (see decode.ts).
 *
 * papaparse's own string streaming recurses once per chunk and keeps every chunk alive on the
 * stack until the end, so its Parser is driven here in a loop instead: each round parses the
 * unfinished last row of the previous round plus the next chunk, up to its last complete row.
 */
export function forEachRow(text: Iterable<string>, delimiter: string, onRow: RowHandler): void {
	if (delimiter === WHITESPACE) return forEachWhitespaceRow(text, onRow);
	let parser: Papa.Parser | undefined;
	let lineBreak = '\n';
	let line = 1;
	let unfinished = '';
	let consumed = 0;
	const parse = (input: string, more: boolean) => {
		const results = (parser as Papa.Parser).parse(input, consumed, more) as Papa.ParseResult<
			string[]
		>;
		unfinished = more ? input.slice(results.meta.cursor - consumed) : '';
		consumed = results.meta.cursor;
		line = emitRows(results, line, input.includes('"') ? lineBreak : null, onRow);
	};
	for (const piece of text) {
		if (!parser) {
			const newline = detectNewline(piece.slice(0, 65_536));
			parser = new Papa.Parser({ delimiter, newline: newline as '\n' });
			// Excel ends rows with CRLF but breaks lines inside a cell with a bare LF: count LFs.
			lineBreak = newline === '\r' ? '\r' : '\n';
		}
		for (let start = 0; start < piece.length;) {
			// An open quote can make one row span many chunks: read ever bigger pieces, not quadratic.
			const end = Math.min(piece.length, start + Math.max(CHUNK_CHARS, unfinished.length));
			parse(unfinished + piece.slice(start, end), true);
			start = end;
		}
	}
	if (unfinished) parse(unfinished, false);
}

/**
 * Hands over one round's rows; returns the line the next row starts on. Only quoted fields can hold
 * line breaks, so fields are searched for them only when the round had quotes (`lineBreak` set).
 */
function emitRows(
	results: Papa.ParseResult<string[]>,
	firstLine: number,
	lineBreak: string | null,
	onRow: RowHandler
): number {
	const rows = results.data;
	let problems: Map<number, string> | undefined;
	for (const error of results.errors) {
		if (error.row === undefined) continue;
		problems ??= new Map();
		if (!problems.has(error.row))
			problems.set(error.row, PAPA_PROBLEMS[error.code] ?? error.message);
	}
	let line = firstLine;
	for (let i = 0; i < rows.length; i++) {
		const fields = rows[i];
		const problem = problems?.get(i);
		if (fields.length > 1 || fields[0] !== '' || problem) onRow(fields, line, problem);
		line += 1;
		if (lineBreak) for (const field of fields) line += countOf(field, lineBreak);
	}
	return line;
}

function forEachWhitespaceRow(text: Iterable<string>, onRow: RowHandler): void {
	const spaces = /[ \t]+/;
	let line = 1;
	let unfinished = '';
	const emit = (content: string) => {
		const trimmed = content.trim();
		if (trimmed) onRow(trimmed.split(spaces), line, undefined);
		line++;
	};
	for (const piece of text) {
		const block = unfinished + piece;
		let start = 0;
		for (let end = block.indexOf('\n'); end >= 0; end = block.indexOf('\n', start)) {
			emit(block.slice(start, end));
			start = end + 1;
		}
		unfinished = block.slice(start);
	}
	if (unfinished) emit(unfinished);
}

function countOf(text: string, part: string): number {
	let count = 0;
	for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) count++;
	return count;
}
