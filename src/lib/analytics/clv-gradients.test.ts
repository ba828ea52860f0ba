/**
 * The analytic gradients the BG/NBD and Gamma-Gamma fits climb, against central differences, and
 * the quasi-Newton minimiser on a function with a known minimum.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import {
	bgNbdLogLikelihood,
	bgNbdLogLikelihoodWithGradient,
	type BgNbdParams,
	type CustomerSummary
} from './bgnbd';
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

/**
 * Equation (6) of Fader, Hardie & Lee (2005) written with log-gamma, one customer at a time, as a
 * reference for the grouped, log-space evaluation (which sums logarithms for the gamma ratios).
 */
function referenceLogLikelihood(
	{ r, alpha, a, b }: BgNbdParams,
	customers: readonly CustomerSummary[]
) {
	return customers.reduce((sum, { frequency: x, recency, T }) => {
		const logA1A2 =
			gammaln(r + x) -
			gammaln(r) +
			r * Math.log(alpha) +
			gammaln(a + b) +
			gammaln(b + x) -
			gammaln(b) -
			gammaln(a + b + x);
		const logA3 = -(r + x) * Math.log(alpha + T);
		if (x === 0) return sum + logA1A2 + logA3;
		const logA4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency);
		const top = Math.max(logA3, logA4);
		return sum + logA1A2 + top + Math.log(Math.exp(logA3 - top) + Math.exp(logA4 - top));
	}, 0);
}

describe('the BG/NBD log-likelihood in log space', () => {
	// Frequencies far apart (steps of more than 64 take the log-gamma route), long histories and
	// duplicates that are grouped.
	const spread: CustomerSummary[] = [
		{ id: 'a', frequency: 0, recency: 0, T: 30 },
		{ id: 'b', frequency: 0, recency: 0, T: 30 },
		{ id: 'c', frequency: 1, recency: 2, T: 30 },
		{ id: 'd', frequency: 3, recency: 29, T: 30 },
		{ id: 'e', frequency: 3, recency: 29, T: 30 },
		{ id: 'f', frequency: 70, recency: 300, T: 400 },
		{ id: 'g', frequency: 900, recency: 2000, T: 2000 },
		{ id: 'h', frequency: 20_000, recency: 1e5, T: 1.5e5 }
	];

	it.each([
		{ r: 0.3, alpha: 5, a: 0.8, b: 2.5 },
		{ r: 40, alpha: 900, a: 0.05, b: 300 }
	])('equals the log-gamma form of the paper at %o', (params: BgNbdParams) => {
		const expected = referenceLogLikelihood(params, spread);
		expect(bgNbdLogLikelihood(params, spread)).toBeCloseTo(expected, 6);
		expect(bgNbdLogLikelihood(params, customers)).toBeCloseTo(
			referenceLogLikelihood(params, customers),
			6
		);
	});

	it('has a gradient that matches central differences at large frequencies', () => {
		const params = { r: 0.9, alpha: 12, a: 0.4, b: 6 };
		const { gradient } = bgNbdLogLikelihoodWithGradient(params, spread);
		const numeric = numericGradient(
			(p: BgNbdParams) => bgNbdLogLikelihoodWithGradient(p, spread).value,
			params
		);
		gradient.forEach((g, i) => expect(g).toBeCloseTo(numeric[i], 3));
	});

	it('stays finite where the purchase terms underflow ordinary floating point', () => {
		// (α+T)^−(r+x) is about 10^−100,000 here: only its logarithm is representable.
		const value = bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, spread);
		expect(Number.isFinite(value)).toBe(true);
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

	it('needs fewer evaluations when warm-started with the curvature of a scaled copy', () => {
		// f₁₀ = 10 f₁: a search on f₁ hands its inverse Hessian to the search on f₁₀, as the fits hand
		// a subsample's curvature to the polish on all customers.
		const quadratic =
			(scale: number) =>
			([x, y]: number[]) => ({
				value: scale * (3 * (x - 1) ** 2 + 0.01 * (y + 2) ** 2 + (x - 1) * (y + 2) * 0.1 + 1),
				gradient: [scale * (6 * (x - 1) + 0.1 * (y + 2)), scale * (0.02 * (y + 2) + 0.1 * (x - 1))]
			});
		const small = bfgs(quadratic(1), [0, 0]);
		const start = [small.x[0] + 0.01, small.x[1] - 0.5];
		const cold = bfgs(quadratic(10), start);
		const warm = bfgs(quadratic(10), start, {
			warmStart: { inverseHessian: small.inverseHessian, value: quadratic(1)(start).value }
		});
		expect(warm.converged).toBe(true);
		expect(warm.x[1]).toBeCloseTo(-2, 4);
		expect(warm.evaluations).toBeLessThan(cold.evaluations);
	});

	it('gives up without a minimum where the function is undefined from the start', () => {
		const result = bfgs(() => ({ value: NaN, gradient: [0] }), [0]);
		expect(result).toMatchObject({ converged: false, value: Infinity });
	});
});
