import { describe, expect, it } from 'vitest';
import { minimizeFromStarts, nelderMead } from './optimize';

const rosenbrock = ([x, y]: number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;

describe('nelderMead', () => {
	it('finds the minimum of a shifted quadratic bowl', () => {
		const result = nelderMead(
			([x, y, z]) => (x - 3) ** 2 + 2 * (y + 1) ** 2 + (z - 0.5) ** 2,
			[0, 0, 0]
		);
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(3, 5);
		expect(result.x[1]).toBeCloseTo(-1, 5);
		expect(result.x[2]).toBeCloseTo(0.5, 5);
	});

	it('follows the curved valley of the Rosenbrock function to (1, 1)', () => {
		const result = minimizeFromStarts(rosenbrock, [[-1.2, 1]]);
		expect(result.x[0]).toBeCloseTo(1, 4);
		expect(result.x[1]).toBeCloseTo(1, 4);
	});

	it('treats NaN as worse than any number instead of stopping on it', () => {
		const result = nelderMead(([x]) => (x < 0 ? NaN : (x - 2) ** 2), [0.1]);
		expect(result.x[0]).toBeCloseTo(2, 5);
	});

	it('says it did not converge when the budget runs out', () => {
		const result = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 20 });
		expect(result.converged).toBe(false);
		expect(result.evaluations).toBeLessThanOrEqual(22);
	});
});

describe('minimizeFromStarts', () => {
	it('keeps the best of several starts and reports progress after each', () => {
		// Two valleys: x = -2 (value 1) and x = 3 (value 0).
		const f = ([x]: number[]) => Math.min((x + 2) ** 2 + 1, (x - 3) ** 2);
		const progress: number[] = [];
		const result = minimizeFromStarts(f, [[-2.5], [2]], { onProgress: (p) => progress.push(p) });
		expect(result.x[0]).toBeCloseTo(3, 5);
		expect(progress.slice(0, 2)).toEqual([0.2, 0.4]);
		expect(progress.at(-1)).toBe(1);
		progress.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(progress[i]));
	});
});
