/**
 * Temporary stand-in for `$lib/analytics/import/transaction-file` (being written on another
 * branch), built on the existing decode/transactions modules with the same signatures, so the page
 * and worker switch to the real module by changing one import.
 */
import Papa from 'papaparse';
import type { RfmInput } from '$lib/analytics/rfm';
import { decodeText } from '$lib/analytics/import/decode';
import { createAggregator, ImportError, mapColumns } from '$lib/analytics/import/transactions';

export { ImportError };
export type EncodingChoice = 'auto' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type DetectedEncoding = Exclude<EncodingChoice, 'auto'>;
export interface ColumnNames {
	id: string;
	date: string;
	amount: string;
	invoice?: string;
	profit?: string;
	channel?: string;
}
export interface FileInspection {
	encoding: DetectedEncoding;
	delimiter: string;
	header: string[];
	preview: string[][];
	rowCountEstimate: number;
	guess: Partial<ColumnNames>;
	problems: string[];
}
export interface RejectedRow {
	line: number;
	column?: string;
	reason: string;
}
export interface ReadOptions {
	encoding?: EncodingChoice;
	delimiter?: string;
	columns: ColumnNames;
	onProgress?: (rowsRead: number, fraction: number) => void;
}
export interface ReadReport {
	rows: number;
	accepted: number;
	rejectedCount: number;
	rejected: RejectedRow[];
}
export interface CustomerAggregate {
	id: string;
	firstDay: number;
	lastDay: number;
	frequency: number;
	monetary: number;
	profit?: number;
	channel?: string;
}
export interface TransactionSummary extends ReadReport {
	customers: CustomerAggregate[];
	earliestDay: number;
	latestDay: number;
	refunds: { rows: number; amount: number };
	columns: ColumnNames;
	encoding: DetectedEncoding;
	delimiter: string;
}

function detect(bytes: Uint8Array, encoding: EncodingChoice): DetectedEncoding {
	if (encoding !== 'auto') return encoding;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return 'utf-8';
	} catch {
		return 'gb18030';
	}
}

export function inspectTransactionFile(
	bytes: Uint8Array,
	encoding: EncodingChoice = 'auto'
): FileInspection {
	const text = decodeText(bytes, encoding);
	const parsed = Papa.parse<string[]>(text, { preview: 11, skipEmptyLines: true });
	const [header = [], ...preview] = parsed.data;
	if (header.length < 2) throw new ImportError('文件只有一列，无法分出客户编号、日期和金额。');
	if (!preview.length) throw new ImportError('文件只有表头，没有数据行。');
	const guess: Partial<ColumnNames> = {};
	const problems: string[] = [];
	try {
		const mapping = mapColumns(header);
		guess.id = header[mapping.id];
		guess.date = header[mapping.date];
		guess.amount = header[mapping.amount];
		if (mapping.invoice !== undefined) guess.invoice = header[mapping.invoice];
	} catch (error) {
		problems.push((error as Error).message);
	}
	const averageLine = text.slice(0, 4096).split('\n').length;
	return {
		encoding: detect(bytes, encoding),
		delimiter: parsed.meta.delimiter,
		header: header.map((h) => h.trim()),
		preview,
		rowCountEstimate: Math.round((text.length / Math.min(text.length, 4096)) * averageLine) - 1,
		guess,
		problems
	};
}

export function summarizeTransactionFile(
	bytes: Uint8Array,
	options: ReadOptions
): TransactionSummary {
	const text = decodeText(bytes, options.encoding ?? 'auto');
	const header = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
	const mapping = mapColumns(header, options.columns);
	const aggregator = createAggregator(mapping);
	let line = 0;
	let delimiter = ',';
	Papa.parse<string[]>(text, {
		delimiter: options.delimiter,
		skipEmptyLines: true,
		step: (result) => {
			line += 1;
			delimiter = result.meta.delimiter;
			if (line === 1) return;
			aggregator.push(result.data, line);
			if (line % 50_000 === 0) options.onProgress?.(line, result.meta.cursor / text.length);
		}
	});
	options.onProgress?.(line, 1);
	const state = aggregator.result();
	const customers = [...state.customers].map(([id, c]) => ({
		id,
		firstDay: c.first,
		lastDay: c.last,
		frequency: c.invoices ? c.invoices.size : c.purchases,
		monetary: Math.round(c.monetary * 100) / 100
	}));
	return {
		rows: state.rows,
		accepted: state.rows - state.rejectedCount,
		rejectedCount: state.rejectedCount,
		rejected: state.rejected,
		customers,
		earliestDay: customers.reduce((min, c) => Math.min(min, c.firstDay), Infinity),
		latestDay: state.latestDay,
		refunds: { rows: state.refunds, amount: 0 },
		columns: options.columns,
		encoding: detect(bytes, options.encoding ?? 'auto'),
		delimiter
	};
}

export function rfmInputsOf(
	summary: TransactionSummary,
	asOfDay = summary.latestDay + 1
): RfmInput[] {
	return summary.customers
		.filter((c) => Number.isFinite(c.lastDay))
		.map((c) => ({
			id: c.id,
			recencyDays: asOfDay - c.lastDay,
			frequency: c.frequency,
			monetary: c.monetary
		}));
}

export type SampleKind = 'retail' | 'bank';
export interface SampleOptions {
	kind: SampleKind;
	seed: number;
	customers?: number;
	endDay?: number;
}

/** Stand-in for `generateSampleCsv` of `$lib/analytics/sample-data` (same owner as the pipeline). */
export function generateSampleCsv(options: SampleOptions): string {
	let state = options.seed >>> 0 || 1;
	const random = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const endDay = options.endDay ?? 19_723;
	const lines = [
		options.kind === 'bank'
			? '客户编号,日期,金额,流水号,渠道'
			: '客户编号,交易日期,金额,订单号,渠道'
	];
	let order = 0;
	for (let c = 1; c <= (options.customers ?? 2000); c++) {
		const purchases = 1 + Math.floor(-Math.log(1 - random()) * 4);
		const last = endDay - Math.floor(random() * random() * 365);
		const spend = Math.exp(3.5 + random() * 2.5);
		for (let p = 0; p < purchases; p++) {
			const day = last - Math.floor(random() * 300);
			const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
			const amount = random() < 0.02 ? -spend / 2 : spend * (0.5 + random());
			order += 1;
			lines.push(
				`C${c},${date},${amount.toFixed(2)},O${order},${random() < 0.5 ? '门店' : '线上'}`
			);
		}
	}
	return lines.join('\n');
}
