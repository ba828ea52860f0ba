/**
 * Shared by the cohorts, survival and patterns commands: a transaction file read through the
 * browser's import pipeline into per-customer purchase histories.
 */
import { readFileSync } from 'node:fs';
import {
	historiesOf,
	latestPurchaseDay,
	type CustomerHistory,
	type PurchaseRow
} from '../../src/lib/analytics/customer-histories';
import {
	chooseColumns,
	ENCODING_CHOICES,
	ImportError,
	inspectTransactionFile,
	readTransactions,
	type EncodingChoice
} from '../../src/lib/analytics/import/transaction-file';
import { ModelError } from '../../src/lib/analytics/model-error';
import { parseDay } from '../../src/lib/analytics/import/values';
import { CliError } from './cli-error';

export interface HistoryOptions {
	input?: string;
	id?: string;
	date?: string;
	amount?: string;
	encoding?: string;
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
	const encoding = (options.encoding ?? 'auto') as EncodingChoice;
	if (!ENCODING_CHOICES.includes(encoding)) {
		throw new CliError(`--encoding 只能是 ${ENCODING_CHOICES.join('|')}`);
	}
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(options.input);
	} catch {
		throw new CliError(`读不到文件「${options.input}」`);
	}
	try {
		const inspection = inspectTransactionFile(bytes, encoding);
		const columns = chooseColumns(inspection.header, {
			id: options.id,
			date: options.date,
			amount: options.amount
		});
		const rows: PurchaseRow[] = [];
		readTransactions(
			bytes,
			{ encoding: inspection.encoding, delimiter: inspection.delimiter, columns },
			({ id, day, amount }) => rows.push({ id, day, amount })
		);
		const histories = historiesOf(rows);
		let asOfDay = latestPurchaseDay(histories);
		if (options['as-of'] !== undefined) {
			const day = parseDay(options['as-of']);
			if (day === null) throw new CliError(`--as-of 日期无法识别「${options['as-of']}」`);
			asOfDay = day;
		}
		return { histories, asOfDay };
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
