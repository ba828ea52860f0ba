import { readShippedText } from '../../../data/shipped';
import { describe, expect, it } from 'vitest';
import { pareto } from './pareto';
import { class8, meanThresholds, quintileScores, scoreRfm, type RfmInput } from './rfm';

const small: RfmInput[] = [
	{ id: 'a', recencyDays: 5, frequency: 10, monetary: 1000 },
	{ id: 'b', recencyDays: 50, frequency: 2, monetary: 100 },
	{ id: 'c', recencyDays: 10, frequency: 1, monetary: 900 },
	{ id: 'd', recencyDays: 90, frequency: 8, monetary: 50 }
];

describe('RFM', () => {
	it('splits at the means into the eight classes (R high = fewer days than the mean)', () => {
		// means: recency 38.75, frequency 5.25, monetary 512.5
		const t = meanThresholds(small);
		expect(t).toEqual({ recencyDays: 38.75, frequency: 5.25, monetary: 512.5 });
		expect(small.map((c) => class8(c, t))).toEqual([
			'重要价值客户',
			'一般挽留客户',
			'重要发展客户',
			'一般保持客户'
		]);
	});

	it('scores quintiles by rank, ties sharing the first rank’s score, recency reversed', () => {
		expect(quintileScores([10, 20, 30, 40, 50])).toEqual([1, 2, 3, 4, 5]);
		expect(quintileScores([10, 10, 30, 40, 50])).toEqual([1, 1, 3, 4, 5]);
		expect(quintileScores([1, 2, 3, 4, 5], false)).toEqual([5, 4, 3, 2, 1]);
		// Four customers cannot fill five quintiles: ranks 0–3 give scores 1, 2, 3, 4.
		expect(scoreRfm(small).map((c) => [c.r, c.f, c.m])).toEqual([
			[4, 4, 4],
			[2, 2, 2],
			[3, 1, 3],
			[1, 3, 1]
		]);
	});
});

describe('Pareto', () => {
	it('computes the top-20% share, customers for 80% and Gini by hand', () => {
		// values 1..5 (total 15): top ⌈0.2·5⌉ = 1 customer holds 5/15; 80% (12) needs 5+4+3 = 3 customers
		const summary = pareto([3, 1, 4, 5, 2]);
		expect(summary.top20Share).toBeCloseTo(1 / 3);
		expect(summary.customersFor80Percent).toBe(3);
		// Lorenz area by trapezoids: (0.5+2+4.5+8+12.5)/(5·15) = 27.5/75; Gini = 1 − 55/75
		expect(summary.gini).toBeCloseTo(1 - 55 / 75);
		expect(pareto([7, 7, 7, 7]).gini).toBeCloseTo(0);
	});
});

describe('UCI Online Retail (published figures)', () => {
	const customers: RfmInput[] = readShippedText('online-retail/customers_rfm.csv')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => {
			const [id, recency, frequency, monetary] = line.split(',');
			return {
				id,
				recencyDays: Number(recency),
				frequency: Number(frequency),
				monetary: Number(monetary)
			};
		});

	it('has 4,338 customers; the top 868 bring 74.62% of revenue', () => {
		const summary = pareto(customers.map((c) => c.monetary));
		expect(customers).toHaveLength(4338);
		expect(Math.ceil(0.2 * customers.length)).toBe(868);
		expect(summary.top20Share * 100).toBeCloseTo(74.62, 2);
	});

	it('splits at the means into 1,750 一般发展客户 and 689 重要价值客户', () => {
		const t = meanThresholds(customers);
		expect(t.recencyDays).toBeCloseTo(93.06, 2);
		expect(t.frequency).toBeCloseTo(4.272, 3);
		expect(t.monetary).toBeCloseTo(2054.27, 2);
		const counts = new Map<string, number>();
		for (const c of scoreRfm(customers)) counts.set(c.class8, (counts.get(c.class8) ?? 0) + 1);
		expect(counts.get('一般发展客户')).toBe(1750);
		expect(counts.get('重要价值客户')).toBe(689);
	});
});
