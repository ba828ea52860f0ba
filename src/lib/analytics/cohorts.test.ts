import { describe, expect, it } from 'vitest';
import { averageRetention, cohortRetention } from './cohorts';
import { historiesOf, type CustomerHistory } from './customer-histories';
import { parseDay } from './import/values';

const day = (iso: string) => parseDay(iso) as number;

describe('cohortRetention', () => {
	const histories = historiesOf([
		{ id: 'A', day: day('2024-01-05'), amount: 100 },
		{ id: 'A', day: day('2024-01-20'), amount: 50 },
		{ id: 'A', day: day('2024-03-02'), amount: 30 },
		{ id: 'B', day: day('2024-01-31'), amount: 20 },
		{ id: 'B', day: day('2024-02-01'), amount: -20 },
		{ id: 'B', day: day('2024-02-10'), amount: 0 },
		{ id: 'C', day: day('2024-02-15'), amount: 10 },
		{ id: 'C', day: day('2024-04-01'), amount: 10 },
		{ id: 'D', day: day('2024-03-01'), amount: -5 }
	]);

	it('groups customers by first purchase month and counts later months with a purchase day', () => {
		expect(cohortRetention(histories)).toEqual([
			{ cohort: '2024-01', size: 2, active: [2, 0, 1, 0], retention: [1, 0, 0.5, 0] },
			{ cohort: '2024-02', size: 1, active: [1, 0, 1], retention: [1, 0, 1] }
		]);
	});

	it('averages retention by month since first purchase, weighted by cohort size', () => {
		expect(averageRetention(cohortRetention(histories))).toEqual([1, 0, 2 / 3, 0]);
	});

	it('asks for dated purchases when the data is one row per customer', () => {
		const summary: CustomerHistory = {
			id: 'A',
			firstDay: 1,
			lastDay: 9,
			purchaseDays: 3,
			total: 9
		};
		expect(() => cohortRetention([summary])).toThrow(/每一笔购买的日期/);
	});
});
