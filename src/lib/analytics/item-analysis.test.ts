import { describe, expect, it } from 'vitest';
import {
	analyseItems,
	optionShares,
	pearson,
	pointShares,
	sampleVariance,
	type ScoreMatrix
} from './item-analysis';
import { ModelError } from './model-error';

/**
 * Four students, three items (full marks 1, 1, 2). Totals 4, 2, 2, 0: S2 and S3 tie, so file order
 * puts S2 in the upper group. Groups are ⌈0.27 × 4⌉ = 2 students: upper S1, S2; lower S3, S4.
 *
 *   item 1: upper mean 1, lower 0 → D = 1; rest = [3, 1, 2, 0] → r = 1/√5
 *   item 2: upper 0.5, lower 0.5 → D = 0; rest = [3, 2, 1, 0] → r = 1/√5
 *   item 3: upper 1.5, lower 0.5 → D = 0.5; rest = [2, 1, 1, 0] equals the item → r = 1
 *   α = 3/2 · (1 − (1/3 + 1/3 + 2/3) / (8/3)) = 0.75
 */
const tied: ScoreMatrix = {
	items: [
		{ name: 'Q1', max: 1 },
		{ name: 'Q2', max: 1 },
		{ name: 'Q3', max: 2 }
	],
	scores: [
		[1, 1, 2],
		[1, 0, 1],
		[0, 1, 1],
		[0, 0, 0]
	]
};

describe('item analysis of a hand-computed sheet', () => {
	const result = analyseItems(tied);

	it('ranks ties in file order when forming the 27% groups', () => {
		expect(result.students).toBe(4);
		expect(result.groupSize).toBe(2);
		expect(result.totals).toEqual([4, 2, 2, 0]);
		expect(result.maxTotal).toBe(4);
	});

	it.each([
		['Q1', 0.5, 1, 1 / Math.sqrt(5)],
		['Q2', 0.5, 0, 1 / Math.sqrt(5)],
		['Q3', 0.5, 0.5, 1]
	])('gives %s facility %s, discrimination %s and item–rest %s', (name, f, d, r) => {
		const item = result.items.find((i) => i.item === name);
		expect(item?.facility).toBeCloseTo(f, 12);
		expect(item?.discrimination).toBeCloseTo(d, 12);
		expect(item?.itemRest).toBeCloseTo(r, 12);
	});

	it("computes Cronbach's α from sample variances", () => {
		expect(result.alpha).toBeCloseTo(0.75, 12);
	});

	it('flags by the stated rules', () => {
		expect(result.items.map((i) => i.flags)).toEqual([[], ['weak'], []]);
	});
});

describe('edge cases', () => {
	it('gives null item–rest for a constant item and keeps α from the other items', () => {
		// A fourth item every student scored 3 of 5: variance 0; totals shift by 3, variance unchanged.
		const sheet: ScoreMatrix = {
			items: [...tied.items, { name: '全对', max: 5 }],
			scores: tied.scores.map((row) => [...row, 3])
		};
		const result = analyseItems(sheet);
		const constant = result.items[3];
		expect(constant.itemRest).toBeNull();
		expect(constant.discrimination).toBe(0);
		expect(constant.facility).toBeCloseTo(0.6, 12);
		// α = 4/3 · (1 − (4/3) / (8/3)) = 2/3
		expect(result.alpha).toBeCloseTo(2 / 3, 12);
	});

	it('gives null item–rest when the rest of the test is constant', () => {
		const result = analyseItems({
			items: [
				{ name: 'A', max: 1 },
				{ name: 'B', max: 2 }
			],
			scores: [
				[1, 2],
				[0, 2]
			]
		});
		expect(result.items[0].itemRest).toBeNull();
		expect(result.items[1].itemRest).toBeNull();
		// ⌈0.27 × 2⌉ = 1: upper is the first student, lower the second.
		expect(result.items[0].discrimination).toBe(1);
	});

	it('handles one student: both groups are that student, α and correlations undefined', () => {
		const result = analyseItems({
			items: [
				{ name: 'A', max: 4 },
				{ name: 'B', max: 6 }
			],
			scores: [[3, 6]]
		});
		expect(result.groupSize).toBe(1);
		expect(result.alpha).toBeNull();
		expect(result.items.map((i) => [i.facility, i.discrimination, i.itemRest])).toEqual([
			[0.75, 0, null],
			[1, 0, null]
		]);
		expect(result.items[1].flags).toEqual(['too-easy', 'weak']);
	});

	it('gives α null for a single item', () => {
		expect(analyseItems({ items: [{ name: 'A', max: 1 }], scores: [[1], [0]] }).alpha).toBeNull();
	});

	it('flags negative discrimination and a too-hard item', () => {
		// Ten students; ⌈2.7⌉ = 3 per group. Item B is scored by the weakest students only.
		const scores = [
			[10, 0],
			[9, 0],
			[8, 0],
			[7, 0],
			[6, 0],
			[5, 0],
			[4, 0],
			[3, 1],
			[2, 1],
			[1, 1]
		];
		const result = analyseItems({
			items: [
				{ name: 'A', max: 10 },
				{ name: 'B', max: 1 }
			],
			scores
		});
		expect(result.groupSize).toBe(3);
		// Totals 10,9,8,7,6,5,4,4,3,2: upper B mean 0, lower (rows 8–10) B mean 1 → D = −1.
		expect(result.items[1].discrimination).toBe(-1);
		expect(result.items[1].facility).toBeCloseTo(0.3, 12);
		expect(result.items[1].flags).toEqual(['negative']);
		expect(result.items[0].discrimination).toBeCloseTo((9 - 2) / 10, 12);
	});

	it.each([
		['no items', { items: [], scores: [[]] }, /没有题目列/],
		['no students', { items: [{ name: 'A', max: 1 }], scores: [] }, /没有学生/],
		['a zero full mark', { items: [{ name: 'A', max: 0 }], scores: [[0]] }, /「A」的满分/],
		[
			'a score above full marks',
			{ items: [{ name: 'A', max: 2 }], scores: [[1], [3]] },
			/第 2 名学生在「A」的得分 3 不在 0 到满分 2 之间/
		],
		['a NaN score', { items: [{ name: 'A', max: 2 }], scores: [[NaN]] }, /得分 NaN/],
		[
			'a short row',
			{
				items: [
					{ name: 'A', max: 2 },
					{ name: 'B', max: 2 }
				],
				scores: [[1]]
			},
			/1 个得分，与题目数 2 不符/
		]
	])('refuses %s with a Chinese message', (_, matrix, message) => {
		expect(() => analyseItems(matrix)).toThrow(ModelError);
		expect(() => analyseItems(matrix)).toThrow(message);
	});
});

describe('helpers', () => {
	it.each([
		[[1, 2, 3, 4], 5 / 3],
		[[2, 2], 0]
	])('sample variance of %j is %s', (values, expected) => {
		expect(sampleVariance(values)).toBeCloseTo(expected, 12);
	});

	it('has no sample variance for one value', () => {
		expect(sampleVariance([7])).toBeNaN();
	});

	it('correlates perfectly, inversely and not at all', () => {
		expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
		expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
		expect(pearson([0.1 + 0.2, 0.3], [1, 2])).toBeNull();
	});

	it('counts option shares, multiple answers towards each letter, blanks apart', () => {
		const result = optionShares([['A', 'C'], 'B', 'B', null, '', ['C'], 'Z', ['A', 'A']], 4);
		expect(result.shares).toEqual([2 / 8, 2 / 8, 2 / 8, 0]);
		// null, '', and the out-of-range 'Z' are blank.
		expect(result.blank).toBe(3 / 8);
	});

	it('counts the share of students credited with each scoring point', () => {
		expect(pointShares([[0, 1], [0], [], [0, 2, 2]], 3)).toEqual([3 / 4, 1 / 4, 1 / 4]);
		expect(pointShares([], 2)).toEqual([0, 0]);
	});
});
