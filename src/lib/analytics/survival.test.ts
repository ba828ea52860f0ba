import { describe, expect, it } from 'vitest';
import { historiesOf, latestPurchaseDay, type CustomerHistory } from './customer-histories';
import { ModelError } from './model-error';
import { kaplanMeier, lifetimesOf } from './survival';

describe('Kaplan–Meier survival', () => {
	const customer = (firstDay: number, lastDay: number): CustomerHistory => ({
		id: `${firstDay}-${lastDay}`,
		firstDay,
		lastDay,
		purchaseDays: 1,
		total: 1
	});

	it('churns customers silent for more than the window and censors the rest (hand-computed)', () => {
		const histories = [
			customer(0, 0),
			customer(0, 10),
			customer(5, 50),
			customer(10, 100),
			customer(20, 95)
		];
		const lifetimes = lifetimesOf(histories, 30, latestPurchaseDay(histories));
		expect(lifetimes).toEqual([
			{ days: 0, churned: true },
			{ days: 10, churned: true },
			{ days: 45, churned: true },
			{ days: 90, churned: false },
			{ days: 80, churned: false }
		]);
		const result = kaplanMeier(lifetimes);
		expect(result).toMatchObject({ customers: 5, events: 3, medianDays: 45 });
		expect(result.survival.map((s) => [s.day, s.atRisk, s.events])).toEqual([
			[0, 5, 1],
			[10, 4, 1],
			[45, 3, 1]
		]);
		expect(result.survival.map((s) => s.survival)).toEqual([
			0.8, 0.6000000000000001, 0.4000000000000001
		]);
	});

	it('keeps a customer censored at an event time at risk for that event', () => {
		const result = kaplanMeier([
			{ days: 3, churned: true },
			{ days: 3, churned: true },
			{ days: 3, churned: false },
			{ days: 5, churned: true }
		]);
		expect(result.survival).toEqual([
			{ day: 3, atRisk: 4, events: 2, survival: 0.5 },
			{ day: 5, atRisk: 1, events: 1, survival: 0 }
		]);
		expect(result.medianDays).toBe(3);
	});

	it('gives no median when fewer than half have churned', () => {
		expect(
			kaplanMeier([
				{ days: 4, churned: true },
				{ days: 9, churned: false },
				{ days: 9, churned: false }
			]).medianDays
		).toBeNull();
	});

	it('treats a silence of exactly the window as still active', () => {
		expect(lifetimesOf([customer(0, 70)], 30, 100)).toEqual([{ days: 100, churned: false }]);
	});

	it('ends a lifetime at the last purchase, not at a later refund, and leaves refund-only customers out', () => {
		// As of day 100 with a 30-day window: A bought on 0 and 20 and was refunded on 90 (a refund
		// is not a purchase, so A has been silent 80 days: churned at 20); B bought once on 10 and
		// once more the same day (one purchase day): churned at 0; C bought on 80: censored at 20;
		// R only has a refund and is not a customer.
		const histories = historiesOf([
			{ id: 'A', day: 0, amount: 50 },
			{ id: 'A', day: 20, amount: 30 },
			{ id: 'A', day: 90, amount: -30 },
			{ id: 'B', day: 10, amount: 5 },
			{ id: 'B', day: 10, amount: 7 },
			{ id: 'C', day: 80, amount: 9 },
			{ id: 'R', day: 95, amount: -9 }
		]);
		const result = kaplanMeier(lifetimesOf(histories, 30, 100));
		// Day 0: 3 at risk, B churns (2/3); day 20: A and C (censored at 20) at risk, A churns (1/3).
		expect(result).toMatchObject({ customers: 3, events: 2, medianDays: 20 });
		expect(result.survival.map((s) => [s.day, s.atRisk, s.events])).toEqual([
			[0, 3, 1],
			[20, 2, 1]
		]);
		expect(result.survival[1].survival).toBeCloseTo(1 / 3, 12);
	});

	it.each([0, -5, Number.NaN])('refuses an inactivity window of %s', (window) => {
		expect(() => lifetimesOf([customer(0, 1)], window, 10)).toThrow(ModelError);
	});
});
