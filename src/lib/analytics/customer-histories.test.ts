import { describe, expect, it } from 'vitest';
import { historiesOf, type PurchaseRow } from './customer-histories';
import { ModelError } from './model-error';

describe('historiesOf', () => {
	it('sorts and de-duplicates purchase days whatever the row order, in order of first appearance', () => {
		const histories = historiesOf([
			{ id: 'B', day: 30, amount: 5, channel: '网店' },
			{ id: 'A', day: 20, amount: 10, channel: '网店' },
			{ id: 'A', day: 5, amount: 10, channel: '门店' },
			{ id: 'A', day: 12, amount: 10, channel: '网店' },
			{ id: 'A', day: 5, amount: 1 },
			{ id: 'A', day: 25, amount: -4 },
			{ id: 'R', day: 3, amount: -9 }
		]);
		expect(histories).toEqual([
			{
				id: 'B',
				firstDay: 30,
				lastDay: 30,
				purchaseDays: 1,
				total: 5,
				days: [30],
				channel: '网店',
				firstAmount: 5
			},
			// The channel is the first purchase day's, even when that row comes later in the file.
			{
				id: 'A',
				firstDay: 5,
				lastDay: 20,
				purchaseDays: 3,
				total: 27,
				days: [5, 12, 20],
				channel: '门店',
				// Both rows of day 5, though they are not next to each other in the file.
				firstAmount: 11
			}
		]);
	});

	it('keeps every day of a customer with more rows than its first buffer holds', () => {
		const rows: PurchaseRow[] = [];
		for (let day = 0; day < 70_000; day++)
			rows.push({ id: day % 2 ? 'odd' : 'even', day, amount: 1 });
		const [even, odd] = historiesOf(rows);
		expect([even.purchaseDays, even.firstDay, even.lastDay, even.total]).toEqual([
			35_000, 0, 69_998, 35_000
		]);
		expect([odd.purchaseDays, odd.firstDay, odd.lastDay]).toEqual([35_000, 1, 69_999]);
	});

	it('refuses data with no purchase at all', () => {
		expect(() => historiesOf([{ id: 'A', day: 1, amount: -3 }])).toThrow(ModelError);
	});
});
