/**
 * Cronbach's α (Cronbach 1951): how consistently a set of items measures one thing,
 * α = k/(k − 1) · (1 − Σ var(item) / var(total)), with sample variances (n − 1).
 */
import { ModelError } from './model-error';
import { sampleVariance } from './statistics';

/**
 * α for respondents × items (each row one respondent's answers). Needs two items and two
 * respondents; NaN when every total is the same (no variance to explain).
 */
export function cronbachAlpha(rows: number[][]): number {
	const k = rows[0]?.length ?? 0;
	if (k < 2) throw new ModelError('克朗巴哈 α 至少需要两个题项。');
	if (rows.length < 2) throw new ModelError('克朗巴哈 α 至少需要两份完整的答卷。');
	const itemVariances = Array.from({ length: k }, (_, j) =>
		sampleVariance(rows.map((row) => row[j]))
	);
	const totalVariance = sampleVariance(rows.map((row) => row.reduce((a, b) => a + b, 0)));
	if (totalVariance === 0) return NaN;
	return (k / (k - 1)) * (1 - itemVariances.reduce((a, b) => a + b, 0) / totalVariance);
}

/** α of the remaining items with each item left out in turn (NaN where fewer than two remain). */
export function alphaIfItemDeleted(rows: number[][]): number[] {
	const k = rows[0]?.length ?? 0;
	return Array.from({ length: k }, (_, left) =>
		k > 2 ? cronbachAlpha(rows.map((row) => row.filter((_, j) => j !== left))) : NaN
	);
}
