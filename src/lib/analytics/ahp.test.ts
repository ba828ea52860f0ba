import { describe, expect, it } from 'vitest';
import { ahp, parseAhpMatrix } from './ahp';
import { ModelError } from './model-error';

describe('ahp', () => {
	it("weighs Saaty's 3 × 3 textbook matrix (1,3,5; 1/3,1,3; 1/5,1/3,1)", () => {
		const result = ahp(parseAhpMatrix('1,3,5;1/3,1,3;1/5,1/3,1'));
		// Cross-checked with numpy.linalg.eig.
		expect(result.weights.map((w) => +w.toFixed(4))).toEqual([0.637, 0.2583, 0.1047]);
		expect(result.lambdaMax).toBeCloseTo(3.03851, 5);
		expect(result.CI).toBeCloseTo(0.019256, 6);
		expect(result.CR).toBeCloseTo(0.033199, 6);
	});

	it('finds a perfectly consistent matrix consistent, with weights in the given ratios', () => {
		const w = [0.5, 0.3, 0.2];
		const result = ahp(w.map((wi) => w.map((wj) => wi / wj)));
		result.weights.forEach((weight, i) => expect(weight).toBeCloseTo(w[i], 12));
		expect(result.lambdaMax).toBeCloseTo(3, 12);
		expect(result.CR).toBeCloseTo(0, 12);
		expect(result.mostInconsistent).toBeNull();
	});

	it('flags an inconsistent 6 × 6 matrix (CR ≈ 0.229) and names the pair furthest from the weights', () => {
		const result = ahp(
			parseAhpMatrix(
				'1,4,3,1,3,4; 1/4,1,7,3,1/5,1; 1/3,1/7,1,1/5,1/5,1/6; 1,1/3,5,1,1,1/3; 1/3,5,5,1,1,3; 1/4,1,6,3,1/3,1'
			)
		);
		expect(result.lambdaMax).toBeCloseTo(7.41987, 4);
		expect(result.CR).toBeCloseTo(0.229011, 5);
		expect(result.CR).toBeGreaterThanOrEqual(0.1);
		// Row 1 says 3× column 3; the weights imply 9.2× (numpy gives the same pair).
		expect(result.mostInconsistent).toMatchObject({ i: 0, j: 2, given: 3 });
		expect(result.mostInconsistent?.implied).toBeCloseTo(9.2259, 3);
	});

	it('gives one criterion all the weight', () => {
		expect(ahp([[1]])).toMatchObject({ weights: [1], CI: 0, CR: 0 });
	});

	it.each([
		['1,3;1/3', '应有 2 个'],
		['1,3;3,1', '应互为倒数'],
		['2,1;1,1', '对角线'],
		['1,12;1/12,1', '超出 1/9–9'],
		['1,x;1,1', '「x」不是正数或分数']
	])('refuses %s in Chinese', (text, message) => {
		expect(() => ahp(parseAhpMatrix(text))).toThrow(ModelError);
		expect(() => ahp(parseAhpMatrix(text))).toThrow(message);
	});
});
