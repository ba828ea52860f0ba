/**
 * The analytic hierarchy process (Saaty 1980): weights for n criteria from pairwise comparisons on
 * the 1–9 scale. Weights are the principal eigenvector of the comparison matrix (by power
 * iteration), λmax its eigenvalue, CI = (λmax − n)/(n − 1) and CR = CI / RI with Saaty's random
 * index. A CR of 0.10 or more means the judgements contradict each other too much to use.
 */
import { ModelError } from './model-error';

/** Saaty's random index for n = 1…10. */
export const RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49] as const;
export const CONSISTENT_BELOW = 0.1;

export interface AhpResult {
	weights: number[];
	lambdaMax: number;
	CI: number;
	CR: number;
	/** The comparison that departs most from the weights: row i over column j, 0-based. */
	mostInconsistent: { i: number; j: number; given: number; implied: number } | null;
}

/** Reads "1,3,5;1/3,1,3;1/5,1/3,1" (rows split by ;, cells by , and fractions allowed). */
export function parseAhpMatrix(text: string): number[][] {
	const rows = text
		.trim()
		.split(';')
		.map((row) => row.split(',').map((cell) => cell.trim()));
	return rows.map((row, i) =>
		row.map((cell, j) => {
			const match = /^(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?$/.exec(cell);
			const value = match ? Number(match[1]) / (match[2] ? Number(match[2]) : 1) : NaN;
			if (!Number.isFinite(value) || value <= 0) {
				throw new ModelError(
					`第 ${i + 1} 行第 ${j + 1} 列「${cell}」不是正数或分数（如 3 或 1/3）。`
				);
			}
			return value;
		})
	);
}

function checkMatrix(matrix: number[][]): void {
	const n = matrix.length;
	if (n < 1 || n > RANDOM_INDEX.length) {
		throw new ModelError(`判断矩阵须有 1 到 ${RANDOM_INDEX.length} 个指标，这里有 ${n} 个。`);
	}
	matrix.forEach((row, i) => {
		if (row.length !== n)
			throw new ModelError(`判断矩阵须是方阵：第 ${i + 1} 行有 ${row.length} 个数，应有 ${n} 个。`);
		row.forEach((value, j) => {
			if (i === j && Math.abs(value - 1) > 1e-9) {
				throw new ModelError(
					`对角线上第 ${i + 1} 个数应为 1（指标与自身同等重要），这里是 ${value}。`
				);
			}
			if (!(value >= 1 / 9 - 1e-9 && value <= 9 + 1e-9)) {
				throw new ModelError(`第 ${i + 1} 行第 ${j + 1} 列的 ${value} 超出 1/9–9 的标度。`);
			}
			if (Math.abs(value * matrix[j][i] - 1) > 1e-3) {
				throw new ModelError(
					`第 ${i + 1} 行第 ${j + 1} 列与第 ${j + 1} 行第 ${i + 1} 列应互为倒数，这里是 ${value} 和 ${matrix[j][i]}。`
				);
			}
		});
	});
}

export function ahp(matrix: number[][]): AhpResult {
	checkMatrix(matrix);
	const n = matrix.length;
	let weights = new Array<number>(n).fill(1 / n);
	for (let iteration = 0; iteration < 1000; iteration++) {
		const next = matrix.map((row) => row.reduce((sum, value, j) => sum + value * weights[j], 0));
		const total = next.reduce((a, b) => a + b, 0);
		const normalised = next.map((value) => value / total);
		const change = Math.max(...normalised.map((value, i) => Math.abs(value - weights[i])));
		weights = normalised;
		if (change < 1e-12) break;
	}
	const product = matrix.map((row) => row.reduce((sum, value, j) => sum + value * weights[j], 0));
	const lambdaMax = product.reduce((sum, value, i) => sum + value / weights[i], 0) / n;
	const CI = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
	const RI = RANDOM_INDEX[n - 1];
	const CR = RI > 0 ? CI / RI : 0;

	let mostInconsistent: AhpResult['mostInconsistent'] = null;
	let worst = 1e-9;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			const implied = weights[i] / weights[j];
			const departure = Math.abs(Math.log(matrix[i][j] / implied));
			if (departure > worst) {
				worst = departure;
				mostInconsistent = { i, j, given: matrix[i][j], implied };
			}
		}
	}
	return { weights, lambdaMax, CI, CR, mostInconsistent };
}
