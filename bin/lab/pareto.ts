import { pareto } from '../../src/lib/analytics/pareto';
import { parseOptions, readCustomers } from './read-input';

/** `lab pareto --input FILE …`: how concentrated customer value is. */
export async function run(args: string[]): Promise<string> {
	const { customers } = readCustomers(parseOptions(args));
	const summary = pareto(customers.map((c) => c.monetary));
	return JSON.stringify({
		customers: summary.customers,
		gini: summary.gini,
		top20Share: summary.top20Share,
		customersFor80Percent: summary.customersFor80Percent
	});
}
