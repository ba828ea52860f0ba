import { historiesAsOf } from '../../src/lib/analytics/customer-histories';
import { kaplanMeier, lifetimesOf } from '../../src/lib/analytics/survival';
import { CliError } from './cli-error';
import { parseOptions } from './read-input';
import { modelResult, readHistories, type HistoryOptions } from './read-histories';

/** `lab survival --input FILE … --inactive-days D [--as-of YYYY-MM-DD]`: Kaplan–Meier lifetimes. */
export async function run(args: string[]): Promise<string> {
	const options = parseOptions(args) as HistoryOptions & { 'inactive-days'?: string };
	if (options['inactive-days'] === undefined) throw new CliError('缺少 --inactive-days D');
	const inactiveDays = Number(options['inactive-days']);
	const { histories, asOfDay } = readHistories(options);
	return JSON.stringify(
		modelResult(() =>
			kaplanMeier(lifetimesOf(historiesAsOf(histories, asOfDay), inactiveDays, asOfDay))
		)
	);
}
