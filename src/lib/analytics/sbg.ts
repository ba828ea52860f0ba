/**
 * Shifted-beta-geometric (sBG) model of contract renewal (Fader & Hardie 2007, "How to project
 * customer retention"). Each customer churns with a constant probability θ per period, and θ varies
 * across customers as Beta(α, β). Because the customers most likely to leave leave first, the
 * cohort's retention rate rises over time, which a constant-rate projection misses.
 */
import betaln from '@stdlib/math-base-special-betaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { ModelError } from './model-error';
import { minimizeFromStarts } from './optimize';

export interface SbgParams {
	alpha: number;
	beta: number;
}

export interface SbgFit extends SbgParams {
	logLikelihood: number;
	converged: boolean;
}

/** Survivors of 1,000 customers by year 0–7, from the paper (regular and high-end segments). */
export const SBG_SAMPLES = {
	regular: [1000, 631, 468, 382, 326, 289, 262, 241],
	highEnd: [1000, 869, 743, 653, 593, 551, 517, 491]
} as const satisfies Record<string, readonly number[]>;

/** ln P(T = t): the customer's last period is t (t ≥ 1). */
const logChurnAt = ({ alpha, beta }: SbgParams, t: number) =>
	betaln(alpha + 1, beta + t - 1) - betaln(alpha, beta);

/** ln S(t) = ln P(T > t). */
const logSurvival = ({ alpha, beta }: SbgParams, t: number) =>
	betaln(alpha, beta + t) - betaln(alpha, beta);

export function sbgLogLikelihood(params: SbgParams, survivors: readonly number[]): number {
	const last = survivors.length - 1;
	let sum = survivors[last] * logSurvival(params, last);
	for (let t = 1; t <= last; t++) {
		sum += (survivors[t - 1] - survivors[t]) * logChurnAt(params, t);
	}
	return sum;
}

function checkSurvivors(survivors: readonly number[]): void {
	if (survivors.length < 3) {
		throw new ModelError('至少需要 3 个数（期初人数和至少两期的留存人数），才能估计 α 和 β。');
	}
	survivors.forEach((count, period) => {
		if (!Number.isInteger(count) || count < 0) {
			throw new ModelError(`第 ${period} 期的人数「${count}」不是非负整数。`);
		}
		if (period > 0 && count > survivors[period - 1]) {
			throw new ModelError(
				`第 ${period} 期的人数（${count}）多于第 ${period - 1} 期（${survivors[period - 1]}）：同一批客户只会减少，不会增加。`
			);
		}
	});
	if (survivors[0] === 0) throw new ModelError('第 0 期（期初）人数不能为 0。');
	if (survivors.at(-1) === survivors[0]) {
		throw new ModelError('没有任何客户流失，无法估计流失概率的分布。');
	}
}

/** Maximum-likelihood α and β from survivor counts; survivors[0] is the cohort at the start. */
export function fitSbg(survivors: readonly number[]): SbgFit {
	checkSurvivors(survivors);
	const negative = ([logAlpha, logBeta]: number[]) =>
		-sbgLogLikelihood({ alpha: Math.exp(logAlpha), beta: Math.exp(logBeta) }, survivors);
	const best = minimizeFromStarts(negative, [
		[0, 0],
		[-1, 1],
		[1, 2]
	]);
	const [alpha, beta] = best.x.map(Math.exp);
	return { alpha, beta, logLikelihood: -best.value, converged: best.converged };
}

/** S(0) … S(periods): the share of the cohort still a customer after t periods. */
export function sbgSurvival(params: SbgParams, periods: number): number[] {
	return Array.from({ length: periods + 1 }, (_, t) => Math.exp(logSurvival(params, t)));
}

/** r_1 … r_periods, where r_t = S(t) / S(t−1) = (β + t − 1) / (α + β + t − 1): it rises with t. */
export function sbgRetentionRates({ alpha, beta }: SbgParams, periods: number): number[] {
	return Array.from({ length: periods }, (_, i) => (beta + i) / (alpha + beta + i));
}

/**
 * Discounted expected residual lifetime (Fader & Hardie 2010): the expected number of further
 * payments, each discounted by (1 + d) per period, of a customer who has just made payment number
 * renewals + 1 — counting the next renewal undiscounted, as the paper does. Multiply by the margin
 * per period for the value of keeping that customer.
 */
export function sbgDerl({ alpha, beta }: SbgParams, discountRate: number, renewals = 0): number {
	const n = renewals + 1;
	const closedForm =
		((beta + n - 1) / (alpha + beta + n - 1)) *
		hyp2f1(1, beta + n, alpha + beta + n, 1 / (1 + discountRate));
	if (Number.isFinite(closedForm) || !(discountRate > 0)) return closedForm;
	return derlBySummation({ alpha, beta }, discountRate, n);
}

/**
 * The same sum term by term, for large α and β where the hypergeometric series fails: each term
 * is the previous one times the next retention rate over (1 + d), which is below 1 when d > 0.
 */
function derlBySummation({ alpha, beta }: SbgParams, discountRate: number, n: number): number {
	let term = (beta + n - 1) / (alpha + beta + n - 1);
	let sum = 0;
	for (let t = n; term > 1e-15 * sum && t < n + 1_000_000; t++) {
		sum += term;
		term *= (beta + t) / (alpha + beta + t) / (1 + discountRate);
	}
	return sum;
}
