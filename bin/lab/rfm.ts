import Papa from 'papaparse';
import { formatDay } from '../../src/lib/analytics/import/values';
import { scoreRfm } from '../../src/lib/analytics/rfm';
import { parseOptions, readCustomers } from './read-input';
import { CliError } from './cli-error';

/** `lab rfm --input FILE …`: RFM scores and the eight classes per customer, as JSON or CSV. */
export async function run(args: string[]): Promise<string> {
	const options = parseOptions(args);
	const format = options.format ?? 'json';
	if (format !== 'json' && format !== 'csv') throw new CliError('--format 只能是 json 或 csv');
	const { customers, asOfDay, rejectedRows } = readCustomers(options);
	const scored = scoreRfm(customers).map(
		({ id, recencyDays, frequency, monetary, r, f, m, class8 }) => ({
			id,
			recencyDays,
			frequency,
			monetary,
			r,
			f,
			m,
			class8
		})
	);
	if (format === 'csv') return Papa.unparse(scored);
	return JSON.stringify({
		asOf: asOfDay === null ? null : formatDay(asOfDay),
		customers: scored,
		rejectedRows
	});
}
