/**
 * `lab clv bgnbd --input FILE --calibration-end …`: transactions read with the segmentation lab's
 * importer, then summarised per customer for the BG/NBD model.
 */
import { readFileSync } from 'node:fs';
import type { CustomerSummary } from '../../src/lib/analytics/bgnbd';
import {
	summarizePurchases,
	type DatedPurchase,
	type PeriodUnit
} from '../../src/lib/analytics/clv-summary';
import {
	chooseColumns,
	ImportError,
	inspectTransactionFile,
	type EncodingChoice
} from '../../src/lib/analytics/import/transaction-file';
import { readPurchases } from '../../src/lib/analytics/import/purchases';
import { parseDay } from '../../src/lib/analytics/import/values';
import { CliError } from './cli-error';

export interface TransactionOptions {
	input?: string;
	'calibration-end'?: string;
	period?: string;
	id?: string;
	date?: string;
	amount?: string;
	encoding?: string;
}

/** Reads the file's purchases (every usable row; rejected rows are reported by the importer). */
export function readPurchaseFile(path: string, options: TransactionOptions = {}): DatedPurchase[] {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch {
		throw new CliError(`读不到文件「${path}」`);
	}
	try {
		const encoding = (options.encoding ?? 'auto') as EncodingChoice;
		const inspection = inspectTransactionFile(bytes, encoding);
		const columns = chooseColumns(inspection.header, {
			id: options.id,
			date: options.date,
			amount: options.amount
		});
		return readPurchases(bytes, {
			encoding: inspection.encoding,
			delimiter: inspection.delimiter,
			columns
		}).purchases;
	} catch (error) {
		if (error instanceof ImportError) throw new CliError(error.message);
		throw error;
	}
}

export function summaryFromTransactions(options: TransactionOptions): CustomerSummary[] {
	if (!options.input) throw new CliError('缺少 --summary FILE 或 --input FILE');
	const end = options['calibration-end'];
	if (!end) throw new CliError('使用 --input 时需要 --calibration-end YYYY-MM-DD');
	const calibrationEndDay = parseDay(end);
	if (calibrationEndDay === null) throw new CliError(`--calibration-end 日期无法识别「${end}」`);
	const period = (options.period ?? 'week') as PeriodUnit;
	if (period !== 'week' && period !== 'day') throw new CliError('--period 只能是 week 或 day');
	return summarizePurchases(readPurchaseFile(options.input, options), calibrationEndDay, period)
		.customers;
}
