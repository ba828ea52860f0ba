import { describe, expect, it } from 'vitest';
import { historiesAsOf, historiesOf } from './customer-histories';
import { parseDay } from './import/values';
import { ModelError } from './model-error';

const day = (iso: string) => parseDay(iso) as number;

describe('historiesOf', () => {
	it('counts distinct days with a positive amount as purchases and lets refunds lower the total', () => {
		const [a, b] = historiesOf([
			{ id: 'A', day: day('2024-01-05'), amount: 100 },
			{ id: 'A', day: day('2024-01-05'), amount: 20 },
			{ id: 'B', day: day('2024-01-31'), amount: 20 },
			{ id: 'B', day: day('2024-02-01'), amount: -20 },
			{ id: 'B', day: day('2024-02-10'), amount: 0 },
			{ id: 'A', day: day('2024-01-02'), amount: 5 }
		]);
		expect(a).toMatchObject({ id: 'A', purchaseDays: 2, total: 125, firstDay: day('2024-01-02') });
		expect(b).toMatchObject({ id: 'B', purchaseDays: 1, total: 0, lastDay: day('2024-01-31') });
	});

	it('leaves out a customer with only refunds and refuses data with no purchase at all', () => {
		expect(
			historiesOf([
				{ id: 'A', day: 1, amount: 5 },
				{ id: 'R', day: 2, amount: -5 }
			])
		).toHaveLength(1);
		expect(() => historiesOf([{ id: 'R', day: 2, amount: -5 }])).toThrow(ModelError);
	});

	it('cuts histories at an earlier as-of date and leaves out customers who came later', () => {
		const histories = historiesOf([
			{ id: 'A', day: 10, amount: 1 },
			{ id: 'A', day: 30, amount: 1 },
			{ id: 'B', day: 40, amount: 1 }
		]);
		expect(historiesAsOf(histories, 20)).toEqual([
			{ id: 'A', firstDay: 10, lastDay: 10, purchaseDays: 1, total: 2, days: [10] }
		]);
	});
});
