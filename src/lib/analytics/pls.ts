/**
 * PLS path modelling (Wold 1982; Lohmöller 1989), as the ACSI family of satisfaction indices is
 * estimated (Fornell et al. 1996). Reflective (Mode A) outer estimation and the path weighting
 * inner scheme:
 *   1. indicators standardised; every outer weight starts at 1;
 *   2. construct scores Y_j = X_j w_j, scaled to unit variance;
 *   3. inner proxies Z_j: for j's predecessors, the coefficients of regressing Y_j on them; for its
 *      successors, their correlations with Y_j;
 *   4. new weights w_jk = cov(x_jk, Z_j); repeat from 2 until no weight moves by 1e-7;
 *   5. path coefficients by least squares on the final scores; loadings = cor(x_jk, Y_j).
 * Every step only needs the indicators' correlation matrix, so the loop works on that (p × p)
 * instead of the data (n × p): bootstrap resamples then cost one correlation matrix each.
 */
import { ModelError } from './model-error';

export interface PlsModel {
	/** Construct name → its indicators (column names). */
	constructs: Record<string, string[]>;
	/** [from, to] construct pairs. */
	paths: [string, string][];
}

export interface PlsResult {
	/** "from->to" → standardised path coefficient. */
	paths: Record<string, number>;
	/** R² of each endogenous construct. */
	r2: Record<string, number>;
	/** Indicator → outer loading. */
	loadings: Record<string, number>;
	/** Indicator → outer weight (scores have unit variance). */
	weights: Record<string, number>;
	iterations: number;
}

const TOLERANCE = 1e-7;
const MAX_ITERATIONS = 1000;

interface Structure {
	names: string[];
	/** Indicator positions (columns of the correlation matrix) of each construct. */
	blocks: number[][];
	predecessors: number[][];
	successors: number[][];
}

/** Checks the model against the columns and turns names into positions. */
function structureOf(model: PlsModel, columns: string[]): Structure {
	const names = Object.keys(model.constructs);
	if (names.length < 2) throw new ModelError('结构模型至少需要两个潜变量。');
	const columnIndex = new Map(columns.map((name, i) => [name, i]));
	const owner = new Map<string, string>();
	const blocks = names.map((name) => {
		const items = model.constructs[name];
		if (!items.length) throw new ModelError(`潜变量「${name}」没有任何题项。`);
		return items.map((item) => {
			const index = columnIndex.get(item);
			if (index === undefined)
				throw new ModelError(`潜变量「${name}」的题项「${item}」在数据中找不到。`);
			const other = owner.get(item);
			if (other) throw new ModelError(`题项「${item}」同时属于「${other}」和「${name}」。`);
			owner.set(item, name);
			return index;
		});
	});
	const position = new Map(names.map((name, i) => [name, i]));
	const predecessors: number[][] = names.map(() => []);
	const successors: number[][] = names.map(() => []);
	for (const [from, to] of model.paths) {
		const i = position.get(from);
		const j = position.get(to);
		if (i === undefined || j === undefined) {
			throw new ModelError(
				`路径「${from} → ${to}」中的潜变量「${i === undefined ? from : to}」没有定义。`
			);
		}
		if (i === j) throw new ModelError(`路径「${from} → ${to}」指向自身。`);
		if (predecessors[j].includes(i)) throw new ModelError(`路径「${from} → ${to}」重复。`);
		predecessors[j].push(i);
		successors[i].push(j);
	}
	names.forEach((name, j) => {
		if (!predecessors[j].length && !successors[j].length) {
			throw new ModelError(`潜变量「${name}」没有任何路径与其他潜变量相连。`);
		}
	});
	// A recursive model: repeatedly remove constructs with no remaining predecessor.
	const remaining = predecessors.map((list) => list.length);
	const queue = remaining.flatMap((count, j) => (count ? [] : [j]));
	for (let done = 0; done < queue.length; done++) {
		for (const next of successors[queue[done]]) if (--remaining[next] === 0) queue.push(next);
	}
	if (queue.length < names.length)
		throw new ModelError('结构模型中的路径形成了环，PLS 只能估计无环（递归）模型。');
	return { names, blocks, predecessors, successors };
}

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination, partial pivoting). */
function solve(matrix: number[][], rhs: number[]): number[] {
	const n = rhs.length;
	const a = matrix.map((row, i) => [...row, rhs[i]]);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
		if (Math.abs(a[pivot][col]) < 1e-10)
			throw new ModelError('自变量潜变量之间完全共线，无法估计路径系数。');
		[a[col], a[pivot]] = [a[pivot], a[col]];
		for (let r = 0; r < n; r++) {
			if (r === col) continue;
			const factor = a[r][col] / a[col][col];
			for (let c = col; c <= n; c++) a[r][c] -= factor * a[col][c];
		}
	}
	return a.map((row, i) => row[n] / row[i]);
}

/** Answers stored column by column, the layout the cross-products below run fastest on. */
export interface AnswerColumns {
	names: string[];
	respondents: number;
	columns: Float64Array[];
}

export function answerColumns(rows: number[][], names: string[]): AnswerColumns {
	const columns = names.map((_, j) => Float64Array.from(rows, (row) => row[j]));
	return { names, respondents: rows.length, columns };
}

/**
 * Correlations of the columns (sample statistics). `counts` weights each respondent, as a
 * bootstrap resample does (how many times it was drawn); all 1 when absent.
 */
export function correlationsOf(data: AnswerColumns, counts?: Float64Array): number[][] {
	const { names, respondents: n } = data;
	const p = names.length;
	if (n < 3) throw new ModelError(`只有 ${n} 份完整答卷，PLS 至少需要 3 份。`);
	// A resample leaves about a third of the respondents out (count 0): the sums below skip them,
	// running over the drawn respondents only. Plain loops: a callback per answer
	// (Float64Array.map, reduce) took most of a resample's time.
	let columns = data.columns;
	let weighted = columns;
	let m = n;
	if (counts) {
		const drawn: number[] = [];
		for (let r = 0; r < n; r++) if (counts[r] > 0) drawn.push(r);
		m = drawn.length;
		const weights = new Float64Array(m);
		for (let k = 0; k < m; k++) weights[k] = counts[drawn[k]];
		columns = data.columns.map((column) => {
			const out = new Float64Array(m);
			for (let k = 0; k < m; k++) out[k] = column[drawn[k]];
			return out;
		});
		weighted = columns.map((column) => {
			const out = new Float64Array(m);
			for (let k = 0; k < m; k++) out[k] = column[k] * weights[k];
			return out;
		});
	}
	const sums = weighted.map((column) => {
		let sum = 0;
		for (let k = 0; k < m; k++) sum += column[k];
		return sum;
	});
	const cross = Array.from({ length: p }, () => new Array<number>(p).fill(0));
	// Σ (x − x̄)(y − ȳ) = Σ xy − (Σx)(Σy)/n: Likert answers are small, so no precision is lost.
	const store = (i: number, j: number, sum: number) =>
		(cross[i][j] = cross[j][i] = sum - (sums[i] * sums[j]) / n);
	for (let i = 0; i < p; i++) {
		const a = weighted[i];
		let j = i;
		// Four columns per pass read each of column i's answers once instead of four times.
		for (; j + 3 < p; j += 4) {
			const [b0, b1, b2, b3] = [columns[j], columns[j + 1], columns[j + 2], columns[j + 3]];
			let s0 = 0;
			let s1 = 0;
			let s2 = 0;
			let s3 = 0;
			for (let k = 0; k < m; k++) {
				const x = a[k];
				s0 += x * b0[k];
				s1 += x * b1[k];
				s2 += x * b2[k];
				s3 += x * b3[k];
			}
			store(i, j, s0);
			store(i, j + 1, s1);
			store(i, j + 2, s2);
			store(i, j + 3, s3);
		}
		for (; j < p; j++) {
			const b = columns[j];
			let sum = 0;
			for (let k = 0; k < m; k++) sum += a[k] * b[k];
			store(i, j, sum);
		}
	}
	const sd = cross.map((row, j) => Math.sqrt(row[j]));
	sd.forEach((value, j) => {
		if (!(value > 1e-9))
			throw new ModelError(`题项「${names[j]}」所有人的回答都一样，无法标准化。`);
	});
	return cross.map((row, i) => row.map((value, j) => value / (sd[i] * sd[j])));
}

/** Covariance of two construct scores, given their blocks' weights: w_iᵀ R_ij w_j. */
function scoreCovariance(
	R: number[][],
	blockA: number[],
	wA: number[],
	blockB: number[],
	wB: number[]
) {
	let sum = 0;
	for (let a = 0; a < blockA.length; a++) {
		const row = R[blockA[a]];
		let inner = 0;
		for (let b = 0; b < blockB.length; b++) inner += row[blockB[b]] * wB[b];
		sum += wA[a] * inner;
	}
	return sum;
}

/** PLS from the indicators' correlation matrix (columns named by `columns`). */
export function plsFromCorrelations(R: number[][], columns: string[], model: PlsModel): PlsResult {
	const { names, blocks, predecessors, successors } = structureOf(model, columns);
	const unitVariance = (j: number, w: number[]) => {
		const sd = Math.sqrt(scoreCovariance(R, blocks[j], w, blocks[j], w));
		return w.map((value) => value / sd);
	};
	let weights = blocks.map((block, j) =>
		unitVariance(
			j,
			block.map(() => 1)
		)
	);
	const scoreCorrelations = () =>
		names.map((_, i) =>
			names.map((_, j) => scoreCovariance(R, blocks[i], weights[i], blocks[j], weights[j]))
		);
	const regress = (C: number[][], j: number) =>
		solve(
			predecessors[j].map((a) => predecessors[j].map((b) => C[a][b])),
			predecessors[j].map((a) => C[a][j])
		);

	let iterations = 0;
	for (;;) {
		iterations++;
		const C = scoreCorrelations();
		// Inner weights e[j][i]: how much construct i contributes to j's proxy.
		const inner = names.map((_, j) => {
			const e = new Map<number, number>();
			const coefficients = predecessors[j].length ? regress(C, j) : [];
			predecessors[j].forEach((i, k) => e.set(i, coefficients[k]));
			for (const i of successors[j]) e.set(i, C[j][i]);
			return e;
		});
		// Mode A: w_jk = cov(x_jk, Z_j) = Σ_i e_ji · cov(x_jk, Y_i).
		const next = blocks.map((block, j) =>
			unitVariance(
				j,
				block.map((column) => {
					let sum = 0;
					for (const [i, e] of inner[j]) {
						let covariance = 0;
						blocks[i].forEach((other, k) => (covariance += R[column][other] * weights[i][k]));
						sum += e * covariance;
					}
					return sum;
				})
			)
		);
		const change = Math.max(
			...next.flatMap((w, j) => w.map((value, k) => Math.abs(value - weights[j][k])))
		);
		weights = next;
		if (change < TOLERANCE) break;
		if (iterations >= MAX_ITERATIONS) {
			throw new ModelError(`PLS 迭代 ${MAX_ITERATIONS} 次仍未收敛，请检查模型和数据。`);
		}
	}

	const C = scoreCorrelations();
	const paths: Record<string, number> = {};
	const r2: Record<string, number> = {};
	names.forEach((name, j) => {
		if (!predecessors[j].length) return;
		const coefficients = regress(C, j);
		let explained = 0;
		predecessors[j].forEach((i, k) => {
			paths[`${names[i]}->${name}`] = coefficients[k];
			explained += coefficients[k] * C[i][j];
		});
		r2[name] = explained;
	});
	const loadings: Record<string, number> = {};
	const outerWeights: Record<string, number> = {};
	names.forEach((name, j) => {
		model.constructs[name].forEach((item, k) => {
			let loading = 0;
			blocks[j].forEach((other, m) => (loading += R[blocks[j][k]][other] * weights[j][m]));
			loadings[item] = loading;
			outerWeights[item] = weights[j][k];
		});
	});
	// Keep the model's path order in the output, as a reader lists them.
	const orderedPaths = Object.fromEntries(
		model.paths.map(([from, to]) => [`${from}->${to}`, paths[`${from}->${to}`]])
	);
	return { paths: orderedPaths, r2, loadings, weights: outerWeights, iterations };
}

/** PLS on respondents' answers: rows × columns, complete cases only. */
export function pls(rows: number[][], columns: string[], model: PlsModel): PlsResult {
	return plsFromCorrelations(correlationsOf(answerColumns(rows, columns)), columns, model);
}
