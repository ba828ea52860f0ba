/**
 * Two-by-two customer matrices from RFM inputs, and the bank's five customer tiers. Thresholds
 * are parameters so the lab can move them without re-reading the data.
 */
import type { RfmInput } from './rfm';

export type BehaviourCell = '最好的客户' | '乐于消费型客户' | '经常性客户' | '不确定型客户';

/** Frequency × average amount per purchase; split at the medians unless told otherwise. */
export function behaviourMatrix(
	customers: RfmInput[],
	split = {
		frequency: median(customers.map((c) => c.frequency)),
		average: median(customers.map(averageAmount))
	}
): Map<string, BehaviourCell> {
	return new Map(
		customers.map((c) => {
			const often = c.frequency > split.frequency;
			const big = averageAmount(c) > split.average;
			const cell: BehaviourCell = often
				? big
					? '最好的客户'
					: '经常性客户'
				: big
					? '乐于消费型客户'
					: '不确定型客户';
			return [c.id, cell];
		})
	);
}

export type ValueCell = 'Ⅳ类：白金客户' | 'Ⅲ类：黄金客户' | 'Ⅱ类：铁质客户' | 'Ⅰ类：铅质客户';

/**
 * Current value × growth potential. Transaction data hold no future, so the caller supplies
 * `potential` from a stated proxy (for example purchases per month of relationship) and says
 * which one it used.
 */
export function valueMatrix(
	customers: (RfmInput & { potential: number })[],
	split = {
		value: median(customers.map((c) => c.monetary)),
		potential: median(customers.map((c) => c.potential))
	}
): Map<string, ValueCell> {
	return new Map(
		customers.map((c) => {
			const valuable = c.monetary > split.value;
			const promising = c.potential > split.potential;
			const cell: ValueCell = valuable
				? promising
					? 'Ⅳ类：白金客户'
					: 'Ⅲ类：黄金客户'
				: promising
					? 'Ⅱ类：铁质客户'
					: 'Ⅰ类：铅质客户';
			return [c.id, cell];
		})
	);
}

export type BankTier = '优质客户' | '主要客户' | '普通客户' | '限制客户' | '潜在客户';

/**
 * Bank-style tiers by value rank: the top `premium` share are 优质, the next `major` share 主要,
 * the rest 普通; customers with negative value are 限制; customers with no purchases yet (value
 * 0 but listed) are 潜在. Defaults follow the course's 4% / 20% figures.
 */
export function bankTiers(
	customers: RfmInput[],
	shares = { premium: 0.04, major: 0.16 }
): Map<string, BankTier> {
	const tiers = tiersByRanking(customers, valueRanking(customers), shares);
	return new Map(customers.map((c, i) => [c.id, tiers[i]]));
}

/** Indices of the customers with positive value, largest value first: the ranking tiers cut. */
export function valueRanking(customers: readonly RfmInput[]): Int32Array {
	const ranked = Int32Array.from(customers.keys()).filter((i) => customers[i].monetary > 0);
	// Ties keep file order, as a stable sort of the customers would.
	return ranked.sort((a, b) => customers[b].monetary - customers[a].monetary || a - b);
}

/**
 * `bankTiers` by index of `customers`, from a ranking made once (`valueRanking`): moving a share
 * then costs one pass over the customers instead of a sort.
 */
export function tiersByRanking(
	customers: readonly RfmInput[],
	ranking: Int32Array,
	shares: { premium: number; major: number }
): BankTier[] {
	const premium = Math.ceil(shares.premium * ranking.length);
	const major = Math.ceil((shares.premium + shares.major) * ranking.length);
	const tiers = customers.map((c): BankTier => (c.monetary < 0 ? '限制客户' : '潜在客户'));
	ranking.forEach((index, rank) => {
		tiers[index] = rank < premium ? '优质客户' : rank < major ? '主要客户' : '普通客户';
	});
	return tiers;
}

function averageAmount(c: RfmInput): number {
	return c.frequency ? c.monetary / c.frequency : 0;
}

export function median(values: number[]): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
