/**
 * `lab clv bgnbd --input FILE --calibration-end …`: transactions read with the segmentation lab's
 * importer, then summarised per customer for the BG/NBD model.
 */
import type { CustomerSummary } from '../../src/lib/analytics/bgnbd';
import {
	summarizePurchases,
	type DatedPurchase,
	type PeriodUnit
} from '../../src/lib/analytics/clv-summary';
import {
	chooseColumns,
	ImportError,
	inspectTransactionFile
} from '../../src/lib/analytics/import/transaction-file';
import { readPurchases } from '../../src/lib/analytics/import/purchases';
import { parseDay } from '../../src/lib/analytics/import/values';
import { CliError } from './cli-error';
import { columnFromFlag, headerlessHelp, readBytes, tableOptions } from './table-input';

export interface TransactionOptions {
	input?: string;
	'calibration-end'?: string;
	period?: string;
	id?: string;
	date?: string;
	amount?: string;
	encoding?: string;
	sheet?: string;
	header?: string;
}

/** Reads the file's purchases (every usable row; rejected rows are reported by the importer). */
export function readPurchaseFile(path: string, options: TransactionOptions = {}): DatedPurchase[] {
	const bytes = readBytes(path);
	const table = tableOptions(options);
	try {
		const inspection = inspectTransactionFile(bytes, table.encoding, table);
		if (!inspection.hasHeader && !(options.id && options.date && options.amount)) {
			throw headerlessHelp(inspection, '--id、--date、--amount');
		}
		const columns = chooseColumns(inspection.header, {
			id: columnFromFlag(options.id, '--id', inspection),
			date: columnFromFlag(options.date, '--date', inspection),
			amount: columnFromFlag(options.amount, '--amount', inspection)
		});
		return readPurchases(bytes, {
			encoding: inspection.encoding,
			delimiter: inspection.delimiter || undefined,
			sheet: inspection.sheet ?? undefined,
			header: inspection.hasHeader,
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
