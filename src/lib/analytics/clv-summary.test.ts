import { readShippedText } from '../../../data/shipped';
import { describe, expect, it } from 'vitest';
import {
	cumulativeRepeatPurchases,
	holdoutByFrequency,
	parseSummaryCsv,
	summarizePurchases,
	type DatedPurchase
} from './clv-summary';
import { ModelError } from './model-error';

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('summarizePurchases', () => {
	const purchases: DatedPurchase[] = [
		// a: first on 1 Jan, two purchases on 8 Jan (count once, amounts summed), one on 15 Jan; one in the holdout.
		{ id: 'a', day: dayOf('2024-01-01'), amount: 10 },
		{ id: 'a', day: dayOf('2024-01-08'), amount: 5 },
		{ id: 'a', day: dayOf('2024-01-08'), amount: 15 },
		{ id: 'a', day: dayOf('2024-01-15'), amount: 40 },
		{ id: 'a', day: dayOf('2024-02-05'), amount: 7 },
		// b: one purchase only.
		{ id: 'b', day: dayOf('2024-01-22'), amount: 99 },
		// c: first purchase after the calibration end, so not in the summary.
		{ id: 'c', day: dayOf('2024-02-01'), amount: 1 }
	];
	const summary = summarizePurchases(purchases, dayOf('2024-01-29'), 'week');

	it('counts repeat purchase days, measures recency and T in weeks and averages repeat spend', () => {
		expect(summary.customers).toEqual([
			{
				id: 'a',
				frequency: 2,
				recency: 2,
				T: 4,
				monetaryValue: 30,
				holdoutFrequency: 1,
				firstDay: dayOf('2024-01-01')
			},
			{
				id: 'b',
				frequency: 0,
				recency: 0,
				T: 1,
				monetaryValue: 0,
				holdoutFrequency: 0,
				firstDay: dayOf('2024-01-22')
			}
		]);
		expect(summary.holdoutPeriods).toBe(1);
	});

	it('counts days as periods when asked', () => {
		const days = summarizePurchases(purchases, dayOf('2024-01-29'), 'day');
		expect(days.customers[0]).toMatchObject({ recency: 14, T: 28 });
		expect(days.holdoutPeriods).toBe(7);
	});

	it('summarises 200,000 customers (no argument spreading that overflows the stack)', () => {
		const many = Array.from({ length: 200_000 }, (_, i) => ({
			id: `c${i}`,
			day: dayOf('2024-01-01') + (i % 20),
			amount: 5
		}));
		const big = summarizePurchases(many, dayOf('2024-02-01'), 'week');
		expect(big.customers).toHaveLength(200_000);
		expect(big.firstDay).toBe(dayOf('2024-01-01'));
	}, 60_000);

	it('says so when nobody bought before the calibration end', () => {
		expect(() => summarizePurchases(purchases, dayOf('2023-12-01'), 'week')).toThrow(ModelError);
	});

	it('reports no holdout rows when the data end at the calibration end', () => {
		const params = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
		const closed = summarizePurchases(purchases.slice(0, 4), dayOf('2024-01-15'), 'week');
		expect(holdoutByFrequency(params, closed)).toEqual([]);
	});

	it('accumulates actual repeat purchases period by period', () => {
		const params = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
		const points = cumulativeRepeatPurchases(params, summary);
		// From 1 Jan to 5 Feb: periods end 8, 15, 22, 29 Jan, 5 Feb (exclusive).
		expect(points.map((p) => p.actual)).toEqual([0, 1, 2, 2, 2]);
		for (let i = 1; i < points.length; i++) {
			expect(points[i].predicted).toBeGreaterThan(points[i - 1].predicted);
		}
	});
});

describe('the CDNOW 1/10 sample', () => {
	it('summarises the raw purchases into the published summary file', () => {
		const purchases = readShippedText('cdnow/CDNOW_sample.txt')
			.trim()
			.split(/\r?\n/)
			.map((line) => {
				const [, id, date, , dollars] = line.trim().split(/\s+/);
				return {
					id: String(Number(id)),
					day: dayOf(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`),
					amount: Number(dollars)
				};
			});
		const summary = summarizePurchases(purchases, dayOf('1997-09-30'), 'week');
		const published = parseSummaryCsv(
			readShippedText('cdnow/cdnow_customers_summary_with_transactions.csv')
		);
		expect(summary.customers).toHaveLength(published.length);
		const byId = new Map(summary.customers.map((c) => [c.id, c]));
		for (const expected of published) {
			const actual = byId.get(expected.id);
			expect(actual?.frequency).toBe(expected.frequency);
			expect(actual?.recency).toBeCloseTo(expected.recency, 1);
			expect(actual?.T).toBeCloseTo(expected.T, 1);
			expect(actual?.monetaryValue).toBeCloseTo(expected.monetaryValue ?? 0, 1);
		}
		expect(summary.holdoutPeriods).toBe(39);
	}, 60_000);
});

describe('parseSummaryCsv', () => {
	it('reads lifetimes’ column names and the paper’s x, t_x, T, zbar', () => {
		expect(parseSummaryCsv('ID,frequency,recency,T\n7,1,2.5,10')).toEqual([
			{ id: '7', frequency: 1, recency: 2.5, T: 10 }
		]);
		expect(parseSummaryCsv('\uFEFFx,t_x,T,zbar\n2,3,9,12.5')).toEqual([
			{ id: '1', frequency: 2, recency: 3, T: 9, monetaryValue: 12.5 }
		]);
	});

	it('reads quoted, semicolon- and tab-separated files and blank lines like plain CSV', () => {
		const expected = parseSummaryCsv('id,frequency,recency,T\n"a",2,3,9\n\nb,0,0,4\r\n');
		expect(expected).toEqual([
			{ id: 'a', frequency: 2, recency: 3, T: 9 },
			{ id: 'b', frequency: 0, recency: 0, T: 4 }
		]);
		expect(parseSummaryCsv('id;frequency;recency;T\na;2;3;9\nb;0;0;4')).toEqual(expected);
		expect(parseSummaryCsv('id\tfrequency\trecency\tT\na\t2\t3\t9\r\nb\t0\t0\t4')).toEqual(
			expected
		);
		expect(parseSummaryCsv('id,frequency,recency,T\r\na,2,3,9\r\n\r\nb,0,0,4')).toEqual(expected);
	});

	it.each([
		['', '空的'],
		['frequency,recency\n1,2', '缺少 T 列'],
		['frequency,recency,T\n1,abc,3', '第 2 行「recency」列的值「abc」不是非负数字'],
		['frequency,recency,T\n1,2,3\n1.5,2,3', '第 3 行 frequency「1.5」应为整数'],
		['frequency,recency,T\n1,5,3', '第 2 行 recency（5）大于 T（3）'],
		['frequency,recency,T\n-1,0,3', '第 2 行「frequency」列的值「-1」']
	])('refuses %j, naming line and column', (text, message) => {
		expect(() => parseSummaryCsv(text)).toThrow(message);
	});
});
