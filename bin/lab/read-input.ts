/**
 * Shared by the rfm and pareto commands: read a transaction file (text or Excel, gzip or not)
 * through the same import pipeline the browser's worker uses
 * (src/lib/analytics/import/transaction-file.ts), or a file of one row per customer
 * (customer-file.ts) with --customers.
 */
import {
	chooseCustomerColumns,
	readCustomerFile
} from '../../src/lib/analytics/import/customer-file';
import {
	chooseColumns,
	ImportError,
	inspectTransactionFile,
	defaultAsOfDay,
	rfmInputsOf,
	summarizeTransactionFile,
	type TransactionSummary
} from '../../src/lib/analytics/import/transaction-file';
import { parseDay } from '../../src/lib/analytics/import/values';
import type { RfmInput } from '../../src/lib/analytics/rfm';
import { CliError } from './cli-error';
import { columnFromFlag, headerlessHelp, readBytes, tableOptions } from './table-input';

export interface InputOptions {
	input?: string;
	customers?: string;
	id?: string;
	date?: string;
	amount?: string;
	invoice?: string;
	recency?: string;
	frequency?: string;
	monetary?: string;
	'as-of'?: string;
	encoding?: string;
	sheet?: string;
	header?: string;
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

export interface CustomersRead {
	customers: RfmInput[];
	/** Null when recency came in days without --as-of: the day they count from is not known. */
	asOfDay: number | null;
	rejectedRows: number;
}

export function readCustomers(options: InputOptions): CustomersRead {
	if (options.input && options.customers) throw new CliError('--input 与 --customers 只能选一个');
	const path = options.input ?? options.customers;
	if (!path) throw new CliError('缺少 --input FILE（交易明细）或 --customers FILE（每行一位客户）');
	const table = tableOptions(options);
	let asOfDay: number | undefined;
	if (options['as-of']) {
		const day = parseDay(options['as-of']);
		if (day === null) throw new CliError(`--as-of 日期无法识别「${options['as-of']}」`);
		asOfDay = day;
	}
	const bytes = readBytes(path);
	try {
		const inspection = inspectTransactionFile(bytes, table.encoding, table);
		const column = (flag: keyof InputOptions) =>
			columnFromFlag(options[flag], `--${flag}`, inspection);
		const read = { ...table, header: inspection.hasHeader, sheet: inspection.sheet ?? undefined };
		if (options.customers) {
			if (
				!inspection.hasHeader &&
				!(options.id && options.recency && options.frequency && options.monetary)
			) {
				throw headerlessHelp(inspection, '--id、--recency、--frequency、--monetary');
			}
			const summary = readCustomerFile(bytes, {
				...read,
				delimiter: inspection.delimiter || undefined,
				columns: chooseCustomerColumns(inspection.header, {
					id: column('id'),
					recency: column('recency'),
					frequency: column('frequency'),
					monetary: column('monetary')
				}),
				asOfDay
			});
			return {
				customers: rfmInputsOf(summary, asOfDay),
				// Recency in days counts from a day the file does not say, unless --as-of does.
				asOfDay:
					summary.recency === 'days' && asOfDay === undefined ? null : rfmDay(summary, asOfDay),
				rejectedRows: summary.rejectedCount
			};
		}
		if (!inspection.hasHeader && !(options.id && options.date && options.amount)) {
			throw headerlessHelp(inspection, '--id、--date、--amount（和 --invoice）');
		}
		const columns = chooseColumns(inspection.header, {
			id: column('id'),
			date: column('date'),
			amount: column('amount'),
			invoice: column('invoice')
		});
		const summary = summarizeTransactionFile(bytes, {
			...read,
			delimiter: inspection.delimiter || undefined,
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

const rfmDay = (summary: TransactionSummary, asOfDay: number | undefined) =>
	asOfDay ?? defaultAsOfDay(summary);
