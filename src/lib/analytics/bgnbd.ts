/**
 * BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy
 * way"). While alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each
 * purchase they drop out with probability p ~ Beta(a, b). Inputs follow Python lifetimes: frequency
 * = repeat purchase days, recency = time from first to last purchase, T = time from first purchase
 * to the end of calibration, all in the same period (days or weeks).
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { ModelError } from './model-error';
import { minimizeWithGradient } from './optimize';

export interface CustomerSummary {
	id: string;
	frequency: number;
	recency: number;
	T: number;
	monetaryValue?: number;
}

export interface BgNbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

export interface BgNbdFit extends BgNbdParams {
	logLikelihood: number;
	converged: boolean;
	customers: number;
}

/** Fewer repeat buyers than this leave a, b (the drop-out process) unidentified. */
export const MIN_REPEAT_BUYERS = 10;

const logAddExp = (x: number, y: number) => {
	const top = Math.max(x, y);
	return top + Math.log(Math.exp(x - top) + Math.exp(y - top));
};

/**
 * The data as columns, checked once, so each of the optimiser's thousands of likelihood
 * evaluations is a tight loop. Customers with the same (frequency, recency, T) share a row with a
 * count: in day- or week-based data most one-time buyers differ only by their first day, so this
 * shrinks the loop many times. Log-gamma terms depend on frequency only and are computed once per
 * distinct frequency.
 */
function prepare(customers: readonly CustomerSummary[]) {
	const rowOf = new Map<string, number>();
	const frequency: number[] = [];
	const recency: number[] = [];
	const age: number[] = [];
	const count: number[] = [];
	for (const c of customers) {
		if (!Number.isInteger(c.frequency) || c.frequency < 0) {
			throw new ModelError(`客户「${c.id}」的 frequency「${c.frequency}」不是非负整数。`);
		}
		if (!(c.T >= 0) || !(c.recency >= 0) || c.recency > c.T + 1e-9) {
			throw new ModelError(
				`客户「${c.id}」的时间不合理：需要 0 ≤ recency（${c.recency}）≤ T（${c.T}）。`
			);
		}
		if (c.frequency > 0 && c.recency === 0) {
			throw new ModelError(
				`客户「${c.id}」有重复购买（frequency ${c.frequency}）但 recency 为 0。`
			);
		}
		const key = `${c.frequency} ${c.recency} ${c.T}`;
		const row = rowOf.get(key);
		if (row !== undefined) {
			count[row] += 1;
			continue;
		}
		rowOf.set(key, frequency.length);
		frequency.push(c.frequency);
		recency.push(c.recency);
		age.push(c.T);
		count.push(1);
	}
	return {
		rows: frequency.length,
		customers: customers.length,
		frequency: Int32Array.from(frequency),
		recency: Float64Array.from(recency),
		age: Float64Array.from(age),
		count: Float64Array.from(count),
		maxFrequency: frequency.reduce((max, x) => Math.max(max, x), 0)
	};
}

type Prepared = ReturnType<typeof prepare>;

/** Rows the starts are compared on; beyond this an evenly spread subsample stands in. */
const COARSE_ROWS = 10_000;

/** Every k-th row, so the optimiser can compare its starts cheaply on large data. */
function subsample(data: Prepared, rows: number): Prepared {
	if (data.rows <= rows) return data;
	const step = data.rows / rows;
	const picked = Array.from({ length: rows }, (_, i) => Math.floor(i * step));
	const pick = <T extends Int32Array | Float64Array>(column: T) =>
		column.constructor === Int32Array
			? (Int32Array.from(picked, (i) => column[i]) as T)
			: (Float64Array.from(picked, (i) => column[i]) as T);
	return {
		...data,
		rows,
		frequency: pick(data.frequency),
		recency: pick(data.recency),
		age: pick(data.age),
		count: pick(data.count)
	};
}

/**
 * The log-likelihood and its gradient with respect to the log-parameters (ln r, ln α, ln a, ln b),
 * in one pass. Per customer, LL = A(x) + ln(e^S + e^D) with
 *   A = lnΓ(r+x) − lnΓ(r) + r ln α + lnΓ(a+b) − lnΓ(b) + lnΓ(b+x) − lnΓ(a+b+x),
 *   S = −(r+x) ln(α+T) (still alive), D = ln a − ln(b+x−1) − (r+x) ln(α+tₓ) (dropped out, x > 0);
 * d ln(e^S + e^D) = w dS + (1 − w) dD with w = e^S / (e^S + e^D). The chain rule multiplies each
 * derivative by its parameter.
 */
function logLikelihoodAndGradient({ r, alpha, a, b }: BgNbdParams, data: Prepared) {
	const { rows, frequency, recency, age, count, maxFrequency } = data;
	const base = -gammaln(r) + r * Math.log(alpha) + gammaln(a + b) - gammaln(b);
	const psiR = digamma(r);
	const psiAB = digamma(a + b);
	const psiB = digamma(b);
	const perFrequency = new Float64Array(maxFrequency + 1);
	// dA/dr, dA/da, dA/db by frequency (dA/dα = r/α for every x).
	const dAr = new Float64Array(maxFrequency + 1);
	const dAa = new Float64Array(maxFrequency + 1);
	const dAb = new Float64Array(maxFrequency + 1);
	for (let x = 0; x <= maxFrequency; x++) {
		perFrequency[x] = base + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x);
		const psiABx = digamma(a + b + x);
		dAr[x] = digamma(r + x) - psiR + Math.log(alpha);
		dAa[x] = psiAB - psiABx;
		dAb[x] = psiAB - psiB + digamma(b + x) - psiABx;
	}
	const logA = Math.log(a);
	let value = 0;
	let gr = 0;
	let galpha = 0;
	let ga = 0;
	let gb = 0;
	for (let i = 0; i < rows; i++) {
		const x = frequency[i];
		const n = count[i];
		const rx = r + x;
		const logAgeTerm = Math.log(alpha + age[i]);
		const stillAlive = -rx * logAgeTerm;
		let term = stillAlive;
		let dr = -logAgeTerm;
		let dalpha = -rx / (alpha + age[i]);
		let da = 0;
		let db = 0;
		if (x > 0) {
			const logRecencyTerm = Math.log(alpha + recency[i]);
			const droppedOut = logA - Math.log(b + x - 1) - rx * logRecencyTerm;
			term = logAddExp(stillAlive, droppedOut);
			const w = Math.exp(stillAlive - term);
			const v = 1 - w;
			dr = w * dr - v * logRecencyTerm;
			dalpha = w * dalpha - (v * rx) / (alpha + recency[i]);
			da = v / a;
			db = -v / (b + x - 1);
		}
		value += n * (perFrequency[x] + term);
		gr += n * (dAr[x] + dr);
		galpha += n * (r / alpha + dalpha);
		ga += n * (dAa[x] + da);
		gb += n * (dAb[x] + db);
	}
	return { value, gradient: [gr * r, galpha * alpha, ga * a, gb * b] };
}

/** The negative log-likelihood over log-parameters, for the minimiser. */
const negativeOn = (data: Prepared) => (logParams: number[]) => {
	const [r, alpha, a, b] = logParams.map(Math.exp);
	const { value, gradient } = logLikelihoodAndGradient({ r, alpha, a, b }, data);
	return { value: -value, gradient: gradient.map((g) => -g) };
};

export function bgNbdLogLikelihood(
	params: BgNbdParams,
	customers: readonly CustomerSummary[]
): number {
	return logLikelihoodAndGradient(params, prepare(customers)).value;
}

/** The log-likelihood and its gradient over (ln r, ln α, ln a, ln b); for checking the gradient. */
export function bgNbdLogLikelihoodWithGradient(
	params: BgNbdParams,
	customers: readonly CustomerSummary[]
): { value: number; gradient: number[] } {
	return logLikelihoodAndGradient(params, prepare(customers));
}

export function fitBgNbd(
	customers: readonly CustomerSummary[],
	options: { onProgress?: (fraction: number) => void } = {}
): BgNbdFit {
	const data = prepare(customers);
	const repeatBuyers = data.frequency.reduce((sum, x, i) => sum + (x > 0 ? data.count[i] : 0), 0);
	if (repeatBuyers < MIN_REPEAT_BUYERS) {
		throw new ModelError(
			`只有 ${repeatBuyers} 位客户在校准期内有重复购买，至少需要 ${MIN_REPEAT_BUYERS} 位才能估计 BG/NBD 模型。可以把校准期结束日期往后移，或使用更多客户的数据。`
		);
	}
	const meanAge = data.age.reduce((sum, t, i) => sum + t * data.count[i], 0) / data.customers;
	const starts = [
		[0, 0, 0, 0],
		[Math.log(0.5), Math.log(meanAge / 4), Math.log(0.5), Math.log(2)],
		[Math.log(2), Math.log(meanAge), 0, Math.log(5)]
	];
	// On large data the starts are compared on a subsample and only the best is polished on all.
	const best = minimizeWithGradient(negativeOn(data), starts, {
		...options,
		coarse: data.rows > COARSE_ROWS ? negativeOn(subsample(data, COARSE_ROWS)) : undefined
	});
	const [r, alpha, a, b] = best.x.map(Math.exp);
	return {
		r,
		alpha,
		a,
		b,
		logLikelihood: -best.value,
		converged: best.converged && [r, alpha, a, b].every((v) => v > 1e-8 && v < 1e8),
		customers: data.customers
	};
}

/** Expected purchases of a new customer in (0, t]: E[X(t)], equation 7 of the paper. */
export function expectedPurchases({ r, alpha, a, b }: BgNbdParams, t: number): number {
	if (t <= 0) return 0;
	const z = t / (alpha + t);
	return ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, z));
}

/** P(alive | frequency, recency, T). A customer with no repeat purchase is taken to be alive. */
export function probabilityAlive(
	{ r, alpha, a, b }: BgNbdParams,
	{ frequency: x, recency, T }: CustomerSummary
): number {
	if (x === 0) return 1;
	return 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + recency)) ** (r + x));
}

/** Expected purchases in the next t periods of a customer with this history (equation 10). */
export function conditionalExpectedPurchases(
	params: BgNbdParams,
	customer: CustomerSummary,
	t: number
): number {
	const { r, alpha, a, b } = params;
	const { frequency: x, T } = customer;
	if (t <= 0) return 0;
	const z = t / (alpha + T + t);
	const unconditional =
		((a + b + x - 1) / (a - 1)) *
		(1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
	return unconditional * probabilityAlive(params, customer);
}
