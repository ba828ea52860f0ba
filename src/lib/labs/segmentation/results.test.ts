import { describe, expect, it } from 'vitest';
import { CLASS8 } from '$lib/analytics/rfm';
import type { TransactionSummary } from '$lib/analytics/import/transaction-file';
import {
	behaviourQuadrants,
	class8Segments,
	classify,
	packScores,
	scoreDataset,
	tiersOf,
	unpackScores,
	valueQuadrants
} from './results';

/**
 * One customer per class of the eight-class scheme, as of day 100: recent customers last bought
 * on day 99 (R = 1), old ones on day 9 (R = 91); frequent ones 3 times; big ones spent 1,000.
 * Means: R 46, F 2, M 550.
 */
const customers = [
	['A', 99, 3, 1000],
	['B', 99, 1, 1000],
	['C', 9, 3, 1000],
	['D', 9, 1, 1000],
	['E', 99, 3, 100],
	['F', 99, 1, 100],
	['G', 9, 3, 100],
	['H', 9, 1, 100]
].map(([id, lastDay, frequency, monetary]) => ({
	id: id as string,
	firstDay: (lastDay as number) - 39,
	lastDay: lastDay as number,
	frequency: frequency as number,
	monetary: monetary as number
}));

const summary: TransactionSummary = {
	rows: 16,
	accepted: 16,
	rejectedCount: 0,
	rejected: [],
	customers,
	earliestDay: -30,
	latestDay: 99,
	refunds: { rows: 0, amount: 0, customersWithoutPurchase: 0 },
	columns: { id: 'id', date: 'date', amount: 'amount' },
	encoding: 'utf-8',
	delimiter: ','
};

describe('segmentation results', () => {
	const scored = scoreDataset(summary);

	it('uses the day after the last purchase and splits at the means', () => {
		expect(scored.asOfDay).toBe(100);
		expect(scored.means).toEqual({ recencyDays: 46, frequency: 2, monetary: 550 });
	});

	it('puts one customer in each of the eight classes, in the scheme order', () => {
		const classes = classify(scored, scored.means);
		expect(classes).toEqual([...CLASS8]);
		expect(class8Segments(scored, classes).map((s) => s.customers)).toEqual(Array(8).fill(1));
	});

	it('re-segments from the scores alone when a threshold moves', () => {
		const classes = classify(scored, { ...scored.means, monetary: 2000 });
		expect(classes.filter((c) => c.startsWith('重要'))).toEqual([]);
		expect(
			class8Segments(scored, classes).find((s) => s.segment === '一般价值客户')?.customers
		).toBe(2);
	});

	it('lays out the behaviour matrix with frequency across and average amount up', () => {
		const cells = behaviourQuadrants(scored);
		// Medians: frequency 2, average amount (1000, 333.3, 100, 33.3 …) → 216.67.
		expect(cells.map((q) => [q.name, q.column, q.row, q.customers])).toEqual([
			['乐于消费型客户', 0, 0, 2],
			['最好的客户', 1, 0, 2],
			['不确定型客户', 0, 1, 2],
			['经常性客户', 1, 1, 2]
		]);
		expect(cells[1].valueShare).toBeCloseTo(2000 / 4400, 10);
	});

	it('changes the value matrix when the potential proxy changes', () => {
		// Purchase rate: 3 purchases in 40 days beat 1 in 130; recency: recent customers win;
		// average order: C's 333.33 per purchase is above the median 216.67, so C is 白金 there.
		const byRate = scored.value['purchase-rate'];
		const byRecency = scored.value.recency;
		// Customer relationships of 40 and 130 days (from the first purchase to the as-of day):
		// the median rate lies between C's 3 purchases in 130 days and B's 1 in 40, so B is above it.
		expect(byRate.split.potential).toBeCloseTo((3 / (130 / 30) + 1 / (40 / 30)) / 2, 10);
		expect(byRate.cells).toEqual([
			'Ⅳ类：白金客户',
			'Ⅳ类：白金客户',
			'Ⅲ类：黄金客户',
			'Ⅲ类：黄金客户',
			'Ⅱ类：铁质客户',
			'Ⅱ类：铁质客户',
			'Ⅰ类：铅质客户',
			'Ⅰ类：铅质客户'
		]);
		expect(byRecency.split.potential).toBe(-46);
		expect(scored.value['average-order'].cells[2]).toBe('Ⅳ类：白金客户');
		expect(valueQuadrants(scored, byRecency.cells).map((q) => q.customers)).toEqual([2, 2, 2, 2]);
		expect(byRecency.cells.slice(0, 4)).toEqual([
			'Ⅳ类：白金客户',
			'Ⅳ类：白金客户',
			'Ⅲ类：黄金客户',
			'Ⅲ类：黄金客户'
		]);
	});

	it('tiers the bank customers by value rank with the given shares', () => {
		expect(tiersOf(scored, { premium: 0.125, major: 0.25 })).toEqual([
			'优质客户',
			'主要客户',
			'主要客户',
			'普通客户',
			'普通客户',
			'普通客户',
			'普通客户',
			'普通客户'
		]);
	});

	it('arrives on the page exactly as the worker scored it', () => {
		const sent = structuredClone(packScores(scored));
		expect(unpackScores(sent, summary)).toEqual(scored);
	});
});
