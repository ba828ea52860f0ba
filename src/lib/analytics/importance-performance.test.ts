import { describe, expect, it } from 'vitest';
import { importancePerformance } from './importance-performance';
import { netPromoterScore } from './nps';
import { pearson } from './statistics';

describe('importance–performance analysis', () => {
	it('splits at the mean importance and performance and names the four quadrants', () => {
		const result = importancePerformance([
			{ name: '价格', importance: 0.8, performance: 40 },
			{ name: '质量', importance: 0.7, performance: 80 },
			{ name: '包装', importance: 0.2, performance: 85 },
			{ name: '赠品', importance: 0.3, performance: 35 }
		]);
		expect(result.importanceSplit).toBeCloseTo(0.5, 12);
		expect(result.performanceSplit).toBe(60);
		expect(result.items.map((i) => [i.name, i.quadrant])).toEqual([
			['价格', '重点改进'],
			['质量', '继续保持'],
			['包装', '过度投入'],
			['赠品', '低优先']
		]);
	});

	it('refuses a single item', () => {
		expect(() => importancePerformance([{ name: '价格', importance: 1, performance: 1 }])).toThrow(
			'至少需要两个指标'
		);
	});
});

describe('pearson', () => {
	it('is 1 for a perfect line, −1 for a falling one and NaN for a constant', () => {
		expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
		expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN();
	});

	it('matches a hand computation', () => {
		// x̄ = 2, ȳ = 3; Σdxdy = 2, Σdx² = 2, Σdy² = 8 → 2 / √16.
		expect(pearson([1, 2, 3], [1, 5, 3])).toBeCloseTo(0.5, 12);
	});
});

describe('net promoter score', () => {
	it('is % answering 9–10 minus % answering 0–6', () => {
		expect(netPromoterScore([10, 9, 8, 7, 6, 0, 9, 10])).toEqual({
			nps: 25,
			promoters: 0.5,
			detractors: 0.25
		});
	});

	it('ignores answers outside 0–10 and refuses when none is left', () => {
		expect(netPromoterScore([10, 11, -1]).nps).toBe(100);
		expect(() => netPromoterScore([11])).toThrow('NPS');
	});
});
