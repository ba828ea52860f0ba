import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { readPurchases } from './purchases';

const bytes = (text: string) => new TextEncoder().encode(text);
const columns = { id: '客户编号', date: '日期', amount: '金额' };

describe('readPurchases', () => {
	it('keeps zero amounts as purchases, counts refunds apart and reports the date range', () => {
		const file = readPurchases(
			bytes('客户编号,日期,金额\na,2024-01-01,10\na,2024-01-05,0\nb,2024-01-03,-4\nb,2024-01-09,8'),
			{ columns }
		);
		expect(file.purchases.map((p) => [p.id, p.amount])).toEqual([
			['a', 10],
			['a', 0],
			['b', 8]
		]);
		expect(file).toMatchObject({
			customers: 2,
			refundRows: 1,
			earliestDay: 19723,
			latestDay: 19731
		});
	});

	it.each([
		['客户编号,日期,金额\na,2024-01-01,-3', '只有退款'],
		['客户编号,日期,金额\na,昨天,3', '第 2 行「日期」列']
	])('refuses %j, saying why', (text, message) => {
		expect(() => readPurchases(bytes(text), { columns })).toThrow(ImportError);
		expect(() => readPurchases(bytes(text), { columns })).toThrow(message);
	});
});
