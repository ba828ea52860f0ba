/**
 * Everything the lifecycle lab shows, computed from purchase histories with the learner's rules:
 * each customer's pattern, stage and lifetime, the pattern and stage counts, cohort retention
 * (transaction data only), and Kaplan–Meier survival overall, per first channel and per
 * first-purchase amount band. The page, the export and the tests call this one function; the CLI
 * calls the same models it is built from.
 */
import { averageRetention, cohortRetention, type Cohort } from './cohorts';
import { historiesAsOf, type CustomerHistory } from './customer-histories';
import {
	checkRules,
	patternOf,
	PATTERNS,
	stageOf,
	STAGES,
	type Pattern,
	type PatternRules,
	type Stage
} from './lifecycle-patterns';
import { ModelError } from './model-error';
import { kaplanMeier, lifetimesOf, type Lifetime, type SurvivalResult } from './survival';
import { survivalByFirstAmount, type AmountBandSurvival } from './survival-bands';

export interface CustomerResult {
	history: CustomerHistory;
	pattern: Pattern;
	stage: Stage;
	lifetime: Lifetime;
}

export interface LifecycleAnalysis {
	asOfDay: number;
	customers: CustomerResult[];
	patterns: Record<Pattern, number>;
	stages: Record<Stage, number>;
	/** Null with the reason when the data have no purchase days (one row per customer). */
	cohorts: { cohorts: Cohort[]; average: number[] } | { reason: string };
	survival: SurvivalResult;
	/** Survival per first-purchase channel, when the data have channels (largest first). */
	byChannel: { channel: string; survival: SurvivalResult }[];
	/** Survival per first-purchase amount band, when the data have first-purchase amounts. */
	byFirstAmount: AmountBandSurvival[];
}

export function analyseLifecycle(
	histories: CustomerHistory[],
	asOfDay: number,
	rules: PatternRules
): LifecycleAnalysis {
	checkRules(rules);
	const cut = historiesAsOf(histories, asOfDay);
	const lifetimes = lifetimesOf(cut, rules.inactiveDays, asOfDay);
	const patterns = Object.fromEntries(PATTERNS.map((p) => [p, 0])) as Record<Pattern, number>;
	const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
	const customers = cut.map((history, i): CustomerResult => {
		const pattern = patternOf(history, asOfDay, rules);
		const stage = stageOf(history, asOfDay, rules);
		patterns[pattern]++;
		stages[stage]++;
		return { history, pattern, stage, lifetime: lifetimes[i] };
	});
	let cohorts: LifecycleAnalysis['cohorts'];
	try {
		const list = cohortRetention(cut);
		cohorts = { cohorts: list, average: averageRetention(list) };
	} catch (error) {
		if (!(error instanceof ModelError)) throw error;
		cohorts = { reason: error.message };
	}
	const channels = new Map<string, Lifetime[]>();
	customers.forEach(({ history, lifetime }) => {
		if (history.channel === undefined) return;
		const list = channels.get(history.channel) ?? [];
		list.push(lifetime);
		channels.set(history.channel, list);
	});
	const byChannel = [...channels.entries()]
		.sort((a, b) => b[1].length - a[1].length)
		.map(([channel, list]) => ({ channel, survival: kaplanMeier(list) }));
	return {
		asOfDay,
		customers,
		patterns,
		stages,
		cohorts,
		survival: kaplanMeier(lifetimes),
		byChannel,
		byFirstAmount: survivalByFirstAmount(customers)
	};
}

/** Survival at `day`: the estimate after the last event on or before it (1 before any). */
export function survivalAt(result: SurvivalResult, day: number): number {
	let value = 1;
	for (const step of result.survival) {
		if (step.day > day) break;
		value = step.survival;
	}
	return value;
}
