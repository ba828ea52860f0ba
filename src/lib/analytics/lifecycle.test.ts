import { describe, expect, it } from 'vitest';
import { applyBudget, rateProblems, simulate, step, type Counts, type Rates } from './lifecycle';

const rates: Rates = {
	acquire: 0.1,
	convert: 0.3,
	grow: 0.1,
	churnNew: 0.2,
	churnLoyal: 0.05,
	churnCrossSell: 0.03,
	inflow: 0
};
const start: Counts = { potential: 1000, new: 100, loyal: 50, crossSell: 10, lost: 0 };
const total = (c: Counts) => c.potential + c.new + c.loyal + c.crossSell + c.lost;

describe('lifecycle Markov model', () => {
	it('moves customers by hand-computed amounts in one period', () => {
		const next = step(start, rates);
		// potential: 1000 − 100; new: 100 + 100 − 30 − 20; loyal: 50 + 30 − 5 − 2.5; cross: 10 + 5 − 0.3
		expect(next.potential).toBeCloseTo(900);
		expect(next.new).toBeCloseTo(150);
		expect(next.loyal).toBeCloseTo(72.5);
		expect(next.crossSell).toBeCloseTo(14.7);
		expect(next.lost).toBeCloseTo(22.8);
	});

	it('conserves customers over many periods (plus the inflow)', () => {
		const withInflow = { ...rates, inflow: 20 };
		const run = simulate(
			start,
			withInflow,
			{ margin: { new: 1, loyal: 2, crossSell: 3 }, discountRate: 0.1 },
			24
		);
		run.forEach((r) => expect(total(r.counts)).toBeCloseTo(total(start) + 20 * r.period, 6));
	});

	it('discounts value: one period of constant profit', () => {
		const still = {
			...rates,
			acquire: 0,
			convert: 0,
			grow: 0,
			churnNew: 0,
			churnLoyal: 0,
			churnCrossSell: 0
		};
		const run = simulate(
			{ potential: 0, new: 10, loyal: 0, crossSell: 0, lost: 0 },
			still,
			{ margin: { new: 11, loyal: 0, crossSell: 0 }, discountRate: 0.1 },
			1
		);
		// 110 now + 110 / 1.1 next period
		expect(run[1].value).toBeCloseTo(210);
	});

	it('spending moves the rates the stated way, with diminishing returns', () => {
		const none = applyBudget(rates, { acquisition: 0, retention: 0, growth: 0 });
		expect(none).toEqual(rates);
		const some = applyBudget(rates, { acquisition: 50, retention: 50, growth: 50 });
		const more = applyBudget(rates, { acquisition: 100, retention: 100, growth: 100 });
		expect(some.acquire).toBeCloseTo(0.1 + 0.1 * (1 - Math.exp(-1)));
		expect(some.churnNew).toBeLessThan(rates.churnNew);
		expect(more.acquire - some.acquire).toBeLessThan(some.acquire - rates.acquire);
	});

	it('reports rates that send out more customers than a stage has', () => {
		expect(rateProblems(rates)).toEqual([]);
		expect(rateProblems({ ...rates, convert: 0.9, churnNew: 0.2 })).toHaveLength(1);
	});
});
