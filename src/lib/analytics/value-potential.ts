/**
 * Proxies for a customer's growth potential in the customer value matrix. Transaction data hold
 * no future, so the lab lets the learner pick one of these stated stand-ins.
 */

export interface PotentialInput {
	recencyDays: number;
	frequency: number;
	monetary: number;
	/** Days from the first purchase to the as-of day. */
	tenureDays: number;
}

export const POTENTIAL_PROXIES = {
	'purchase-rate': {
		name: '购买频率（每 30 天购买次数）',
		rule: '购买次数 ÷ 客户关系的月数（从第一次购买到分析日，每 30 天算一个月，不足一个月按一个月）',
		of: (c: PotentialInput) => c.frequency / Math.max(1, c.tenureDays / 30)
	},
	'average-order': {
		name: '客单价',
		rule: '总金额 ÷ 购买次数：单次买得多的客户被视为还有更多钱可花',
		of: (c: PotentialInput) => (c.frequency ? c.monetary / c.frequency : 0)
	},
	recency: {
		name: '活跃度（最近购买越近越高）',
		rule: '最近一次购买距分析日的天数取负值：近期仍在购买的客户被视为更有潜力',
		of: (c: PotentialInput) => -c.recencyDays
	}
} as const satisfies Record<
	string,
	{ name: string; rule: string; of: (c: PotentialInput) => number }
>;

export type PotentialProxy = keyof typeof POTENTIAL_PROXIES;

export function potentialOf(customer: PotentialInput, proxy: PotentialProxy): number {
	return POTENTIAL_PROXIES[proxy].of(customer);
}
