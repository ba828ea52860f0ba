/**
 * Shared by the cohorts, survival and patterns commands: a transaction file read into
 * per-customer purchase histories by the lifecycle lab's own reader (readTransactionHistories, the
 * code its Web Worker runs), with the file and column options of the rfm command — text or Excel,
 * gzip or not, --sheet, --header, and columns by name or by 1-based number.
 */
import {
	latestPurchaseDay,
	type CustomerHistory
} from '../../src/lib/analytics/customer-histories';
import { ImportError } from '../../src/lib/analytics/import/import-error';
import {
	chooseColumns,
	inspectTransactionFile
} from '../../src/lib/analytics/import/transaction-file';
import { parseDay } from '../../src/lib/analytics/import/values';
import { readTransactionHistories } from '../../src/lib/analytics/lifecycle-input';
import { ModelError } from '../../src/lib/analytics/model-error';
import { CliError } from './cli-error';
import { columnFromFlag, headerlessHelp, readBytes, tableOptions } from './table-input';

export interface HistoryOptions {
	input?: string;
	id?: string;
	date?: string;
	amount?: string;
	encoding?: string;
	sheet?: string;
	header?: string;
	'as-of'?: string;
	format?: string;
}

export function readHistories(options: HistoryOptions): {
	histories: CustomerHistory[];
	asOfDay: number;
} {
	if (!options.input) throw new CliError('缺少 --input FILE');
	if (options.format !== undefined && options.format !== 'json') {
		throw new CliError('--format 只能是 json');
	}
	const table = tableOptions(options);
	let asOfDay: number | undefined;
	if (options['as-of'] !== undefined) {
		const day = parseDay(options['as-of']);
		if (day === null) throw new CliError(`--as-of 日期无法识别「${options['as-of']}」`);
		asOfDay = day;
	}
	const bytes = readBytes(options.input);
	try {
		const inspection = inspectTransactionFile(bytes, table.encoding, table);
		if (!inspection.hasHeader && !(options.id && options.date && options.amount)) {
			throw headerlessHelp(inspection, '--id、--date、--amount');
		}
		const column = (flag: 'id' | 'date' | 'amount') =>
			columnFromFlag(options[flag], `--${flag}`, inspection);
		const { histories } = readTransactionHistories(bytes, {
			...table,
			header: inspection.hasHeader,
			sheet: inspection.sheet ?? undefined,
			delimiter: inspection.delimiter || undefined,
			columns: chooseColumns(inspection.header, {
				id: column('id'),
				date: column('date'),
				amount: column('amount')
			})
		});
		return { histories, asOfDay: asOfDay ?? latestPurchaseDay(histories) };
	} catch (error) {
		if (error instanceof ImportError || error instanceof ModelError)
			throw new CliError(error.message);
		throw error;
	}
}

/** Runs a model, turning its Chinese ModelError into a CLI error. */
export function modelResult<T>(compute: () => T): T {
	try {
		return compute();
	} catch (error) {
		if (error instanceof ModelError) throw new CliError(error.message);
		throw error;
	}
}
