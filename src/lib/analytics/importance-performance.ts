/**
 * Importance–performance analysis (Martilla & James 1977). Performance is an item's mean on
 * 0–100; importance is stated, or derived as the item's correlation with overall satisfaction.
 * The grid is split at the mean importance and mean performance of the items shown (the
 * data-centred split), giving four quadrants.
 */
import { ModelError } from './model-error';

export const QUADRANTS = ['继续保持', '重点改进', '低优先', '过度投入'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface IpaItem {
	name: string;
	importance: number;
	performance: number;
}

export interface IpaResult {
	importanceSplit: number;
	performanceSplit: number;
	items: (IpaItem & { quadrant: Quadrant })[];
}

export function importancePerformance(items: IpaItem[]): IpaResult {
	if (items.length < 2) throw new ModelError('重要性—绩效分析至少需要两个指标。');
	for (const item of items) {
		if (!Number.isFinite(item.importance) || !Number.isFinite(item.performance)) {
			throw new ModelError(`指标「${item.name}」的重要性或绩效不是有效的数。`);
		}
	}
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
	const importanceSplit = mean(items.map((i) => i.importance));
	const performanceSplit = mean(items.map((i) => i.performance));
	return {
		importanceSplit,
		performanceSplit,
		items: items.map((item) => {
			const important = item.importance >= importanceSplit;
			const good = item.performance >= performanceSplit;
			const quadrant: Quadrant = important
				? good
					? '继续保持'
					: '重点改进'
				: good
					? '过度投入'
					: '低优先';
			return { ...item, quadrant };
		})
	};
}
