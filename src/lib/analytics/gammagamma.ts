/**
 * Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV"; Colombo &
 * Jiang 1999). A customer's purchases are Gamma(p, ν) around their own mean, and ν varies across
 * customers as Gamma(q, γ). Fitted on repeat buyers only: frequency x > 0 and monetaryValue (> 0) = the
 * mean of their repeat purchases, as in Python lifetimes.
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { ModelError } from './model-error';
import { minimizeWithGradient } from './optimize';

export interface GammaGammaParams {
	p: number;
	q: number;
	gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
	logLikelihood: number;
	converged: boolean;
	customers: number;
}

export interface SpendSummary {
	frequency: number;
	monetaryValue: number;
}

export const MIN_SPEND_CUSTOMERS = 10;

/**
 * Repeat buyers with a positive mean spend. A zero mean (free goods) carries no information about
 * spend and is left out; a negative one is a data error.
 */
function repeatBuyers(customers: readonly SpendSummary[]) {
	const buyers = customers.filter((c) => c.frequency > 0);
	for (const [i, c] of buyers.entries()) {
		if (!(c.monetaryValue >= 0)) {
			throw new ModelError(
				`第 ${i + 1} 位重复购买客户的平均消费额「${c.monetaryValue}」不是非负数；Gamma-Gamma 模型只接受正的消费额。`
			);
		}
	}
	return buyers.filter((c) => c.monetaryValue > 0);
}

/**
 * Repeat buyers as columns with their constant logs, so each of the optimiser's evaluations costs
 * one logarithm per customer; log-gamma terms depend on frequency only and are computed per
 * distinct frequency.
 */
function prepare(buyers: readonly SpendSummary[]) {
	const n = buyers.length;
	const frequency = new Int32Array(n);
	const spend = new Float64Array(n);
	const logFrequency = new Float64Array(n);
	const logSpend = new Float64Array(n);
	buyers.forEach(({ frequency: x, monetaryValue: m }, i) => {
		frequency[i] = x;
		spend[i] = m;
		logSpend[i] = Math.log(m);
		logFrequency[i] = Math.log(x);
	});
	const maxFrequency = frequency.reduce((max, x) => Math.max(max, x), 0);
	return { n, frequency, spend, logSpend, logFrequency, maxFrequency };
}

/**
 * The log-likelihood and its gradient over (ln p, ln q, ln γ). Per repeat buyer with x purchases
 * averaging m:
 *   LL = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(xm+γ),
 *   ∂/∂p = x[ψ(px+q) − ψ(px) + ln m + ln x − ln(xm+γ)],
 *   ∂/∂q = ψ(px+q) − ψ(q) + ln γ − ln(xm+γ),  ∂/∂γ = q/γ − (px+q)/(xm+γ).
 */
type Prepared = ReturnType<typeof prepare>;

function logLikelihoodAndGradient({ p, q, gamma }: GammaGammaParams, data: Prepared) {
	const { n, frequency, spend, logSpend, logFrequency, maxFrequency } = data;
	const perFrequency = new Float64Array(maxFrequency + 1);
	const dpPerFrequency = new Float64Array(maxFrequency + 1);
	const dqPerFrequency = new Float64Array(maxFrequency + 1);
	const psiQ = digamma(q);
	for (let x = 1; x <= maxFrequency; x++) {
		perFrequency[x] = gammaln(p * x + q) - gammaln(p * x);
		const psiPxQ = digamma(p * x + q);
		dpPerFrequency[x] = x * (psiPxQ - digamma(p * x));
		dqPerFrequency[x] = psiPxQ - psiQ;
	}
	const logGamma = Math.log(gamma);
	let value = n * (q * logGamma - gammaln(q));
	let dp = 0;
	let dq = n * logGamma;
	let dgamma = (n * q) / gamma;
	for (let i = 0; i < n; i++) {
		const x = frequency[i];
		const px = p * x;
		const total = x * spend[i] + gamma;
		const logTotal = Math.log(total);
		value += perFrequency[x] + (px - 1) * logSpend[i] + px * logFrequency[i] - (px + q) * logTotal;
		dp += dpPerFrequency[x] + x * (logSpend[i] + logFrequency[i] - logTotal);
		dq += dqPerFrequency[x] - logTotal;
		dgamma -= (px + q) / total;
	}
	return { value, gradient: [dp * p, dq * q, dgamma * gamma] };
}

/** The log-likelihood and its gradient over (ln p, ln q, ln γ); for checking the gradient. */
export function gammaGammaLogLikelihoodWithGradient(
	params: GammaGammaParams,
	customers: readonly SpendSummary[]
): { value: number; gradient: number[] } {
	return logLikelihoodAndGradient(params, prepare(repeatBuyers(customers)));
}

/** The negative log-likelihood over log-parameters, for the minimiser. */
const negativeOf = (data: Prepared) => (logParams: number[]) => {
	const [p, q, gamma] = logParams.map(Math.exp);
	const { value, gradient } = logLikelihoodAndGradient({ p, q, gamma }, data);
	return { value: -value, gradient: gradient.map((g) => -g) };
};

/** Buyers the starts are compared on; beyond this an evenly spread subsample stands in. */
const COARSE_BUYERS = 10_000;

function subsample(data: Prepared, size: number): Prepared {
	const step = data.n / size;
	const picked = Array.from({ length: size }, (_, i) => Math.floor(i * step));
	const pick = (column: Float64Array) => Float64Array.from(picked, (i) => column[i]);
	const frequency = Int32Array.from(picked, (i) => data.frequency[i]);
	return {
		n: size,
		frequency,
		spend: pick(data.spend),
		logSpend: pick(data.logSpend),
		logFrequency: pick(data.logFrequency),
		maxFrequency: frequency.reduce((max, x) => Math.max(max, x), 0)
	};
}

export function gammaGammaLogLikelihood(
	params: GammaGammaParams,
	customers: readonly SpendSummary[]
): number {
	return logLikelihoodAndGradient(params, prepare(repeatBuyers(customers))).value;
}

export function fitGammaGamma(
	customers: readonly SpendSummary[],
	options: { onProgress?: (fraction: number) => void } = {}
): GammaGammaFit {
	const buyers = repeatBuyers(customers);
	if (buyers.length < MIN_SPEND_CUSTOMERS) {
		throw new ModelError(
			`只有 ${buyers.length} 位客户有重复购买且平均消费额为正，至少需要 ${MIN_SPEND_CUSTOMERS} 位才能估计 Gamma-Gamma 消费额模型。`
		);
	}
	const meanSpend = buyers.reduce((sum, c) => sum + c.monetaryValue, 0) / buyers.length;
	const data = prepare(buyers);
	const starts = [
		[0, 0, 0],
		[Math.log(5), Math.log(3), Math.log(meanSpend)],
		[Math.log(2), Math.log(10), Math.log(meanSpend * 10)]
	];
	const best = minimizeWithGradient(negativeOf(data), starts, {
		...options,
		// n below 1,000 leaves less rounding in the sum, so the gradient can be driven lower.
		gradientTolerance: 1e-9,
		coarse: data.n > COARSE_BUYERS ? negativeOf(subsample(data, COARSE_BUYERS)) : undefined
	});
	const [p, q, gamma] = best.x.map(Math.exp);
	return {
		p,
		q,
		gamma,
		logLikelihood: -best.value,
		// q ≤ 1 leaves the population mean spend γp/(q − 1) undefined.
		converged: best.converged && q > 1 && [p, q, gamma].every((v) => v > 1e-8 && v < 1e8),
		customers: buyers.length
	};
}

/**
 * Expected spend per purchase given x purchases averaging m: a weighted mean of the population
 * mean γp/(q − 1) and the customer's own mean, the weight on their own growing with x.
 */
export function conditionalExpectedSpend(
	{ p, q, gamma }: GammaGammaParams,
	frequency: number,
	monetaryValue: number
): number {
	const populationMean = (gamma * p) / (q - 1);
	const ownWeight = (p * frequency) / (p * frequency + q - 1);
	return (1 - ownWeight) * populationMean + ownWeight * monetaryValue;
}
