/**
 * Relationship patterns and stages (chapter 2) found in purchase data, by stated rules a learner
 * can change. The four patterns say how far a relationship got before it ended:
 *   早期流产型 ended inside the 考察期 (within `explorationDays` of the first purchase);
 *   中途夭折型 ended later, before reaching a stable rate (fewer than `stablePurchases` purchase days);
 *   提前退出型 reached a stable rate and then stopped;
 *   长久保持型 is still active.
 * A relationship has ended when the last purchase is more than `inactiveDays` before the as-of
 * date, the same rule the survival curve uses.
 */
import type { CustomerHistory } from './customer-histories';
import { ModelError } from './model-error';

export const PATTERNS = ['早期流产型', '中途夭折型', '提前退出型', '长久保持型'] as const;
export type Pattern = (typeof PATTERNS)[number];

export const STAGES = ['考察期', '形成期', '稳定期', '退化期', '已流失'] as const;
export type Stage = (typeof STAGES)[number];

export interface PatternRules {
	/** Days without a purchase after which a relationship has ended. */
	inactiveDays: number;
	/** Length of the 考察期 from the first purchase, in days. */
	explorationDays: number;
	/** Purchase days that show a stable rate (稳定期 reached). */
	stablePurchases: number;
	/** A current customer is in 退化期 when the gap since the last purchase exceeds this many times their usual gap. */
	declineFactor: number;
}

export const DEFAULT_PATTERN_RULES: PatternRules = {
	inactiveDays: 180,
	explorationDays: 60,
	stablePurchases: 5,
	declineFactor: 2
};

export function checkRules(rules: PatternRules): void {
	const whole = (value: number, min: number, what: string) => {
		if (!Number.isInteger(value) || value < min)
			throw new ModelError(`${what}必须是不小于 ${min} 的整数。`);
	};
	whole(rules.inactiveDays, 1, '沉寂天数');
	whole(rules.explorationDays, 0, '考察期天数');
	whole(rules.stablePurchases, 2, '稳定期所需购买次数');
	if (!(rules.declineFactor >= 1)) throw new ModelError('退化倍数必须不小于 1。');
}

export function hasEnded(history: CustomerHistory, asOfDay: number, rules: PatternRules): boolean {
	return asOfDay - history.lastDay > rules.inactiveDays;
}

export function patternOf(history: CustomerHistory, asOfDay: number, rules: PatternRules): Pattern {
	if (!hasEnded(history, asOfDay, rules)) return '长久保持型';
	if (history.lastDay - history.firstDay <= rules.explorationDays) return '早期流产型';
	return history.purchaseDays >= rules.stablePurchases ? '提前退出型' : '中途夭折型';
}

/** Where a customer stands today; an ended relationship is 已流失. */
export function stageOf(history: CustomerHistory, asOfDay: number, rules: PatternRules): Stage {
	if (hasEnded(history, asOfDay, rules)) return '已流失';
	const sinceLast = asOfDay - history.lastDay;
	const usualGap =
		history.purchaseDays > 1
			? (history.lastDay - history.firstDay) / (history.purchaseDays - 1)
			: rules.inactiveDays / (2 * rules.declineFactor);
	if (asOfDay - history.firstDay <= rules.explorationDays) return '考察期';
	if (sinceLast > rules.declineFactor * usualGap) return '退化期';
	return history.purchaseDays >= rules.stablePurchases ? '稳定期' : '形成期';
}

export function countPatterns(
	histories: CustomerHistory[],
	asOfDay: number,
	rules: PatternRules
): Record<Pattern, number> {
	checkRules(rules);
	const counts = Object.fromEntries(PATTERNS.map((p) => [p, 0])) as Record<Pattern, number>;
	for (const history of histories) counts[patternOf(history, asOfDay, rules)]++;
	return counts;
}

export function countStages(
	histories: CustomerHistory[],
	asOfDay: number,
	rules: PatternRules
): Record<Stage, number> {
	checkRules(rules);
	const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
	for (const history of histories) counts[stageOf(history, asOfDay, rules)]++;
	return counts;
}
