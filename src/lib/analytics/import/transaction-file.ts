/**
 * A transaction file from bytes to per-customer aggregates: the one pipeline the lab's Web Worker,
 * the `lab rfm` / `lab pareto` CLI and the benchmark share. Pure TypeScript, no DOM.
 *
 * inspectTransactionFile → (the user maps columns) → summarizeTransactionFile → rfmInputsOf.
 * Bad rows never throw: each is counted and the first 100 are kept with line, column and reason.
 * A file that cannot be used at all throws one ImportError with a Chinese message.
 */
import type { RfmInput } from '../rfm';
import { createCustomerAggregator, type CustomerAggregate, type RefundSummary } from './aggregate';
import { cleanHeader, columnIndexes, guessColumns, ROLE_NAMES } from './columns';
import type { ColumnNames } from './columns';
import { decodeStart, openText, type DetectedEncoding, type EncodingChoice } from './decode';
import { ImportError } from './import-error';
import { DELIMITER_NAMES } from './delimiters';
import { detectDelimiter, forEachRow, otherDelimiterIn } from './rows';
import { amountProblem, dayProblem, formatDay, parseAmount, parseDay } from './values';

export type { ColumnNames } from './columns';
export type { CustomerAggregate, RefundSummary } from './aggregate';
export type { DetectedEncoding, EncodingChoice } from './decode';
export { ImportError } from './import-error';
export { chooseColumns, guessColumns, ROLE_NAMES } from './columns';
export { ENCODING_CHOICES, ENCODING_NAMES } from './decode';
export { DELIMITER_NAMES, WHITESPACE } from './delimiters';

export interface FileInspection {
	/** Detected (auto) or the override. */
	encoding: DetectedEncoding;
	/** ',', '\t', ';', '|', or WHITESPACE (' ') for columns separated by runs of spaces. */
	delimiter: string;
	header: string[];
	/** The first 10 data rows. */
	preview: string[][];
	/** From the file size and the average length of the first lines. */
	rowCountEstimate: number;
	/** Columns recognised by their header (English and Chinese). */
	guess: Partial<ColumnNames>;
	/** E.g. 有多列可能是日期列（下单日期、发货日期），请选择 */
	problems: string[];
}

const PREVIEW_ROWS = 10;

/** Throws ImportError for empty, binary, header-only or single-column files. */
export function inspectTransactionFile(
	bytes: Uint8Array,
	encoding: EncodingChoice = 'auto'
): FileInspection {
	const start = decodeStart(bytes, encoding);
	// A cut-off last line would look like a short row: only whole lines are looked at.
	const text = start.complete ? start.text : start.text.slice(0, lastLineBreak(start.text));
	if (!text.trim()) throw new ImportError('文件里没有任何内容（只有空白）。');
	const delimiter = delimiterOf(text);
	const rows: string[][] = [];
	let headerLine = 1;
	try {
		forEachRow([text], delimiter, (fields, line) => {
			if (!rows.length) headerLine = line;
			rows.push(fields);
			if (rows.length > PREVIEW_ROWS) throw PREVIEW_DONE;
		});
	} catch (error) {
		if (error !== PREVIEW_DONE) throw error;
	}
	const [header, ...preview] = rows;
	if (!preview.length) {
		throw new ImportError(
			`文件里只有表头（第 ${headerLine} 行：${cleanHeader(header).join('、')}），没有数据行。`,
			{ line: headerLine }
		);
	}
	const { guess, problems } = guessColumns(header);
	return {
		encoding: start.encoding,
		delimiter,
		header: cleanHeader(header),
		preview,
		rowCountEstimate: start.complete
			? countDataRows(text, delimiter)
			: estimateDataRows(text, start.text.length, start.bytes, bytes.length),
		guess,
		problems
	};
}

const PREVIEW_DONE = Symbol('preview done');

function lastLineBreak(text: string): number {
	const index = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
	return index < 0 ? text.length : index;
}

/**
 * Data rows of the whole file: the lines of the decoded start scaled by size. The bytes of the
 * whole lines are taken in proportion to characters, which holds for any encoding.
 */
function estimateDataRows(
	sample: string,
	decodedChars: number,
	decodedBytes: number,
	fileBytes: number
): number {
	const sampleBytes = (decodedBytes * sample.length) / decodedChars;
	const lines = sample.split('\n').length;
	return Math.round((fileBytes / sampleBytes) * lines) - 1;
}

function countDataRows(text: string, delimiter: string): number {
	let rows = 0;
	forEachRow([text], delimiter, () => rows++);
	return Math.max(0, rows - 1);
}

function delimiterOf(text: string): string {
	const delimiter = detectDelimiter(text.slice(0, 65_536));
	if (delimiter === null) {
		const lines = text.split(/\r?\n|\r/);
		const line = lines.findIndex((l) => l.trim() !== '') + 1;
		throw new ImportError(
			`只识别出一列（第 ${line} 行：「${lines[line - 1].trim().slice(0, 60)}」）：找不到逗号、制表符、分号、竖线或空格分隔的列。交易文件至少要有客户编号、日期和金额三列。`,
			{ line }
		);
	}
	return delimiter;
}

export interface Transaction {
	id: string;
	/** Days since 1970-01-01 UTC, as parseDay. */
	day: number;
	amount: number;
	invoice?: string;
	profit?: number;
	channel?: string;
}

export interface RejectedRow {
	/** 1-based line in the file. */
	line: number;
	/** Header of the column at fault, when one is. */
	column?: string;
	reason: string;
}

export interface ReadOptions {
	encoding?: EncodingChoice;
	delimiter?: string;
	columns: ColumnNames;
	/** Called every ~50,000 rows and at the end. */
	onProgress?: (rowsRead: number, fraction: number) => void;
}

export interface ReadReport {
	/** Data rows (non-blank lines after the header). */
	rows: number;
	accepted: number;
	rejectedCount: number;
	/** The first 100 rejected rows. */
	rejected: RejectedRow[];
}

const MAX_LISTED = 100;
const PROGRESS_EVERY = 50_000;

/** "第 12 行「交易日期」列：…" — a rejected row as one line for lists and messages. */
export function describeRejectedRow(row: RejectedRow): string {
	return `第 ${row.line} 行${row.column ? `「${row.column}」列` : ''}：${row.reason}`;
}

type TransactionSink = (
	id: string,
	day: number,
	amount: number,
	invoice: string | undefined,
	profit: number | undefined,
	channel: string | undefined
) => void;

interface Scan extends ReadReport {
	encoding: DetectedEncoding;
	delimiter: string;
}

/**
 * The row loop shared by readTransactions and summarizeTransactionFile. Values go to `sink` as
 * arguments, not as an object, so summarising a million rows allocates nothing per row beyond
 * papaparse's own fields.
 */
function scanTransactions(bytes: Uint8Array, options: ReadOptions, sink: TransactionSink): Scan {
	let fraction = 0;
	const { encoding, pieces } = openText(bytes, options.encoding ?? 'auto', (f) => (fraction = f));
	const first = pieces.next();
	if (first.done) throw new ImportError('文件里没有任何内容（只有空白）。');
	const delimiter = options.delimiter ?? delimiterOf(first.value);
	const { onProgress } = options;
	let header: string[] | undefined;
	let names: string[] = [];
	let index = { id: 0, date: 0, amount: 0, invoice: -1, profit: -1, channel: -1 };
	let width = 0;
	let rows = 0;
	let rejectedCount = 0;
	const rejected: RejectedRow[] = [];
	const reject = (line: number, reason: string, column?: number) => {
		rejectedCount++;
		if (rejected.length < MAX_LISTED) {
			rejected.push(
				column === undefined ? { line, reason } : { line, column: names[column], reason }
			);
		}
	};

	forEachRow(withFirst(first.value, pieces), delimiter, (fields, line, problem) => {
		if (!header) {
			header = fields;
			names = cleanHeader(header);
			index = columnIndexes(header, options.columns);
			width = Math.max(...Object.values(index)) + 1;
			return;
		}
		rows++;
		if (onProgress && rows % PROGRESS_EVERY === 0) onProgress(rows, fraction);
		if (problem) return reject(line, problem);
		if (fields.length < width) return reject(line, shortRowReason(fields, names, delimiter));
		const id = fields[index.id].trim();
		if (!id) return reject(line, `${ROLE_NAMES.id}为空`, index.id);
		const day = parseDay(fields[index.date]);
		if (day === null) {
			if (isHeaderAgain(fields, names)) {
				return reject(
					line,
					'表头在文件中间又出现了一次（文件可能是几个文件拼接成的），这一行不是数据'
				);
			}
			return reject(line, dayProblem(fields[index.date]), index.date);
		}
		const amount = parseAmount(fields[index.amount]);
		if (amount === null) return reject(line, amountProblem(fields[index.amount]), index.amount);
		let invoice: string | undefined;
		if (index.invoice >= 0) {
			invoice = fields[index.invoice].trim();
			if (!invoice) return reject(line, `${ROLE_NAMES.invoice}为空`, index.invoice);
		}
		let profit: number | undefined;
		if (index.profit >= 0 && fields[index.profit].trim() !== '') {
			const value = parseAmount(fields[index.profit]);
			if (value === null) {
				return reject(line, amountProblem(fields[index.profit], ROLE_NAMES.profit), index.profit);
			}
			profit = value;
		}
		const channel = index.channel >= 0 ? fields[index.channel].trim() || undefined : undefined;
		sink(id, day, amount, invoice, profit, channel);
	});
	if (!header) throw new ImportError('文件里没有任何内容（只有空白）。');
	onProgress?.(rows, 1);
	return { rows, accepted: rows - rejectedCount, rejectedCount, rejected, encoding, delimiter };
}

function* withFirst(first: string, rest: Iterator<string>): Generator<string> {
	yield first;
	for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function shortRowReason(fields: string[], header: string[], delimiter: string): string {
	const other = otherDelimiterIn(fields, delimiter);
	const hint = other
		? `；这一行似乎用${DELIMITER_NAMES[other]}分隔，而文件用的是${DELIMITER_NAMES[delimiter]}`
		: '';
	return `列数不足：表头有 ${header.length} 列，这一行只有 ${fields.length} 列${hint}`;
}

function isHeaderAgain(fields: string[], header: string[]): boolean {
	return header.every((name, i) => (fields[i] ?? '').trim() === name);
}

/**
 * Streams rows and calls `onTransaction` for every usable row, refunds (negative amounts)
 * included: applying the refund rule is the caller's business (summarizeTransactionFile does).
 */
export function readTransactions(
	bytes: Uint8Array,
	options: ReadOptions,
	onTransaction: (t: Transaction) => void
): ReadReport {
	const { rows, accepted, rejectedCount, rejected } = scanTransactions(
		bytes,
		options,
		(id, day, amount, invoice, profit, channel) => {
			const transaction: Transaction = { id, day, amount };
			if (invoice !== undefined) transaction.invoice = invoice;
			if (profit !== undefined) transaction.profit = profit;
			if (channel !== undefined) transaction.channel = channel;
			onTransaction(transaction);
		}
	);
	return { rows, accepted, rejectedCount, rejected };
}

export interface TransactionSummary extends ReadReport {
	/** Customers with at least one purchase, in the order they first appear in the file. */
	customers: CustomerAggregate[];
	earliestDay: number;
	latestDay: number;
	/** Refund rule: negative amounts lower monetary and are not purchases (see aggregate.ts). */
	refunds: RefundSummary;
	columns: ColumnNames;
	encoding: DetectedEncoding;
	delimiter: string;
}

/**
 * Reads the whole file into one aggregate per customer. Throws ImportError when no row is a usable
 * purchase (every row rejected, or only refunds): such a file has nothing to segment.
 */
export function summarizeTransactionFile(
	bytes: Uint8Array,
	options: ReadOptions
): TransactionSummary {
	const aggregator = createCustomerAggregator({
		invoices: !!options.columns.invoice,
		profit: !!options.columns.profit
	});
	const scan = scanTransactions(bytes, options, aggregator.add);
	const aggregation = aggregator.result();
	if (!scan.rows) throw new ImportError('文件里只有表头，没有数据行。', { line: 1 });
	if (!scan.accepted) {
		const first = scan.rejected[0];
		throw new ImportError(
			`没有可用的交易：${scan.rejectedCount} 行全部被拒绝（例如${describeRejectedRow(first)}）。`,
			first
		);
	}
	if (!aggregation.purchases) {
		throw new ImportError(
			`没有购买记录：${aggregation.refunds.rows} 行金额都是负数（退款），无法计算 RFM。`
		);
	}
	return {
		rows: scan.rows,
		accepted: scan.accepted,
		rejectedCount: scan.rejectedCount,
		rejected: scan.rejected,
		customers: aggregation.customers,
		earliestDay: aggregation.earliestDay,
		latestDay: aggregation.latestDay,
		refunds: aggregation.refunds,
		columns: options.columns,
		encoding: scan.encoding,
		delimiter: scan.delimiter
	};
}

/**
 * RFM inputs (see rfm.ts) with asOfDay defaulting to latestDay + 1, the day after the last
 * purchase. Throws ImportError for an as-of day before the last purchase (negative recency).
 */
export function rfmInputsOf(
	summary: TransactionSummary,
	asOfDay = summary.latestDay + 1
): RfmInput[] {
	if (asOfDay < summary.latestDay) {
		throw new ImportError(
			`截止日期 ${formatDay(asOfDay)} 早于数据中最后一次购买（${formatDay(summary.latestDay)}）`
		);
	}
	return summary.customers.map((c) => ({
		id: c.id,
		recencyDays: asOfDay - c.lastDay,
		frequency: c.frequency,
		monetary: c.monetary
	}));
}
