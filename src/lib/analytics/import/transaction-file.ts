/**
 * A transaction file from bytes to per-customer aggregates: the one pipeline the lab's Web Worker,
 * the `lab rfm` / `lab pareto` CLI and the benchmark share. Pure TypeScript, no DOM.
 *
 * inspectTransactionFile → (the user maps columns) → summarizeTransactionFile → rfmInputsOf.
 * Bad rows never throw: each is counted and the first 100 are kept with line, column and reason.
 * A file that cannot be used at all throws one ImportError with a Chinese message.
 */
import { createCustomerAggregator, type CustomerAggregate, type RefundSummary } from './aggregate';
import { columnIndexes, guessColumns, ROLE_NAMES } from './columns';
import type { ColumnNames } from './columns';
import type { DetectedEncoding, EncodingChoice } from './decode';
import { ImportError } from './import-error';
import { DELIMITER_NAMES } from './delimiters';
import { describeRejectedRow, type RejectedRow } from './reject';
import { otherDelimiterIn } from './rows';
import { inspectTable, scanTable, type TableInspection, type TableOptions } from './table';
import { amountProblem, dayProblem, parseAmount, parseDay, todayDay } from './values';

export type { ColumnNames } from './columns';
export type { CustomerAggregate, RefundSummary } from './aggregate';
export type { DetectedEncoding, EncodingChoice } from './decode';
export { ImportError } from './import-error';
export { chooseColumns, guessColumns, ROLE_NAMES } from './columns';
export { ENCODING_CHOICES, ENCODING_NAMES } from './decode';
export { DELIMITER_NAMES, WHITESPACE } from './delimiters';
export type { TableFormat, TableInspection, TableOptions } from './table';
export { describeRejectedRow, type RejectedRow } from './reject';
export { defaultAsOfDay, rfmInputsOf } from './rfm-inputs';

export interface FileInspection extends TableInspection {
	/** Columns recognised by their header (English and Chinese). */
	guess: Partial<ColumnNames>;
	/** E.g. 有多列可能是日期列（下单日期、发货日期），请选择 */
	problems: string[];
}

/**
 * Throws ImportError for empty, binary, header-only or single-column files. A text file or an
 * Excel workbook (`options.sheet`), gzip-compressed or not; the header row is detected unless
 * `options.header` says.
 */
export function inspectTransactionFile(
	bytes: Uint8Array,
	encoding: EncodingChoice = 'auto',
	options: Omit<TableOptions, 'encoding'> = {}
): FileInspection {
	const table = inspectTable(bytes, { ...options, encoding });
	const { guess, problems } = table.hasHeader
		? guessColumns(table.header)
		: { guess: {}, problems: [] };
	return { ...table, guess, problems };
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

export interface ReadOptions extends TableOptions {
	columns: ColumnNames;
	/** Called every ~50,000 rows and at the end. */
	onProgress?: (rowsRead: number, fraction: number) => void;
	/** Today as a day number (tests fix it); rows dated later are counted as future rows. */
	today?: number;
	/** Leave rows dated after today out (the learner chose to); otherwise they are used. */
	dropFuture?: boolean;
}

export interface ReadReport {
	/** Data rows (non-blank rows after the header). */
	rows: number;
	/** Rows used: not rejected, and not future rows left out by `dropFuture`. */
	accepted: number;
	rejectedCount: number;
	/** The first 100 rejected rows. */
	rejected: RejectedRow[];
	/** Usable rows dated after today (a typo like 2099, or a clock set wrong); absent in old saves. */
	future?: FutureRows;
}

export interface FutureRows {
	rows: number;
	/** The first such line and the latest such date; NaN when there are none. */
	firstLine: number;
	latestDay: number;
	/** Whether they were left out (ReadOptions.dropFuture). */
	dropped: boolean;
}

const MAX_LISTED = 100;
const PROGRESS_EVERY = 50_000;

export type TransactionSink = (
	id: string,
	day: number,
	amount: number,
	invoice: string | undefined,
	profit: number | undefined,
	channel: string | undefined
) => void;

interface Scan extends ReadReport {
	future: FutureRows;
	encoding: DetectedEncoding;
	delimiter: string;
	sheet: string | null;
	hasHeader: boolean;
}

/**
 * The row loop shared by readTransactions, summarizeTransactionFile and the lifecycle lab's
 * histories. Values go to `sink` as arguments, not as an object, so summarising a million rows
 * allocates nothing per row beyond papaparse's own fields.
 */
export function scanTransactions(
	bytes: Uint8Array,
	options: ReadOptions,
	sink: TransactionSink
): Scan {
	let fraction = 0;
	const { onProgress } = options;
	const today = options.today ?? todayDay();
	let names: string[] = [];
	let delimiter = '';
	let index = { id: 0, date: 0, amount: 0, invoice: -1, profit: -1, channel: -1 };
	let width = 0;
	let rows = 0;
	let rejectedCount = 0;
	const rejected: RejectedRow[] = [];
	const future: FutureRows = {
		rows: 0,
		firstLine: NaN,
		latestDay: NaN,
		dropped: !!options.dropFuture
	};
	const reject = (line: number, reason: string, column?: number) => {
		rejectedCount++;
		if (rejected.length < MAX_LISTED) {
			rejected.push(
				column === undefined ? { line, reason } : { line, column: names[column], reason }
			);
		}
	};

	const scan = scanTable(
		bytes,
		{
			...options,
			onFraction: (f) => (fraction = f),
			onHeader: (header, separator) => {
				names = header;
				delimiter = separator;
				index = columnIndexes(header, options.columns);
				width = Math.max(...Object.values(index)) + 1;
			}
		},
		(fields, line, problem) => {
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
				invoice = (fields[index.invoice] ?? '').trim();
				if (!invoice) return reject(line, `${ROLE_NAMES.invoice}为空`, index.invoice);
			}
			let profit: number | undefined;
			if (index.profit >= 0 && (fields[index.profit] ?? '').trim() !== '') {
				const value = parseAmount(fields[index.profit]);
				if (value === null) {
					return reject(line, amountProblem(fields[index.profit], ROLE_NAMES.profit), index.profit);
				}
				profit = value;
			}
			const channel =
				index.channel >= 0 ? (fields[index.channel] ?? '').trim() || undefined : undefined;
			if (day > today) {
				if (!future.rows) future.firstLine = line;
				future.rows++;
				if (!(day <= future.latestDay)) future.latestDay = day;
				if (future.dropped) return;
			}
			sink(id, day, amount, invoice, profit, channel);
		}
	);
	onProgress?.(rows, 1);
	const dropped = future.dropped ? future.rows : 0;
	return {
		rows,
		accepted: rows - rejectedCount - dropped,
		rejectedCount,
		rejected,
		future,
		encoding: scan.encoding,
		delimiter: scan.delimiter,
		sheet: scan.sheet,
		hasHeader: scan.hasHeader
	};
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
	const { rows, accepted, rejectedCount, rejected, future } = scanTransactions(
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
	return { rows, accepted, rejectedCount, rejected, future };
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
	/** The sheet read, for a workbook. */
	sheet?: string | null;
	/** Whether the first row was a header (absent in analyses saved before headerless files). */
	hasHeader?: boolean;
	/**
	 * 'customers' when the file had one row per customer (customer-file.ts): then firstDay is not
	 * known (set to lastDay) and, for recency given in days, `asOfDay` is the day they count from.
	 */
	kind?: 'transactions' | 'customers';
	asOfDay?: number;
	/** A customer file's columns, and whether its recency came in days or as dates. */
	customerColumns?: { id: string; recency: string; frequency: string; monetary: string };
	recency?: 'days' | 'date';
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
	if (!scan.accepted && !scan.rejectedCount) {
		throw new ImportError(
			`没有可用的交易：${scan.future.rows} 行的日期全都晚于今天，去掉它们就没有数据了。`
		);
	}
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
		future: scan.future,
		customers: aggregation.customers,
		earliestDay: aggregation.earliestDay,
		latestDay: aggregation.latestDay,
		refunds: aggregation.refunds,
		columns: options.columns,
		encoding: scan.encoding,
		delimiter: scan.delimiter,
		sheet: scan.sheet,
		hasHeader: scan.hasHeader,
		kind: 'transactions'
	};
}
