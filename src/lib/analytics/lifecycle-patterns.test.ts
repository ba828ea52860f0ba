import { describe, expect, it } from 'vitest';
import { historiesOf, latestPurchaseDay, type CustomerHistory } from './customer-histories';
import {
	countPatterns,
	countStages,
	DEFAULT_PATTERN_RULES,
	patternOf,
	stageOf
} from './lifecycle-patterns';
import { lifecycleSample, SAMPLE_PATTERN_SHARES } from './lifecycle-sample';

describe('relationship patterns and stages', () => {
	const rules = DEFAULT_PATTERN_RULES;
	const customer = (firstDay: number, lastDay: number, purchaseDays: number): CustomerHistory => ({
		id: 'x',
		firstDay,
		lastDay,
		purchaseDays,
		total: 1
	});

	it.each([
		['ended inside the 60-day 考察期', customer(100, 130, 3), '早期流产型'],
		['ended after the 考察期 with fewer than 5 purchase days', customer(100, 300, 4), '中途夭折型'],
		['ended after reaching 5 or more purchase days', customer(100, 500, 8), '提前退出型'],
		['bought within the last 180 days', customer(100, 900, 2), '长久保持型'],
		['silent for exactly 180 days', customer(100, 820, 2), '长久保持型']
	] as const)('a customer who %s is %s', (_, history, pattern) => {
		expect(patternOf(history, 1000, rules)).toBe(pattern);
	});

	it.each([
		['first bought 40 days ago', customer(960, 960, 1), '考察期'],
		['buys rarely but regularly, with few purchases', customer(100, 900, 2), '形成期'],
		['buys often and recently', customer(100, 950, 10), '稳定期'],
		['has been silent for six usual gaps', customer(800, 880, 5), '退化期'],
		['has ended', customer(100, 130, 3), '已流失']
	] as const)('a customer who %s is in %s', (_, history, stage) => {
		expect(stageOf(history, 1000, rules)).toBe(stage);
	});

	it('counts every customer once, in patterns and in stages', () => {
		const histories = [customer(100, 130, 3), customer(100, 300, 4), customer(960, 960, 1)];
		const patterns = countPatterns(histories, 1000, rules);
		expect(Object.values(patterns).reduce((a, b) => a + b)).toBe(3);
		expect(countStages(histories, 1000, rules)).toMatchObject({ 已流失: 2, 考察期: 1 });
	});

	it('refuses rules a learner could mistype', () => {
		expect(() => countPatterns([], 0, { ...rules, stablePurchases: 1 })).toThrow(
			/稳定期所需购买次数/
		);
		expect(() => countPatterns([], 0, { ...rules, inactiveDays: 2.5 })).toThrow(/沉寂天数/);
	});

	it('recovers the seeded sample shop: every customer in the pattern it was generated with', () => {
		const sample = lifecycleSample(7);
		const histories = historiesOf(sample.rows);
		const asOf = latestPurchaseDay(histories);
		const wrong = histories.filter((h) => patternOf(h, asOf, rules) !== sample.truth.get(h.id));
		expect(wrong).toEqual([]);
		const counts = countPatterns(histories, asOf, rules);
		for (const [pattern, share] of Object.entries(SAMPLE_PATTERN_SHARES)) {
			expect(counts[pattern as keyof typeof counts] / histories.length).toBeCloseTo(share, 1);
		}
	});
});
