/**
 * The analytic gradients the BG/NBD and Gamma-Gamma fits climb, against central differences, and
 * the quasi-Newton minimiser on a function with a known minimum.
 */
import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihoodWithGradient, type BgNbdParams } from './bgnbd';
import { gammaGammaLogLikelihoodWithGradient, type GammaGammaParams } from './gammagamma';
import { simulateCustomers } from './clv-simulate';
import { bfgs } from './optimize';

const customers = simulateCustomers(
	{ r: 0.3, alpha: 5, a: 0.8, b: 2.5 },
	{ p: 6, q: 4, gamma: 15 },
	{ customers: 800, seed: 3, minAge: 10, maxAge: 40 }
);

/** d f / d ln θ by central differences. */
function numericGradient<P extends object>(f: (params: P) => number, params: P): number[] {
	const h = 1e-6;
	return (Object.keys(params) as (keyof P)[]).map((key) => {
		const at = (sign: number) =>
			f({ ...params, [key]: (params[key] as number) * Math.exp(sign * h) });
		return (at(1) - at(-1)) / (2 * h);
	});
}

describe('analytic gradients', () => {
	it.each([
		{ r: 0.3, alpha: 5, a: 0.8, b: 2.5 },
		{ r: 1.7, alpha: 0.4, a: 3, b: 0.6 }
	])('BG/NBD at %o matches central differences', (params: BgNbdParams) => {
		const { gradient } = bgNbdLogLikelihoodWithGradient(params, customers);
		const numeric = numericGradient(
			(p: BgNbdParams) => bgNbdLogLikelihoodWithGradient(p, customers).value,
			params
		);
		gradient.forEach((g, i) => expect(g).toBeCloseTo(numeric[i], 3));
	});

	it.each([
		{ p: 6, q: 4, gamma: 15 },
		{ p: 0.5, q: 12, gamma: 300 }
	])('Gamma-Gamma at %o matches central differences', (params: GammaGammaParams) => {
		const { gradient } = gammaGammaLogLikelihoodWithGradient(params, customers);
		const numeric = numericGradient(
			(p: GammaGammaParams) => gammaGammaLogLikelihoodWithGradient(p, customers).value,
			params
		);
		gradient.forEach((g, i) => expect(g).toBeCloseTo(numeric[i], 3));
	});
});

describe('bfgs', () => {
	it('finds the minimum of the Rosenbrock function from (−1.2, 1)', () => {
		const rosenbrock = ([x, y]: number[]) => ({
			value: 100 * (y - x * x) ** 2 + (1 - x) ** 2,
			gradient: [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)]
		});
		const result = bfgs(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-10 });
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(1, 6);
		expect(result.x[1]).toBeCloseTo(1, 6);
	});

	it('gives up without a minimum where the function is undefined from the start', () => {
		const result = bfgs(() => ({ value: NaN, gradient: [0] }), [0]);
		expect(result).toMatchObject({ converged: false, value: Infinity });
	});
});
