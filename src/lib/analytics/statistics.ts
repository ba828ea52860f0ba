/** Small descriptive statistics shared by the survey, reliability and item-analysis models. */

/** Variance with the n − 1 denominator; NaN for fewer than two values. */
export function sampleVariance(values: number[]): number {
	const n = values.length;
	if (n < 2) return NaN;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	return values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);
}

/** Pearson's correlation; NaN when either variable is constant. */
export function pearson(xs: number[], ys: number[]): number {
	const n = xs.length;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}
