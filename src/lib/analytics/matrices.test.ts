import { describe, expect, it } from 'vitest';
import {
	bankTiers,
	behaviourMatrix,
	median,
	tiersByRanking,
	valueMatrix,
	valueRanking
} from './matrices';

const customers = [
	{ id: 'a', recencyDays: 1, frequency: 10, monetary: 1000 }, // often, avg 100
	{ id: 'b', recencyDays: 1, frequency: 1, monetary: 500 }, // rare, avg 500
	{ id: 'c', recencyDays: 1, frequency: 8, monetary: 80 }, // often, avg 10
	{ id: 'd', recencyDays: 1, frequency: 1, monetary: 5 } // rare, avg 5
];

describe('customer matrices', () => {
	it('finds medians', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('places customers on the behaviour matrix (medians: frequency 4.5, average 55)', () => {
		expect(Object.fromEntries(behaviourMatrix(customers))).toEqual({
			a: '最好的客户',
			b: '乐于消费型客户',
			c: '经常性客户',
			d: '不确定型客户'
		});
	});

	it('places customers on the value matrix with a stated potential proxy', () => {
		const withPotential = customers.map((c, i) => ({ ...c, potential: [5, 1, 4, 0][i] }));
		expect(Object.fromEntries(valueMatrix(withPotential))).toEqual({
			a: 'Ⅳ类：白金客户',
			b: 'Ⅲ类：黄金客户',
			c: 'Ⅱ类：铁质客户',
			d: 'Ⅰ类：铅质客户'
		});
	});
});

describe('bank tiers', () => {
	it('ranks by value with adjustable shares; negative is 限制, none yet is 潜在', () => {
		const many = Array.from({ length: 50 }, (_, i) => ({
			id: `c${i}`,
			recencyDays: 1,
			frequency: 1,
			monetary: 50 - i
		}));
		const tiers = bankTiers([
			...many,
			{ id: 'loss', recencyDays: 1, frequency: 1, monetary: -20 },
			{ id: 'new', recencyDays: 0, frequency: 0, monetary: 0 }
		]);
		const count = (tier: string) => [...tiers.values()].filter((t) => t === tier).length;
		// 50 customers with value: top ⌈4% · 50⌉ = 2 优质, next up to ⌈20% · 50⌉ = 10 → 8 主要, 40 普通
		expect([
			count('优质客户'),
			count('主要客户'),
			count('普通客户'),
			count('限制客户'),
			count('潜在客户')
		]).toEqual([2, 8, 40, 1, 1]);
		expect(tiers.get('c0')).toBe('优质客户');
		expect(bankTiers(many, { premium: 0.1, major: 0.1 }).get('c5')).toBe('主要客户');
	});

	it('ranks once and tiers any shares from that ranking: positive value only, ties in file order', () => {
		const customers = [10, 0, 30, 10, -5, 20].map((monetary, i) => ({
			id: `c${i}`,
			recencyDays: 1,
			frequency: 1,
			monetary
		}));
		const ranking = valueRanking(customers);
		expect([...ranking]).toEqual([2, 5, 0, 3]);
		expect(tiersByRanking(customers, ranking, { premium: 0.25, major: 0.25 })).toEqual([
			'普通客户',
			'潜在客户',
			'优质客户',
			'普通客户',
			'限制客户',
			'主要客户'
		]);
		const tiers = bankTiers(customers, { premium: 0.25, major: 0.25 });
		expect(customers.map((c) => tiers.get(c.id))).toEqual(
			tiersByRanking(customers, ranking, { premium: 0.25, major: 0.25 })
		);
	});
});
