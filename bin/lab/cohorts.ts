import { cohortRetention } from '../../src/lib/analytics/cohorts';
import { parseOptions } from './read-input';
import { modelResult, readHistories } from './read-histories';

/** `lab cohorts --input FILE …`: retention by first-purchase month. */
export async function run(args: string[]): Promise<string> {
	const { histories } = readHistories(parseOptions(args));
	return JSON.stringify({ cohorts: modelResult(() => cohortRetention(histories)) });
}
