import { historiesAsOf } from '../../src/lib/analytics/customer-histories';
import { formatDay } from '../../src/lib/analytics/import/values';
import {
	countPatterns,
	DEFAULT_PATTERN_RULES,
	type PatternRules
} from '../../src/lib/analytics/lifecycle-patterns';
import { parseOptions } from './read-input';
import { modelResult, readHistories, type HistoryOptions } from './read-histories';

const RULE_OPTIONS: Record<string, keyof PatternRules> = {
	'inactive-days': 'inactiveDays',
	'exploration-days': 'explorationDays',
	'stable-purchases': 'stablePurchases',
	'decline-factor': 'declineFactor'
};

/** `lab patterns --input FILE …`: customers per relationship pattern, with the rules used. */
export async function run(args: string[]): Promise<string> {
	const options = parseOptions(args) as HistoryOptions & Record<string, string | undefined>;
	const rules = { ...DEFAULT_PATTERN_RULES };
	for (const [option, rule] of Object.entries(RULE_OPTIONS)) {
		if (options[option] !== undefined) rules[rule] = Number(options[option]);
	}
	const { histories, asOfDay } = readHistories(options);
	const patterns = modelResult(() =>
		countPatterns(historiesAsOf(histories, asOfDay), asOfDay, rules)
	);
	return JSON.stringify({ patterns, rules: { ...rules, asOf: formatDay(asOfDay) } });
}
