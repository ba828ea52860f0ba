import { describe, expect, it } from 'vitest';
import { ModelError } from './model-error';
import {
	fitSbg,
	SBG_SAMPLES,
	sbgDerl,
	sbgLogLikelihood,
	sbgRetentionRates,
	sbgSurvival
} from './sbg';

describe('fitSbg', () => {
	// Published maximum-likelihood estimates (Fader & Hardie 2007, years 0–7).
	it.each([
		['regular', SBG_SAMPLES.regular, 0.704, 1.182],
		['high end', SBG_SAMPLES.highEnd, 0.668, 3.806]
	])('reproduces the paper for the %s segment', (_, survivors, alpha, beta) => {
		const fit = fitSbg(survivors);
		expect(fit.converged).toBe(true);
		expect(fit.alpha).toBeCloseTo(alpha, 3);
		expect(fit.beta).toBeCloseTo(beta, 3);
	});

	it('computes the log-likelihood by hand for α = β = 1', () => {
		// P(T=1) = B(2,1)/B(1,1) = 1/2, P(T=2) = B(2,2)/B(1,1) = 1/6, S(2) = B(1,3)/B(1,1) = 1/3.
		const expected = 4 * Math.log(1 / 2) + 2 * Math.log(1 / 6) + 4 * Math.log(1 / 3);
		expect(sbgLogLikelihood({ alpha: 1, beta: 1 }, [10, 6, 4])).toBeCloseTo(expected, 12);
	});

	it.each([
		[[1000, 600], '至少需要 3 个数'],
		[[1000, 600, 700], '第 2 期的人数（700）多于第 1 期'],
		[[1000, 600.5, 400], '第 1 期的人数「600.5」不是非负整数'],
		[[0, 0, 0], '期初'],
		[[500, 500, 500], '没有任何客户流失']
	])('refuses %j with a message naming the problem', (survivors, message) => {
		expect(() => fitSbg(survivors)).toThrow(ModelError);
		expect(() => fitSbg(survivors)).toThrow(message);
	});
});

describe('sBG projections', () => {
	const params = { alpha: 0.704, beta: 1.182 };

	it('computes survival by hand for the first two periods', () => {
		const [s0, s1, s2] = sbgSurvival(params, 2);
		expect(s0).toBe(1);
		// S(1) = β / (α + β); S(2) = S(1) · (β + 1) / (α + β + 1).
		expect(s1).toBeCloseTo(1.182 / 1.886, 12);
		expect(s2).toBeCloseTo((1.182 / 1.886) * (2.182 / 2.886), 12);
	});

	it('has a retention rate that rises towards 1', () => {
		const rates = sbgRetentionRates(params, 10);
		expect(rates[0]).toBeCloseTo(0.6267, 4);
		for (let t = 1; t < rates.length; t++) expect(rates[t]).toBeGreaterThan(rates[t - 1]);
		expect(rates[9]).toBeLessThan(1);
	});

	it('matches the discounted sum of survival for the residual lifetime', () => {
		const d = 0.1;
		for (const renewals of [0, 3]) {
			const n = renewals + 1;
			const survival = sbgSurvival(params, 4000);
			let sum = 0;
			for (let t = n; t < 4000; t++) sum += survival[t] / survival[n - 1] / (1 + d) ** (t - n);
			expect(sbgDerl(params, d, renewals)).toBeCloseTo(sum, 6);
		}
	});

	it('stays finite for large α and β, where the hypergeometric series fails', () => {
		const large = sbgDerl({ alpha: 100, beta: 400 }, 0.1);
		// Retention is nearly constant at 0.8, so the sum is close to 0.8 · 1.1 / (1.1 − 0.8).
		expect(large).toBeCloseTo((0.8 * 1.1) / (1.1 - 0.8), 1);
		expect(sbgDerl({ alpha: 199, beta: 796 }, 0.1)).toBeCloseTo(large, 1);
	});

	it('values an older customer more than a new one (its churn risk has been revealed as low)', () => {
		expect(sbgDerl(params, 0.1, 4)).toBeGreaterThan(sbgDerl(params, 0.1, 0));
	});
});
