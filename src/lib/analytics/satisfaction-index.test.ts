import { describe, expect, it } from 'vitest';
import { ModelError } from './model-error';
import {
	leafWeights,
	satisfactionIndex,
	toHundred,
	type IndicatorNode
} from './satisfaction-index';

// 产品 (weight 3) with 质量 2 / 外观 1, and 服务 (weight 1) measured by one item.
const system: IndicatorNode[] = [
	{
		name: '产品',
		weight: 3,
		children: [
			{ name: '质量', weight: 2, item: 'q1' },
			{ name: '外观', weight: 1, item: 'q2' }
		]
	},
	{ name: '服务', weight: 1, item: 'q3' }
];

describe('satisfaction index', () => {
	it('multiplies normalised local weights down the hierarchy', () => {
		expect(leafWeights(system)).toEqual([
			{ path: ['产品', '质量'], item: 'q1', weight: 0.5 },
			{ path: ['产品', '外观'], item: 'q2', weight: 0.25 },
			{ path: ['服务'], item: 'q3', weight: 0.25 }
		]);
	});

	it('puts each mean on 0–100 by its own scale and sums the weighted scores (hand-computed)', () => {
		// q1 4 on 1–5 → 75; q2 4 on 1–7 → 50; q3 8 on 0–10 → 80. CSI = 0.5·75 + 0.25·50 + 0.25·80 = 70.
		const result = satisfactionIndex(
			system,
			{ q1: 4, q2: 4, q3: 8 },
			{ q1: { min: 1, max: 5 }, q2: { min: 1, max: 7 }, q3: { min: 0, max: 10 } }
		);
		expect(result.index).toBeCloseTo(70, 12);
		expect(result.parts.map((p) => p.score)).toEqual([75, 50, 80]);
	});

	it('is 0 at the bottom of every scale and 100 at the top', () => {
		expect(toHundred(1, { min: 1, max: 5 })).toBe(0);
		expect(toHundred(10, { min: 0, max: 10 })).toBe(100);
	});

	it.each([
		[
			'a bottom indicator without a survey item',
			[{ name: '价格', weight: 1 }],
			'「价格」还没有对应的问卷题目'
		],
		['a negative weight', [{ name: '价格', weight: -1, item: 'q1' }], '权重必须是不小于 0 的数'],
		[
			'siblings whose weights sum to 0',
			[{ name: '价格', weight: 0, item: 'q1' }],
			'权重之和必须大于 0'
		],
		['an empty system', [], '指标体系是空的']
	] as [string, IndicatorNode[], string][])('refuses %s', (_, top, message) => {
		expect(() => satisfactionIndex(top, { q1: 3 }, { q1: { min: 1, max: 5 } })).toThrow(ModelError);
		expect(() => satisfactionIndex(top, { q1: 3 }, { q1: { min: 1, max: 5 } })).toThrow(message);
	});

	it('names an item with no valid answers', () => {
		const scale = { min: 1, max: 5 };
		const scales = { q1: scale, q2: scale, q3: scale };
		expect(() => satisfactionIndex(system, { q1: 4, q2: 4, q3: NaN }, scales)).toThrow(
			'题目「q3」没有有效的回答'
		);
	});
});
