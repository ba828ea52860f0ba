import { describe, expect, it } from 'vitest';
import { historiesOf, type PurchaseRow } from './customer-histories';
import { analyseLifecycle, survivalAt } from './lifecycle-analysis';
import { DEFAULT_PATTERN_RULES } from './lifecycle-patterns';
import { lifecycleSample, SAMPLE_PATTERN_SHARES } from './lifecycle-sample';
import { ModelError } from './model-error';

const rules = { inactiveDays: 30, explorationDays: 10, stablePurchases: 3, declineFactor: 2 };

describe('the lifecycle analysis the lab shows', () => {
	// Day 0 is 1970-01-01 (a January); the as-of day is 100, the latest purchase.
	const rows: PurchaseRow[] = [
		{ id: 'abort', day: 0, amount: 10, channel: '门店' },
		{ id: 'abort', day: 5, amount: 10, channel: '门店' },
		{ id: 'midway', day: 0, amount: 10, channel: '网店' },
		{ id: 'midway', day: 40, amount: 10, channel: '网店' },
		{ id: 'early-exit', day: 10, amount: 10, channel: '门店' },
		...[20, 30, 40, 50].map((day) => ({ id: 'early-exit', day, amount: 10, channel: '门店' })),
		{ id: 'kept', day: 35, amount: 10, channel: '网店' },
		...[50, 65, 80, 100].map((day) => ({ id: 'kept', day, amount: 10, channel: '网店' }))
	];
	const histories = historiesOf(rows);

	it('gives each customer a pattern, a stage and a lifetime by the stated rules (hand-computed)', () => {
		const analysis = analyseLifecycle(histories, 100, rules);
		expect(analysis.customers.map((c) => [c.history.id, c.pattern, c.stage, c.lifetime])).toEqual([
			['abort', '早期流产型', '已流失', { days: 5, churned: true }],
			['midway', '中途夭折型', '已流失', { days: 40, churned: true }],
			['early-exit', '提前退出型', '已流失', { days: 40, churned: true }],
			['kept', '长久保持型', '稳定期', { days: 65, churned: false }]
		]);
		expect(analysis.patterns).toEqual({
			早期流产型: 1,
			中途夭折型: 1,
			提前退出型: 1,
			长久保持型: 1
		});
		// Lifetimes 5, 40, 40 churned and 65 censored: S(5) = 3/4, S(40) = 3/4 × 1/3 = 1/4.
		expect(analysis.survival.medianDays).toBe(40);
		expect(survivalAt(analysis.survival, 39)).toBe(0.75);
		expect(survivalAt(analysis.survival, 40)).toBeCloseTo(0.25, 12);
		expect(analysis.byChannel.map((c) => [c.channel, c.survival.medianDays])).toEqual([
			['门店', 5],
			// midway churned at 40 with kept (65, censored) still at risk: 1 − 1/2.
			['网店', 40]
		]);
		// Days 0–30 are January, 31–58 February, 59–89 March, 90–119 April (the latest month).
		// January: abort, midway and early-exit, two of them back in February; February: kept.
		if (!('cohorts' in analysis.cohorts)) throw new Error('expected cohorts');
		expect(analysis.cohorts.cohorts.map((c) => [c.cohort, c.size, c.active])).toEqual([
			['1970-01', 3, [3, 2, 0, 0]],
			['1970-02', 1, [1, 1, 1]]
		]);
	});

	it('changes lifetimes and patterns with the inactivity window', () => {
		const wider = analyseLifecycle(histories, 100, { ...rules, inactiveDays: 60 });
		// Silent 50 days is still a customer with a 60-day window: midway and early-exit are censored.
		expect(wider.patterns).toEqual({ 早期流产型: 1, 中途夭折型: 0, 提前退出型: 0, 长久保持型: 3 });
		expect(wider.survival.events).toBe(1);
	});

	it('cuts the data at an earlier as-of day and explains why a customer table has no cohorts', () => {
		const early = analyseLifecycle(histories, 40, rules);
		expect(early.customers.map((c) => c.history.id)).toEqual([
			'abort',
			'midway',
			'early-exit',
			'kept'
		]);
		expect(early.customers[1].history.lastDay).toBe(40);
		const table = histories.map(({ days: _days, ...rest }) => rest);
		const analysis = analyseLifecycle(table, 100, rules);
		expect(analysis.cohorts).toEqual({
			reason: expect.stringContaining('同期群留存需要每一笔购买的日期')
		});
		expect(() => analyseLifecycle(histories, 100, { ...rules, stablePurchases: 1 })).toThrow(
			ModelError
		);
	});

	it('finds the seeded sample shop’s patterns in the stated shares (within 4 points)', () => {
		const sample = lifecycleSample(7);
		const analysis = analyseLifecycle(
			historiesOf(sample.rows),
			sample.endDay,
			DEFAULT_PATTERN_RULES
		);
		const total = analysis.customers.length;
		for (const [pattern, share] of Object.entries(SAMPLE_PATTERN_SHARES)) {
			expect(
				Math.abs(analysis.patterns[pattern as keyof typeof SAMPLE_PATTERN_SHARES] / total - share)
			).toBeLessThan(0.04);
		}
	});
});
