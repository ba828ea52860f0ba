/**
 * The ICBC lifecycle as a Markov model: each period customers move between 潜在客户 → 新客户 →
 * 忠诚客户 → 新业务的新客户, and any customer may be lost. The case's three measures (acquire,
 * keep, grow) buy changes in the transition rates, with diminishing returns on spending.
 */

export const STAGES = ['potential', 'new', 'loyal', 'crossSell', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_NAMES: Record<Stage, string> = {
	potential: '潜在客户',
	new: '新客户',
	loyal: '忠诚客户',
	crossSell: '新业务的新客户',
	lost: '流失客户'
};

/** Per-period transition rates (shares of the stage's customers, 0–1). */
export interface Rates {
	/** 潜在 → 新: share of prospects who become customers. */
	acquire: number;
	/** 新 → 忠诚. */
	convert: number;
	/** 忠诚 → 新业务的新客户 (cross-selling). */
	grow: number;
	churnNew: number;
	churnLoyal: number;
	churnCrossSell: number;
	/** New prospects entering the market each period (customers, not a share). */
	inflow: number;
}

export type Counts = Record<Stage, number>;

export interface Economics {
	/** Margin per customer per period in each paying stage. */
	margin: Record<'new' | 'loyal' | 'crossSell', number>;
	/** Discount rate per period, for customer value. */
	discountRate: number;
}

/** Spending on the case's three measures, per period. */
export interface Budget {
	/** 数据库营销、渠道营销: winning prospects. */
	acquisition: number;
	/** 关系营销、成本利润分析: keeping and converting new customers. */
	retention: number;
	/** 一对一营销、交叉销售: growing loyal customers. */
	growth: number;
}

/**
 * What full spending can do to each rate, and the spend that reaches 63% of it
 * (effect = max · (1 − e^(−spend/scale))): stated so learners can see and edit the assumption.
 */
export interface MeasureEffects {
	acquisition: { acquire: number; scale: number };
	retention: { convert: number; churnNew: number; churnLoyal: number; scale: number };
	growth: { grow: number; churnCrossSell: number; scale: number };
}

export const DEFAULT_EFFECTS: MeasureEffects = {
	acquisition: { acquire: 0.1, scale: 50 },
	retention: { convert: 0.15, churnNew: -0.08, churnLoyal: -0.04, scale: 50 },
	growth: { grow: 0.12, churnCrossSell: -0.02, scale: 50 }
};

const clampRate = (x: number) => Math.min(1, Math.max(0, x));
const saturation = (spend: number, scale: number) =>
	spend > 0 && scale > 0 ? 1 - Math.exp(-spend / scale) : 0;

/** The rates after spending the budget. */
export function applyBudget(base: Rates, budget: Budget, effects = DEFAULT_EFFECTS): Rates {
	const a = saturation(budget.acquisition, effects.acquisition.scale);
	const r = saturation(budget.retention, effects.retention.scale);
	const g = saturation(budget.growth, effects.growth.scale);
	return {
		...base,
		acquire: clampRate(base.acquire + a * effects.acquisition.acquire),
		convert: clampRate(base.convert + r * effects.retention.convert),
		churnNew: clampRate(base.churnNew + r * effects.retention.churnNew),
		churnLoyal: clampRate(base.churnLoyal + r * effects.retention.churnLoyal),
		grow: clampRate(base.grow + g * effects.growth.grow),
		churnCrossSell: clampRate(base.churnCrossSell + g * effects.growth.churnCrossSell)
	};
}

/** Checks that no stage sends out more than all of its customers. Returns Chinese messages. */
export function rateProblems(rates: Rates): string[] {
	const problems: string[] = [];
	if (rates.convert + rates.churnNew > 1) problems.push('新客户的转化率与流失率之和超过 100%。');
	if (rates.grow + rates.churnLoyal > 1) problems.push('忠诚客户的增购率与流失率之和超过 100%。');
	if (rates.inflow < 0) problems.push('每期新增潜在客户数不能为负。');
	return problems;
}

/** One period of movement. Customers are conserved: out of one stage means into another. */
export function step(counts: Counts, rates: Rates): Counts {
	const acquired = counts.potential * rates.acquire;
	const converted = counts.new * rates.convert;
	const lostNew = counts.new * rates.churnNew;
	const grown = counts.loyal * rates.grow;
	const lostLoyal = counts.loyal * rates.churnLoyal;
	const lostCross = counts.crossSell * rates.churnCrossSell;
	return {
		potential: counts.potential - acquired + rates.inflow,
		new: counts.new + acquired - converted - lostNew,
		loyal: counts.loyal + converted - grown - lostLoyal,
		crossSell: counts.crossSell + grown - lostCross,
		lost: counts.lost + lostNew + lostLoyal + lostCross
	};
}

export interface PeriodResult {
	period: number;
	counts: Counts;
	revenue: number;
	/** Margin earned this period less the period's spending. */
	profit: number;
	/** Discounted cumulative profit up to this period. */
	value: number;
}

/** Runs the model for `periods` periods from `start` (period 0 is the starting state). */
export function simulate(
	start: Counts,
	rates: Rates,
	economics: Economics,
	periods: number,
	spendPerPeriod = 0
): PeriodResult[] {
	const results: PeriodResult[] = [];
	let counts = start;
	let value = 0;
	for (let period = 0; period <= periods; period++) {
		if (period > 0) counts = step(counts, rates);
		const revenue =
			counts.new * economics.margin.new +
			counts.loyal * economics.margin.loyal +
			counts.crossSell * economics.margin.crossSell;
		const profit = period > 0 ? revenue - spendPerPeriod : revenue;
		value += profit / (1 + economics.discountRate) ** period;
		results.push({ period, counts, revenue, profit, value });
	}
	return results;
}
