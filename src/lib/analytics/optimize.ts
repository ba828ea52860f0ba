/**
 * Minimisation for the maximum-likelihood fits (sBG, BG/NBD, Gamma-Gamma). The models are fitted
 * on log-parameters, so the search space is unbounded and Nelder–Mead (no gradients needed) is
 * robust; each start is restarted from its best point until a restart no longer improves it,
 * which guards against the simplex collapsing early.
 */

export interface Minimum {
	x: number[];
	value: number;
	/** The simplex shrank below the tolerances before the evaluation budget ran out. */
	converged: boolean;
	evaluations: number;
}

export interface NelderMeadOptions {
	/** Stop when the simplex's values and points differ by less than these. */
	valueTolerance?: number;
	pointTolerance?: number;
	maxEvaluations?: number;
	/** Size of the first simplex along each axis. */
	step?: number;
}

export function nelderMead(
	f: (x: number[]) => number,
	start: readonly number[],
	{
		valueTolerance = 1e-10,
		pointTolerance = 1e-8,
		maxEvaluations = 4000,
		step = 0.5
	}: NelderMeadOptions = {}
): Minimum {
	const n = start.length;
	let evaluations = 0;
	const evaluate = (x: number[]) => {
		evaluations += 1;
		const value = f(x);
		// NaN or ±Infinity from a region where the likelihood is undefined counts as "very bad".
		return Number.isFinite(value) ? value : Infinity;
	};
	const simplex = [start.slice()];
	for (let i = 0; i < n; i++) {
		const vertex = start.slice();
		vertex[i] += step;
		simplex.push(vertex);
	}
	let values = simplex.map(evaluate);
	const combine = (a: number[], b: number[], t: number) => a.map((ai, i) => ai + t * (b[i] - ai));

	let converged = false;
	while (evaluations < maxEvaluations) {
		const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
		const sorted = order.map((i) => simplex[i]);
		values = order.map((i) => values[i]);
		simplex.splice(0, simplex.length, ...sorted);

		const spreadValue = Math.abs(values[n] - values[0]);
		const spreadPoint = Math.max(
			...simplex.slice(1).map((v) => Math.max(...v.map((vi, i) => Math.abs(vi - simplex[0][i]))))
		);
		if (
			spreadValue <= valueTolerance * (1 + Math.abs(values[0])) &&
			spreadPoint <= pointTolerance
		) {
			converged = true;
			break;
		}

		const centroid = Array.from(
			{ length: n },
			(_, i) => simplex.slice(0, n).reduce((sum, v) => sum + v[i], 0) / n
		);
		const worst = simplex[n];
		const reflected = combine(centroid, worst, -1);
		const reflectedValue = evaluate(reflected);
		if (reflectedValue < values[0]) {
			const expanded = combine(centroid, worst, -2);
			const expandedValue = evaluate(expanded);
			[simplex[n], values[n]] =
				expandedValue < reflectedValue ? [expanded, expandedValue] : [reflected, reflectedValue];
			continue;
		}
		if (reflectedValue < values[n - 1]) {
			[simplex[n], values[n]] = [reflected, reflectedValue];
			continue;
		}
		const outside = reflectedValue < values[n];
		const contracted = combine(centroid, outside ? reflected : worst, 0.5);
		const contractedValue = evaluate(contracted);
		if (contractedValue < (outside ? reflectedValue : values[n])) {
			[simplex[n], values[n]] = [contracted, contractedValue];
			continue;
		}
		for (let i = 1; i <= n; i++) {
			simplex[i] = combine(simplex[0], simplex[i], 0.5);
			values[i] = evaluate(simplex[i]);
		}
	}
	const best = values.indexOf(Math.min(...values));
	return { x: simplex[best], value: values[best], converged, evaluations };
}

export interface MultiStartOptions extends NelderMeadOptions {
	/** Called as the search goes on with the share of the work done. */
	onProgress?: (fraction: number) => void;
	/**
	 * A cheaper stand-in for f to compare the starts with (e.g. the likelihood of a subsample);
	 * only the polish of the best start then pays for the full objective.
	 */
	coarseObjective?: (x: number[]) => number;
}

/**
 * Several starts, each searched coarsely; the best is then polished with tight tolerances and
 * restarted from its own best point (with a smaller simplex) until a restart improves the value
 * by less than the tolerance. Coarse-then-fine keeps the cost of extra starts small.
 */
export function minimizeFromStarts(
	f: (x: number[]) => number,
	starts: readonly (readonly number[])[],
	{ onProgress, coarseObjective = f, ...options }: MultiStartOptions = {}
): Minimum {
	const steps = starts.length + 3;
	let evaluations = 0;
	let result: Minimum | null = null;
	for (const [index, start] of starts.entries()) {
		const coarse = nelderMead(coarseObjective, start, {
			...options,
			valueTolerance: 1e-6,
			pointTolerance: 1e-4
		});
		evaluations += coarse.evaluations;
		if (!result || coarse.value < result.value) result = coarse;
		onProgress?.((index + 1) / steps);
	}
	if (!result) throw new Error('minimizeFromStarts needs at least one start');
	if (coarseObjective !== f) result = { ...result, value: f(result.x) };
	// Log-parameters to 1e-6 give every parameter about six significant figures.
	const polish = { pointTolerance: 1e-6, ...options, step: 0.05 };
	for (let restart = 0; restart < 5; restart++) {
		const again = nelderMead(f, result.x, polish);
		evaluations += again.evaluations;
		const improved = result.value - again.value;
		if (again.value <= result.value) result = again;
		onProgress?.(Math.min(1, (starts.length + restart + 1) / steps));
		if (restart > 0 && improved < 1e-9 * (1 + Math.abs(result.value))) break;
	}
	onProgress?.(1);
	return { ...result, evaluations };
}

/** An objective that also returns its gradient. */
export type WithGradient = (x: number[]) => { value: number; gradient: number[] };

export interface BfgsOptions {
	/**
	 * Stop when every gradient component is below this times max(1, |f|). The default is near the
	 * floor a sum of thousands of log-likelihood terms can reach in double precision.
	 */
	gradientTolerance?: number;
	/**
	 * Also stop when the quasi-Newton step, the estimated distance to the minimum, is below this
	 * along every coordinate. On log-parameters 1e-7 is one part in ten million of each parameter,
	 * beyond the six significant figures reported, and it ends the search where a sum over
	 * 100,000 customers has rounding noise in its gradient above gradientTolerance.
	 */
	stepTolerance?: number;
	maxIterations?: number;
	/**
	 * An inverse Hessian to start from instead of the identity, with the objective's value where it
	 * was made (e.g. by a search on a subsample). It is scaled by the ratio of the values: a sum of
	 * per-customer terms curves in proportion to its size.
	 */
	warmStart?: { inverseHessian: number[][]; value: number };
}

export interface BfgsMinimum extends Minimum {
	/** The last inverse-Hessian approximation, to warm-start a search on a related objective. */
	inverseHessian: number[][];
}

/** Largest move of any coordinate in one iteration. */
const MAX_STEP = 1;

const dot = (a: number[], b: number[]) => a.reduce((sum, ai, i) => sum + ai * b[i], 0);

/**
 * BFGS (Nocedal & Wright 2006, algorithm 6.1) with a backtracking line search on the Armijo
 * condition; the inverse-Hessian update is skipped when the step has no positive curvature.
 * Non-finite values (outside the likelihood's domain) count as a failed step.
 */
export function bfgs(
	f: WithGradient,
	start: readonly number[],
	{
		gradientTolerance = 1e-7,
		stepTolerance = 1e-7,
		maxIterations = 500,
		warmStart
	}: BfgsOptions = {}
): BfgsMinimum {
	const n = start.length;
	let x = start.slice();
	let { value, gradient } = f(x);
	let evaluations = 1;
	const identity = () =>
		Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
	if (!Number.isFinite(value)) {
		return { x, value: Infinity, converged: false, evaluations, inverseHessian: identity() };
	}
	// Inverse Hessian approximation: the identity, or the warm start scaled to this objective.
	let H: number[][] = warmStart
		? warmStart.inverseHessian.map((row) => row.map((h) => (h * warmStart.value) / value))
		: identity();
	let converged = false;
	// The identity says nothing about the curvature; a warm start or one update does.
	let curvatureKnown = warmStart !== undefined;
	for (let iteration = 0; iteration < maxIterations; iteration++) {
		let direction = H.map((row) => -dot(row, gradient));
		if (
			Math.max(...gradient.map(Math.abs)) <= gradientTolerance * Math.max(1, Math.abs(value)) ||
			(curvatureKnown && Math.max(...direction.map(Math.abs)) <= stepTolerance)
		) {
			converged = true;
			break;
		}
		let slope = dot(direction, gradient);
		if (!(slope < 0)) {
			// Not a descent direction: restart from steepest descent.
			H = identity();
			direction = gradient.map((g) => -g);
			slope = dot(direction, gradient);
		}
		// At most MAX_STEP along any log-parameter per iteration: far out, the likelihood's log-gamma
		// differences lose their precision and can look better than they are.
		let step = Math.min(1, MAX_STEP / Math.max(...direction.map(Math.abs)));
		let next: { value: number; gradient: number[] } | null = null;
		let trial: number[] = x;
		for (let tries = 0; tries < 60; tries++) {
			trial = x.map((xi, i) => xi + step * direction[i]);
			const candidate = f(trial);
			evaluations++;
			if (Number.isFinite(candidate.value) && candidate.value <= value + 1e-4 * step * slope) {
				next = candidate;
				break;
			}
			step *= 0.5;
		}
		if (!next) break;
		const s = trial.map((ti, i) => ti - x[i]);
		const y = next.gradient.map((gi, i) => gi - gradient[i]);
		const sy = dot(s, y);
		if (sy > 1e-12 && iteration === 0 && !warmStart) {
			// Scale the identity to the curvature just seen before the first update (N&W eq. 6.20).
			const scale = sy / dot(y, y);
			H = H.map((row) => row.map((h) => h * scale));
		}
		if (sy > 1e-12) {
			curvatureKnown = true;
			const Hy = H.map((row) => dot(row, y));
			const yHy = dot(y, Hy);
			H = H.map((row, i) =>
				row.map(
					(h, j) => h + ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy
				)
			);
		}
		const improvement = value - next.value;
		x = trial;
		({ value, gradient } = next);
		if (improvement === 0 && Math.max(...s.map(Math.abs)) < 1e-14) break;
	}
	return { x, value, converged, evaluations, inverseHessian: H };
}

export interface GradientStartsOptions extends BfgsOptions {
	/**
	 * A cheaper stand-in for f to compare the starts on (e.g. the likelihood of a subsample);
	 * only the best start is then polished on f.
	 */
	coarse?: WithGradient;
	onProgress?: (fraction: number) => void;
}

/** BFGS from several starts; the best is polished on the full objective when a coarse one was used. */
export function minimizeWithGradient(
	f: WithGradient,
	starts: readonly (readonly number[])[],
	{ coarse, onProgress, ...options }: GradientStartsOptions = {}
): Minimum {
	let best: BfgsMinimum | null = null;
	let evaluations = 0;
	for (const [index, start] of starts.entries()) {
		const found = bfgs(coarse ?? f, start, coarse ? { gradientTolerance: 1e-5 } : options);
		evaluations += found.evaluations;
		if (!best || found.value < best.value) best = found;
		onProgress?.((index + 1) / (starts.length + 1));
	}
	if (!best) throw new Error('minimizeWithGradient needs at least one start');
	if (coarse) {
		// The subsample's curvature carries over, so the polish starts with well-scaled steps.
		const { inverseHessian, value } = best;
		best = bfgs(f, best.x, { ...options, warmStart: { inverseHessian, value } });
		evaluations += best.evaluations;
	}
	onProgress?.(1);
	return { ...best, evaluations };
}
