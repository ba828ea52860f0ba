/**
 * Shared by the rfm and pareto commands: read a transaction file, decode it, parse it with
 * papaparse and aggregate it per customer with the same code the browser uses.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { decodeText, type Encoding } from '../../src/lib/analytics/import/decode';
import {
	createAggregator,
	ImportError,
	mapColumns,
	toRfmInputs
} from '../../src/lib/analytics/import/transactions';
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
	const encodings = ['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be'];
	const encoding = (options.encoding ?? 'auto') as Encoding;
	if (!encodings.includes(encoding)) throw new CliError(`--encoding 只能是 ${encodings.join('|')}`);
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(options.input);
	} catch {
		throw new CliError(`读不到文件「${options.input}」`);
	}
	try {
		const text = decodeText(bytes, encoding);
		const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
		const [header, ...rows] = parsed.data;
		if (!header || !rows.length) throw new ImportError('文件里只有表头或没有数据行。');
		const mapping = mapColumns(header, {
			id: options.id,
			date: options.date,
			amount: options.amount,
			invoice: options.invoice
		});
		const aggregator = createAggregator(mapping);
		rows.forEach((row, i) => aggregator.push(row, i + 2));
		const state = aggregator.result();
		let asOfDay = state.latestDay + 1;
		if (options['as-of']) {
			const day = parseDay(options['as-of']);
			if (day === null) throw new CliError(`--as-of 日期无法识别「${options['as-of']}」`);
			asOfDay = day;
		}
		const customers = toRfmInputs(state, asOfDay);
		if (!customers.length)
			throw new ImportError(
				`没有可用的交易：${state.rejectedCount} 行全部被拒绝（例如第 ${state.rejected[0]?.line} 行：${state.rejected[0]?.reason}）。`
			);
		return { customers, asOfDay, rejectedRows: state.rejectedCount };
	} catch (error) {
		if (error instanceof ImportError) throw new CliError(error.message);
		throw error;
	}
}
