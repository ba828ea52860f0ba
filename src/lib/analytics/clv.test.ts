import { describe, expect, it } from 'vitest';
import { ModelError } from './model-error';
import {
	averageRetentionRate,
	closedFormClv,
	constantRateDerl,
	clvPeriodTable,
	formulaClvProblems,
	grossClv,
	netClv,
	paybackPeriod,
	periodsToReachShare,
	retentionSensitivity,
	type CashFlowTiming,
	type FormulaClvInputs
} from './clv';

/** The chapter 3 example: m = 100 yuan, r = 0.8, d = 0.1. */
const textbook: FormulaClvInputs = {
	margin: 100,
	retentionRate: 0.8,
	discountRate: 0.1,
	acquisitionCost: 0,
	horizon: Infinity,
	timing: 'start'
};

describe('formula CLV', () => {
	it.each<[CashFlowTiming, number]>([
		// 100 × 1.1 / 0.3, 100 × 0.8 / 0.3, 100 / 0.3 — the chapter's 367, 267 and 333 yuan
		['start', 366.6667],
		['retained', 266.6667],
		['end', 333.3333]
	])('gives the chapter example its closed form for %s timing', (timing, expected) => {
		expect(closedFormClv(100, 0.8, 0.1, timing)).toBeCloseTo(expected, 4);
		expect(grossClv({ ...textbook, timing })).toBeCloseTo(expected, 4);
	});

	it.each<[CashFlowTiming, number]>([
		// 100 + 80/1.1 + 64/1.21
		['start', 225.6198],
		// 80/1.1 + 64/1.21 + 51.2/1.331
		['retained', 164.0872],
		// 100/1.1 + 80/1.21 + 64/1.331
		['end', 205.1089]
	])('sums three periods by hand for %s timing', (timing, expected) => {
		expect(grossClv({ ...textbook, horizon: 3, timing })).toBeCloseTo(expected, 4);
	});

	it.each<CashFlowTiming>(['start', 'retained', 'end'])(
		'reaches its own closed form as the horizon grows, for %s timing',
		(timing) => {
			const closed = closedFormClv(100, 0.8, 0.1, timing);
			expect(grossClv({ ...textbook, horizon: 400, timing })).toBeCloseTo(closed, 9);
			// and not one of the other two, so the pairing is not an accident of the example
			const others = (['start', 'retained', 'end'] as const).filter((t) => t !== timing);
			for (const other of others)
				expect(Math.abs(closedFormClv(100, 0.8, 0.1, other) - closed)).toBeGreaterThan(30);
		}
	);

	it('lists survival, expected margin, discount factor, present value and the running total', () => {
		const rows = clvPeriodTable({ ...textbook, horizon: 3 });
		expect(rows).toHaveLength(3);
		expect(rows[0]).toEqual({
			period: 1,
			survival: 1,
			expectedMargin: 100,
			discountFactor: 1,
			presentValue: 100,
			cumulative: 100
		});
		expect(rows[1].survival).toBeCloseTo(0.8);
		expect(rows[1].expectedMargin).toBeCloseTo(80);
		expect(rows[1].discountFactor).toBeCloseTo(1 / 1.1);
		expect(rows[1].presentValue).toBeCloseTo(72.7273, 4);
		expect(rows[1].cumulative).toBeCloseTo(172.7273, 4);
	});

	it.each<[CashFlowTiming, number, number]>([
		// period 1 under each timing: survival and discount factor
		['start', 1, 1],
		['retained', 0.8, 1 / 1.1],
		['end', 1, 1 / 1.1]
	])('counts the first period under %s timing with survival %s', (timing, survival, factor) => {
		const [first] = clvPeriodTable({ ...textbook, timing }, 1);
		expect(first.survival).toBeCloseTo(survival);
		expect(first.discountFactor).toBeCloseTo(factor);
	});

	it('lists as many periods as asked for an infinite horizon, and no more than a finite one', () => {
		expect(clvPeriodTable(textbook, 12)).toHaveLength(12);
		expect(clvPeriodTable({ ...textbook, horizon: 5 }, 12)).toHaveLength(5);
		expect(() => clvPeriodTable(textbook)).toThrow(RangeError);
	});

	it('subtracts the acquisition cost once, undiscounted', () => {
		expect(netClv({ ...textbook, acquisitionCost: 200 })).toBeCloseTo(166.6667, 4);
	});

	it('finds the period that pays back the acquisition cost, or none', () => {
		const rows = clvPeriodTable(textbook, 200);
		expect(paybackPeriod(rows, 150)).toBe(2);
		expect(paybackPeriod(rows, 100)).toBe(1);
		expect(paybackPeriod(rows, 400)).toBeNull();
	});

	it.each([
		// ratio 0.8 / 1.1: ln 0.01 / ln 0.7273 = 14.5, so 15 periods
		[0.8, 0.1, 15],
		// ratio 0.95 / 1.02: ln 0.01 / ln 0.9314 = 64.8
		[0.95, 0.02, 65],
		[0, 0.1, 1],
		[1, 0, Infinity]
	])('needs %s retention and %s discounting %s periods to reach 99%% of the limit', (r, d, n) => {
		expect(periodsToReachShare(r, d, 0.99)).toBe(n);
		if (Number.isFinite(n) && r > 0) {
			const inputs = { ...textbook, retentionRate: r, discountRate: d };
			const limit = grossClv(inputs);
			expect(grossClv({ ...inputs, horizon: n })).toBeGreaterThanOrEqual(0.99 * limit);
			expect(grossClv({ ...inputs, horizon: n - 1 })).toBeLessThan(0.99 * limit);
		}
	});

	it('treats a customer who always stays and no discounting as a plain sum over a finite horizon', () => {
		const inputs = { ...textbook, retentionRate: 1, discountRate: 0, horizon: 10 };
		expect(grossClv(inputs)).toBeCloseTo(1000);
	});

	it.each<[string, Partial<FormulaClvInputs>, string]>([
		['retention above 100%', { retentionRate: 1.2 }, '保留率'],
		['a negative retention rate', { retentionRate: -0.1 }, '保留率'],
		['a negative discount rate', { discountRate: -0.1 }, '折现率'],
		['a negative acquisition cost', { acquisitionCost: -5 }, '获客成本'],
		// what an emptied number field gives the page
		['a missing acquisition cost', { acquisitionCost: null as unknown as number }, '获客成本'],
		['a zero horizon', { horizon: 0 }, '观察期数'],
		['a fractional horizon', { horizon: 2.5 }, '观察期数'],
		['a margin that is not a number', { margin: Number.NaN }, '每期利润'],
		['an endless sum', { retentionRate: 1, discountRate: 0 }, '没有上限']
	])('explains %s in Chinese and refuses to compute', (_, change, word) => {
		const inputs = { ...textbook, ...change };
		expect(formulaClvProblems(inputs).join('')).toContain(word);
		expect(() => grossClv(inputs)).toThrow(word);
		expect(() => grossClv(inputs)).toThrow(ModelError);
	});

	it('has no problems with the textbook inputs', () => {
		expect(formulaClvProblems(textbook)).toEqual([]);
	});
});

describe('retention sensitivity', () => {
	const base = { existingCustomers: 1000, newCustomersPerPeriod: 100 };

	it('raises the chapter example from 367 to 440 yuan (+20%) for five points of retention', () => {
		const result = retentionSensitivity(textbook, base);
		expect(result?.improved.retentionRate).toBe(0.85);
		expect(result?.base.grossClv).toBeCloseTo(366.6667, 4);
		expect(result?.improved.grossClv).toBeCloseTo(440, 4);
		expect(result?.change.grossClv).toBeCloseTo(0.2, 6);
		// 1000 existing customers: 366,667 → 440,000 yuan
		expect(result?.improved.existingBaseValue).toBeCloseTo(440000, 2);
		expect(result?.change.existingBaseValue).toBeCloseTo(0.2, 6);
	});

	it('moves net value and steady profit more than gross value once acquisition costs are paid', () => {
		const result = retentionSensitivity({ ...textbook, acquisitionCost: 200 }, base);
		// net CLV 166.67 → 240: +44%
		expect(result?.change.netClv).toBeCloseTo(0.44, 6);
		// 100/0.2 × 100 − 100 × 200 = 30,000 → 100/0.15 × 100 − 20,000 = 46,667: +55.6%
		expect(result?.base.steadyProfitPerPeriod).toBeCloseTo(30000, 4);
		expect(result?.improved.steadyProfitPerPeriod).toBeCloseTo(46666.667, 2);
		expect(result?.change.steadyProfitPerPeriod).toBeCloseTo(0.5556, 4);
	});

	it('reaches 100% retention but no further', () => {
		const atTop = retentionSensitivity({ ...textbook, retentionRate: 0.95 }, base);
		// m(1+d)/d = 110 / 0.1
		expect(atTop?.improved.grossClv).toBeCloseTo(1100, 6);
		expect(atTop?.improved.steadyProfitPerPeriod).toBeNull();
		expect(atTop?.change.steadyProfitPerPeriod).toBeNull();
		expect(retentionSensitivity({ ...textbook, retentionRate: 0.97 }, base)).toBeNull();
	});

	it('gives no change in per cent when there is no base to compare with', () => {
		const result = retentionSensitivity(textbook, {
			existingCustomers: 0,
			newCustomersPerPeriod: 0
		});
		expect(result?.change.existingBaseValue).toBeNull();
	});
});

describe('constant-rate view of a cohort', () => {
	it.each([
		// 1000 → 810 over two periods: √0.81
		[[1000, 900, 810], 0.9],
		// Fader & Hardie's regular sample: (241/1000)^(1/7)
		[[1000, 631, 468, 382, 326, 289, 262, 241], 0.816],
		[[500, 250], 0.5]
	])('averages the retention of %j to %s', (survivors, expected) => {
		expect(averageRetentionRate(survivors)).toBeCloseTo(expected, 4);
	});

	it.each([[[1000]], [[0, 0, 0]], [[]]])('refuses a cohort without two counts: %j', (survivors) => {
		expect(() => averageRetentionRate(survivors)).toThrow(ModelError);
	});

	it('gives r(1+d)/(1+d−r) as the residual lifetime: 0.8 × 1.1 / 0.3', () => {
		expect(constantRateDerl(0.8, 0.1)).toBeCloseTo(2.9333, 4);
	});

	it('sums the same series term by term: r, r²/(1+d), r³/(1+d)², …', () => {
		let series = 0;
		for (let k = 0; k < 300; k++) series += 0.9 ** (k + 1) / 1.05 ** k;
		expect(constantRateDerl(0.9, 0.05)).toBeCloseTo(series, 9);
	});
});
