/**
 * Shared by the rfm and pareto commands: read a transaction file through the same import
 * pipeline the browser's worker uses (src/lib/analytics/import/transaction-file.ts).
 */
import { readFileSync } from 'node:fs';
import {
	chooseColumns,
	ENCODING_CHOICES,
	type EncodingChoice,
	ImportError,
	inspectTransactionFile,
	rfmInputsOf,
	summarizeTransactionFile
} from '../../src/lib/analytics/import/transaction-file';
import { parseDay } from '../../src/lib/analytics/import/values';
import type { RfmInput } from '../../src/lib/analytics/rfm';
import { CliError } from './cli-error';

export interface InputOptions {
	input?: string;
	id?: string;
	date?: string;
	amount?: string;
	invoice?: string;
	'as-of'?: string;
	encoding?: string;
	format?: string;
}

/** `--name value` pairs; a flag without a value is an error. */
export function parseOptions(args: string[]): InputOptions {
	const options: Record<string, string> = {};
	for (let i = 0; i < args.length; i += 2) {
		const name = args[i];
		if (!name.startsWith('--')) throw new CliError(`无法理解参数「${name}」`);
		if (args[i + 1] === undefined) throw new CliError(`参数 ${name} 缺少值`);
		options[name.slice(2)] = args[i + 1];
	}
	return options as InputOptions;
}

export function readCustomers(options: InputOptions): {
	customers: RfmInput[];
	asOfDay: number;
	rejectedRows: number;
} {
	if (!options.input) throw new CliError('缺少 --input FILE');
	const encoding = (options.encoding ?? 'auto') as EncodingChoice;
	if (!ENCODING_CHOICES.includes(encoding)) {
		throw new CliError(`--encoding 只能是 ${ENCODING_CHOICES.join('|')}`);
	}
	let asOfDay: number | undefined;
	if (options['as-of']) {
		const day = parseDay(options['as-of']);
		if (day === null) throw new CliError(`--as-of 日期无法识别「${options['as-of']}」`);
		asOfDay = day;
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
			amount: options.amount,
			invoice: options.invoice
		});
		const summary = summarizeTransactionFile(bytes, {
			encoding: inspection.encoding,
			delimiter: inspection.delimiter,
			columns
		});
		return {
			customers: rfmInputsOf(summary, asOfDay),
			asOfDay: asOfDay ?? summary.latestDay + 1,
			rejectedRows: summary.rejectedCount
		};
	} catch (error) {
		if (error instanceof ImportError) throw new CliError(error.message);
		throw error;
	}
}
