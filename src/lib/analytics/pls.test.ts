import { describe, expect, it } from 'vitest';
import { ModelError } from './model-error';
import { pls, type PlsModel } from './pls';

// 15 respondents × 6 items on a 1–7 scale: A → B, A → C, B → C with two items each.
const answers = [
	[6, 5, 4, 5, 5, 4],
	[2, 1, 3, 2, 2, 1],
	[5, 4, 4, 4, 5, 5],
	[3, 4, 4, 5, 5, 5],
	[4, 2, 2, 3, 5, 5],
	[4, 3, 5, 3, 5, 4],
	[1, 2, 4, 4, 2, 1],
	[4, 4, 5, 5, 4, 5],
	[3, 2, 4, 3, 2, 3],
	[7, 7, 6, 6, 5, 6],
	[4, 4, 4, 4, 5, 5],
	[4, 3, 5, 6, 4, 4],
	[2, 5, 3, 3, 4, 3],
	[4, 2, 4, 4, 3, 2],
	[3, 3, 3, 4, 3, 5]
];
const columns = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'];
const model: PlsModel = {
	constructs: { A: ['a1', 'a2'], B: ['b1', 'b2'], C: ['c1', 'c2'] },
	paths: [
		['A', 'B'],
		['A', 'C'],
		['B', 'C']
	]
};

describe('pls', () => {
	it('matches a step-by-step computation on the raw data (numpy, the algorithm as stated)', () => {
		const result = pls(answers, columns, model);
		const expected = {
			paths: {
				'A->B': 0.6702952943164632,
				'A->C': 0.8808977610457145,
				'B->C': -0.16082291757696246
			},
			r2: { B: 0.44929578158279393, C: 0.611925354054579 },
			loadings: {
				a1: 0.9081818827240514,
				a2: 0.90804010126113,
				b1: 0.8893185049694358,
				b2: 0.9379864292049949,
				c1: 0.9466807594462855,
				c2: 0.9428602750075952
			}
		};
		for (const part of ['paths', 'r2', 'loadings'] as const) {
			for (const [name, value] of Object.entries(expected[part])) {
				expect(result[part][name], `${part} ${name}`).toBeCloseTo(value, 6);
			}
		}
	});

	it('reduces to standardised regression when each construct has one item (hand-computed)', () => {
		const rows = [
			[1, 1, 2],
			[1, -1, 0],
			[-1, 1, 0],
			[-1, -1, -2]
		];
		const result = pls(rows, ['x', 'z', 'y'], {
			constructs: { X: ['x'], Z: ['z'], Y: ['y'] },
			paths: [
				['X', 'Y'],
				['Z', 'Y']
			]
		});
		// y = x + z exactly, with var(x) = var(z) and cor(x, z) = 0: β = 1/√2 each, R² = 1.
		expect(result.paths['X->Y']).toBeCloseTo(Math.SQRT1_2, 12);
		expect(result.paths['Z->Y']).toBeCloseTo(Math.SQRT1_2, 12);
		expect(result.r2.Y).toBeCloseTo(1, 12);
		expect(result.loadings).toEqual({ x: 1, z: 1, y: 1 });
	});

	it.each([
		[
			'an item missing from the data',
			{ ...model, constructs: { ...model.constructs, C: ['c1', 'c9'] } },
			'「c9」在数据中找不到'
		],
		[
			'a path to an undefined construct',
			{ ...model, paths: [...model.paths, ['C', 'D']] },
			'「D」没有定义'
		],
		['a cycle', { ...model, paths: [...model.paths, ['C', 'A']] }, '形成了环'],
		[
			'an item in two constructs',
			{ ...model, constructs: { ...model.constructs, C: ['c1', 'b1'] } },
			'同时属于'
		],
		[
			'a construct with no path',
			{ ...model, constructs: { ...model.constructs, C: ['c1'], D: ['c2'] } },
			'「D」没有任何路径'
		]
	] as [string, PlsModel, string][])('refuses %s in Chinese', (_, bad, message) => {
		expect(() => pls(answers, columns, bad)).toThrow(ModelError);
		expect(() => pls(answers, columns, bad)).toThrow(message);
	});

	it('refuses an item everybody answered the same way', () => {
		const constant = answers.map((row) => [...row.slice(0, 5), 4]);
		expect(() => pls(constant, columns, model)).toThrow('「c2」所有人的回答都一样');
	});
});
