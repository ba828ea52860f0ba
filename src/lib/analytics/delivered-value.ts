/**
 * Customer delivered value (顾客让渡价值, Kotler): total customer value (product, service,
 * personnel, image) minus total customer cost (money, time, energy, physical effort).
 */

export const VALUE_PARTS = ['product', 'service', 'personnel', 'image'] as const;
export const COST_PARTS = ['monetary', 'time', 'energy', 'physical'] as const;
export type ValuePart = (typeof VALUE_PARTS)[number];
export type CostPart = (typeof COST_PARTS)[number];

export const PART_NAMES: Record<ValuePart | CostPart, string> = {
	product: '产品价值',
	service: '服务价值',
	personnel: '人员价值',
	image: '形象价值',
	monetary: '货币成本',
	time: '时间成本',
	energy: '精力成本',
	physical: '体力成本'
};

export type Offer = Record<ValuePart | CostPart, number>;

/**
 * The illustrative pair the value figure draws by default (as 甲企业 and 乙企业) and the lab starts from:
 * the rival has the better product, image and price, the firm the better service and staff and
 * the lower time, energy and physical costs — and the firm delivers more value.
 */
export const EXAMPLE_OFFERS: Readonly<{ firm: Offer; rival: Offer }> = {
	firm: {
		product: 40,
		service: 20,
		personnel: 12,
		image: 8,
		monetary: 45,
		time: 8,
		energy: 5,
		physical: 2
	},
	rival: {
		product: 42,
		service: 10,
		personnel: 8,
		image: 10,
		monetary: 40,
		time: 12,
		energy: 8,
		physical: 5
	}
};

export interface DeliveredValue {
	totalValue: number;
	totalCost: number;
	/** totalValue − totalCost. */
	delivered: number;
	/** totalValue / totalCost (another common form); null when cost is 0. */
	ratio: number | null;
}

export function deliveredValue(offer: Offer): DeliveredValue {
	const totalValue = VALUE_PARTS.reduce((sum, p) => sum + offer[p], 0);
	const totalCost = COST_PARTS.reduce((sum, p) => sum + offer[p], 0);
	return {
		totalValue,
		totalCost,
		delivered: totalValue - totalCost,
		ratio: totalCost ? totalValue / totalCost : null
	};
}

/**
 * Where the firm falls furthest behind the rival, in delivered-value terms: the value part it
 * is most below the rival on, or the cost part it is most above. That lever closes the gap
 * fastest. Null when the firm is ahead or level on every part.
 */
export function weakestLever(
	firm: Offer,
	rival: Offer
): { part: ValuePart | CostPart; gap: number } | null {
	const gaps = [
		...VALUE_PARTS.map((part) => ({ part, gap: rival[part] - firm[part] })),
		...COST_PARTS.map((part) => ({ part, gap: firm[part] - rival[part] }))
	];
	const worst = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
	return worst.gap > 0 ? worst : null;
}

/** Each part is scored on a relative 0–100 scale. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/**
 * Reads one typed score. Out-of-range and non-numbers are refused with the reason, so the
 * calculation keeps the last valid score instead of taking −50 or 500.
 */
export function parseScore(text: string): { score: number } | { problem: string } {
	const trimmed = text.trim();
	if (!trimmed) return { problem: `请填写 ${SCORE_MIN}–${SCORE_MAX} 的分值` };
	const score = Number(trimmed);
	if (!Number.isFinite(score)) return { problem: `「${trimmed}」不是数字` };
	if (score < SCORE_MIN || score > SCORE_MAX)
		return { problem: `${trimmed} 超出 ${SCORE_MIN}–${SCORE_MAX}` };
	return { score };
}
