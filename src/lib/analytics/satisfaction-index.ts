/**
 * A firm's own customer satisfaction index from its indicator system (逻辑模型): a hierarchy of
 * 一级/二级/三级指标 with local weights (typed in or from AHP). Each bottom indicator is measured by a
 * survey item; its mean is put on 0–100 by the item's scale, and
 *   CSI = Σ globalWeight_i · 100 · (mean_i − min_i) / (max_i − min_i),
 * where an indicator's global weight is the product of the local weights on its path from the top,
 * local weights normalised to sum to 1 among siblings.
 */
import { ModelError } from './model-error';

export interface IndicatorNode {
	name: string;
	/** Local weight among its siblings (any positive scale; normalised). */
	weight: number;
	children?: IndicatorNode[];
	/** Survey item (column) that measures a bottom indicator. */
	item?: string;
}

export interface ItemScale {
	min: number;
	max: number;
}

export interface LeafWeight {
	/** Names from the top level down, e.g. ['产品质量', '耐用性']. */
	path: string[];
	item: string;
	weight: number;
}

export function leafWeights(top: IndicatorNode[]): LeafWeight[] {
	const leaves: LeafWeight[] = [];
	const walk = (siblings: IndicatorNode[], above: string[], parentWeight: number) => {
		const total = siblings.reduce((sum, node) => sum + node.weight, 0);
		for (const node of siblings) {
			const path = [...above, node.name];
			if (!(node.weight >= 0) || !Number.isFinite(node.weight)) {
				throw new ModelError(`指标「${path.join(' / ')}」的权重必须是不小于 0 的数。`);
			}
			if (!(total > 0))
				throw new ModelError(
					`「${above.join(' / ') || '一级指标'}」下各指标的权重之和必须大于 0。`
				);
			const weight = (parentWeight * node.weight) / total;
			if (node.children?.length) walk(node.children, path, weight);
			else if (!node.item)
				throw new ModelError(`末级指标「${path.join(' / ')}」还没有对应的问卷题目。`);
			else leaves.push({ path, item: node.item, weight });
		}
	};
	if (!top.length) throw new ModelError('指标体系是空的。');
	walk(top, [], 1);
	return leaves;
}

/** A mean on the item's own scale, moved to 0–100. */
export function toHundred(mean: number, scale: ItemScale): number {
	return (100 * (mean - scale.min)) / (scale.max - scale.min);
}

export interface IndexResult {
	index: number;
	parts: (LeafWeight & { score: number; contribution: number })[];
}

export function satisfactionIndex(
	top: IndicatorNode[],
	means: Record<string, number>,
	scales: Record<string, ItemScale>
): IndexResult {
	const parts = leafWeights(top).map((leaf) => {
		const mean = means[leaf.item];
		const scale = scales[leaf.item];
		if (mean === undefined || !Number.isFinite(mean)) {
			throw new ModelError(`题目「${leaf.item}」没有有效的回答，无法计算指数。`);
		}
		if (!scale || !(scale.max > scale.min))
			throw new ModelError(`题目「${leaf.item}」的量表范围不对。`);
		const score = toHundred(mean, scale);
		return { ...leaf, score, contribution: leaf.weight * score };
	});
	return { index: parts.reduce((sum, part) => sum + part.contribution, 0), parts };
}
