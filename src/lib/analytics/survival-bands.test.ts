import { describe, expect, it } from 'vitest';
import { historiesOf, type CustomerHistory } from './customer-histories';
import type { Lifetime } from './survival';
import { survivalByFirstAmount, tertileCuts } from './survival-bands';

const customer = (firstAmount: number | undefined, days: number, churned: boolean) => {
	const history: CustomerHistory = {
		id: `${firstAmount}-${days}`,
		firstDay: 0,
		lastDay: 0,
		purchaseDays: 1,
		total: 0
	};
	if (firstAmount !== undefined) history.firstAmount = firstAmount;
	const lifetime: Lifetime = { days, churned };
	return { history, lifetime };
};

describe('survival by first-purchase amount band', () => {
	it.each([
		[
			[70, 10, 50, 30, 20, 60, 40],
			[30, 50]
		],
		[
			[1, 2, 3],
			[1, 2]
		],
		[
			[5, 5, 5, 5, 9, 9],
			[5, 5]
		],
		[[8], [8, 8]]
	])('cuts %j at the ranks ⌈n/3⌉ and ⌈2n/3⌉: %j', (values, cuts) => {
		expect(tertileCuts(values)).toEqual(cuts);
	});

	it('gives each band its own Kaplan–Meier curve (hand-computed)', () => {
		const bands = survivalByFirstAmount([
			customer(10, 0, true),
			customer(20, 5, true),
			customer(30, 10, false),
			customer(40, 30, true),
			customer(50, 100, false),
			customer(60, 200, false),
			customer(70, 300, true)
		]);
		expect(bands.map(({ band, above, upTo, customers }) => [band, above, upTo, customers])).toEqual(
			[
				['low', null, 30, 3],
				['middle', 30, 50, 2],
				['high', 50, null, 2]
			]
		);
		// Low: 3 at risk at day 0, one churns (2/3); 2 at risk at day 5, one churns (1/3); 10 censored.
		expect(bands[0].survival).toMatchObject({ events: 2, medianDays: 5 });
		expect(bands[0].survival.survival.map((s) => [s.day, s.atRisk, s.events])).toEqual([
			[0, 3, 1],
			[5, 2, 1]
		]);
		expect(bands[0].survival.survival[1].survival).toBeCloseTo(1 / 3, 12);
		// Middle: one of two churns at 30 days (½), the other is censored at 100.
		expect(bands[1].survival).toMatchObject({ events: 1, medianDays: 30 });
		// High: censored at 200, then the one left churns at 300.
		expect(bands[2].survival.survival).toEqual([{ day: 300, atRisk: 1, events: 1, survival: 0 }]);
	});

	it('keeps ties at a cut in the lower band and leaves an empty band out', () => {
		const bands = survivalByFirstAmount(
			[5, 5, 5, 5, 9, 9].map((amount, i) => customer(amount, i * 10, true))
		);
		expect(bands.map(({ band, above, upTo, customers }) => [band, above, upTo, customers])).toEqual(
			[
				['low', null, 5, 4],
				['high', 5, null, 2]
			]
		);
	});

	it('has no split when a first amount is unknown or every customer is in one band', () => {
		expect(survivalByFirstAmount([customer(10, 1, true), customer(undefined, 2, true)])).toEqual(
			[]
		);
		expect(survivalByFirstAmount([customer(10, 1, true), customer(10, 2, true)])).toEqual([]);
	});

	it('counts every positive row of the first purchase day as the first amount, refunds not', () => {
		const [history] = historiesOf([
			{ id: 'A', day: 3, amount: 30 },
			{ id: 'A', day: 3, amount: -10 },
			{ id: 'A', day: 9, amount: 500 },
			{ id: 'A', day: 3, amount: 20 }
		]);
		expect(history).toMatchObject({ firstDay: 3, firstAmount: 50, total: 540 });
	});
});
