/**
 * Bootstrap confidence intervals for PLS path coefficients: resample respondents with
 * replacement (seeded), re-estimate, and take the 2.5th and 97.5th percentiles of each path.
 * A resample whose model cannot be estimated (e.g. an item constant in it) is counted and skipped.
 * The loop is synchronous: the page cancels by terminating the worker running it.
 */
import { seededRandom } from '../random';
import { ModelError } from './model-error';
import { answerColumns, correlationsOf, plsFromCorrelations, type PlsModel } from './pls';

export interface PathInterval {
	path: string;
	estimate: number;
	/** Standard deviation of the bootstrap estimates. */
	standardError: number;
	lower: number;
	upper: number;
}

export interface BootstrapOptions {
	resamples: number;
	seed: number;
	/** Called after each resample with how many are done. */
	onProgress?: (done: number) => void;
}

export interface BootstrapResult {
	intervals: PathInterval[];
	resamples: number;
	failed: number;
}

function quantile(sorted: number[], q: number): number {
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	const high = Math.ceil(at);
	return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export function bootstrapPls(
	rows: number[][],
	columns: string[],
	model: PlsModel,
	options: BootstrapOptions
): BootstrapResult {
	if (!Number.isInteger(options.resamples) || options.resamples < 10) {
		throw new ModelError('自助法至少需要 10 次重抽样。');
	}
	const data = answerColumns(rows, columns);
	const full = plsFromCorrelations(correlationsOf(data), columns, model);
	const names = Object.keys(full.paths);
	const draws = names.map(() => [] as number[]);
	const random = seededRandom(options.seed);
	const n = rows.length;
	let failed = 0;
	for (let b = 0; b < options.resamples; b++) {
		// A resample as how many times each respondent was drawn: no copy of the answers.
		const counts = new Float64Array(n);
		for (let r = 0; r < n; r++) counts[Math.floor(random() * n)]++;
		try {
			const result = plsFromCorrelations(correlationsOf(data, counts), columns, model);
			names.forEach((name, i) => draws[i].push(result.paths[name]));
		} catch (error) {
			if (!(error instanceof ModelError)) throw error;
			failed++;
		}
		options.onProgress?.(b + 1);
	}
	if (failed === options.resamples) throw new ModelError('所有重抽样都无法估计模型。');
	const intervals = names.map((path, i) => {
		const sorted = draws[i].sort((a, b) => a - b);
		const mean = sorted.reduce((a, c) => a + c, 0) / sorted.length;
		const variance =
			sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, sorted.length - 1);
		return {
			path,
			estimate: full.paths[path],
			standardError: Math.sqrt(variance),
			lower: quantile(sorted, 0.025),
			upper: quantile(sorted, 0.975)
		};
	});
	return { intervals, resamples: options.resamples, failed };
}
