import { describe, expect, it } from 'vitest';
import { deliveredValue, parseScore, weakestLever, type Offer } from './delivered-value';

const firm: Offer = {
	product: 40,
	service: 20,
	personnel: 10,
	image: 10,
	monetary: 50,
	time: 10,
	energy: 5,
	physical: 5
};

describe('delivered value', () => {
	it('is total value minus total cost', () => {
		expect(deliveredValue(firm)).toEqual({
			totalValue: 80,
			totalCost: 70,
			delivered: 10,
			ratio: 80 / 70
		});
	});

	it('names the part where the firm trails the rival most', () => {
		const rival = { ...firm, service: 30, time: 4 };
		expect(weakestLever(firm, rival)).toEqual({ part: 'service', gap: 10 });
		expect(weakestLever(firm, { ...firm, time: 2 })).toEqual({ part: 'time', gap: 8 });
		expect(weakestLever(firm, firm)).toBeNull();
	});
});

describe('parseScore', () => {
	it.each([
		['0', 0],
		['100', 100],
		[' 37.5 ', 37.5]
	])('takes %j as %d', (text, score) => {
		expect(parseScore(text)).toEqual({ score });
	});

	it.each([
		['-50', '-50 超出 0–100'],
		['500', '500 超出 0–100'],
		['', '请填写 0–100 的分值'],
		['abc', '「abc」不是数字']
	])('refuses %j: %s', (text, problem) => {
		expect(parseScore(text)).toEqual({ problem });
	});
});
