/**
 * Formula customer lifetime value (the textbook model of chapter 3): a constant margin m per
 * period, a constant retention rate r, a discount rate d per period and an acquisition cost AC.
 *
 * Textbooks disagree on when the money of period t arrives, which gives three closed forms for an
 * infinite horizon. Each timing convention here is a finite sum whose limit is one of them:
 *
 * | timing     | period t pays       | survival | discounted by | limit T → ∞     |
 * |------------|---------------------|----------|---------------|-----------------|
 * | `start`    | at its start        | r^(t−1)  | (1+d)^(t−1)   | m(1+d)/(1+d−r)  |
 * | `retained` | at its end, if kept | r^t      | (1+d)^t       | m·r/(1+d−r)     |
 * | `end`      | at its end          | r^(t−1)  | (1+d)^t       | m/(1+d−r)       |
 */

import { ModelError } from './model-error';

export type CashFlowTiming = 'start' | 'retained' | 'end';

export interface FormulaClvInputs {
	/** Margin (profit) per period from a customer who is still active, in yuan. */
	margin: number;
	/** Share of customers active in one period who are still active in the next, 0–1. */
	retentionRate: number;
	/** Discount rate per period, e.g. 0.1 for 10%. */
	discountRate: number;
	/** Cost of acquiring the customer, paid now (not discounted). */
	acquisitionCost: number;
	/** Number of periods counted; `Infinity` for a relationship that could last forever. */
	horizon: number;
	timing: CashFlowTiming;
}

export interface ClvPeriodRow {
	/** 1-based period number. */
	period: number;
	/** Probability that the customer still pays in this period. */
	survival: number;
	/** margin × survival. */
	expectedMargin: number;
	/** 1 / (1+d)^k, k being when the period's money arrives (see the table above). */
	discountFactor: number;
	presentValue: number;
	/** Sum of present values up to and including this period, before the acquisition cost. */
	cumulative: number;
}

/** What is wrong with the inputs, in Chinese; empty when the model can be computed. */
export function formulaClvProblems(inputs: FormulaClvInputs): string[] {
	const problems: string[] = [];
	if (!Number.isFinite(inputs.margin)) problems.push('每期利润必须是数字。');
	if (!(inputs.retentionRate >= 0 && inputs.retentionRate <= 1))
		problems.push('保留率必须在 0 到 100% 之间。');
	// Number.isFinite first: an emptied number field arrives as null, and null >= 0 is true.
	const nonNegative = (value: number) => Number.isFinite(value) && value >= 0;
	if (!nonNegative(inputs.discountRate)) problems.push('折现率必须是不小于 0 的数字。');
	if (!nonNegative(inputs.acquisitionCost)) problems.push('获客成本必须是不小于 0 的数字。');
	const horizonIsCount = Number.isInteger(inputs.horizon) && inputs.horizon >= 1;
	if (!horizonIsCount && inputs.horizon !== Infinity)
		problems.push('观察期数必须是不小于 1 的整数，或选择“无限期”。');
	if (
		inputs.horizon === Infinity &&
		problems.length === 0 &&
		inputs.retentionRate === 1 &&
		inputs.discountRate === 0
	)
		problems.push(
			'保留率为 100% 且折现率为 0 时，无限期的终身价值没有上限；请缩短期数或设定折现率。'
		);
	return problems;
}

function assertComputable(inputs: FormulaClvInputs): void {
	const problems = formulaClvProblems(inputs);
	if (problems.length) throw new ModelError(problems.join(''));
}

/** When period t's money arrives (in periods from now) and how many renewals it needs. */
function periodTiming(timing: CashFlowTiming, period: number) {
	switch (timing) {
		case 'start':
			return { paidAt: period - 1, renewals: period - 1 };
		case 'retained':
			return { paidAt: period, renewals: period };
		case 'end':
			return { paidAt: period, renewals: period - 1 };
	}
}

/** The first `periods` periods of the sum (all of them when the horizon is shorter). */
export function clvPeriodTable(inputs: FormulaClvInputs, periods = inputs.horizon): ClvPeriodRow[] {
	assertComputable(inputs);
	const count = Math.min(periods, inputs.horizon);
	if (!Number.isFinite(count)) throw new RangeError('无限期时请给出要列出的期数。');
	const rows: ClvPeriodRow[] = [];
	let cumulative = 0;
	for (let period = 1; period <= count; period++) {
		const { paidAt, renewals } = periodTiming(inputs.timing, period);
		const survival = inputs.retentionRate ** renewals;
		const expectedMargin = inputs.margin * survival;
		const discountFactor = (1 + inputs.discountRate) ** -paidAt;
		const presentValue = expectedMargin * discountFactor;
		cumulative += presentValue;
		rows.push({ period, survival, expectedMargin, discountFactor, presentValue, cumulative });
	}
	return rows;
}

/** The closed form of the infinite sum for a timing convention, before the acquisition cost. */
export function closedFormClv(
	margin: number,
	retentionRate: number,
	discountRate: number,
	timing: CashFlowTiming
): number {
	const denominator = 1 + discountRate - retentionRate;
	switch (timing) {
		case 'start':
			return (margin * (1 + discountRate)) / denominator;
		case 'retained':
			return (margin * retentionRate) / denominator;
		case 'end':
			return margin / denominator;
	}
}

/**
 * Present value of the margins over the horizon, before the acquisition cost. The finite sum is
 * also a geometric series, so it has a closed form; summing keeps the code one obvious loop.
 */
export function grossClv(inputs: FormulaClvInputs): number {
	assertComputable(inputs);
	if (inputs.horizon === Infinity)
		return closedFormClv(inputs.margin, inputs.retentionRate, inputs.discountRate, inputs.timing);
	return clvPeriodTable(inputs).at(-1)?.cumulative ?? 0;
}

/** Lifetime value net of the acquisition cost: what a newly won customer is worth today. */
export function netClv(inputs: FormulaClvInputs): number {
	return grossClv(inputs) - inputs.acquisitionCost;
}

/**
 * How many periods the running total needs to reach `share` of the infinite-horizon value. The
 * terms shrink by r/(1+d) each period under every timing, so the tail after n periods is that
 * ratio to the power n.
 */
export function periodsToReachShare(
	retentionRate: number,
	discountRate: number,
	share: number
): number {
	const ratio = retentionRate / (1 + discountRate);
	if (ratio <= 0) return 1;
	if (ratio >= 1) return Infinity;
	return Math.max(1, Math.ceil(Math.log(1 - share) / Math.log(ratio)));
}

/** First period whose cumulative present value covers the acquisition cost; null if none does. */
export function paybackPeriod(
	rows: readonly ClvPeriodRow[],
	acquisitionCost: number
): number | null {
	return rows.find((row) => row.cumulative >= acquisitionCost)?.period ?? null;
}

export interface CustomerBase {
	/** Customers the firm has today; their acquisition cost is already spent. */
	existingCustomers: number;
	/** New customers won each period, each at the acquisition cost. */
	newCustomersPerPeriod: number;
}

export interface RetentionScenario {
	retentionRate: number;
	grossClv: number;
	netClv: number;
	/** existingCustomers × gross CLV: the present value of the customers already won. */
	existingBaseValue: number;
	/**
	 * Profit per period once the base is steady: n/(1−r) active customers each paying the margin,
	 * minus n acquisitions. Null when r = 1, because the base then grows without bound.
	 */
	steadyProfitPerPeriod: number | null;
}

export interface RetentionSensitivity {
	base: RetentionScenario;
	improved: RetentionScenario;
	/** Relative changes, e.g. 0.2 for +20%; null when the base value is 0 or missing. */
	change: {
		grossClv: number | null;
		netClv: number | null;
		existingBaseValue: number | null;
		steadyProfitPerPeriod: number | null;
	};
}

function scenarioAt(inputs: FormulaClvInputs, base: CustomerBase): RetentionScenario {
	const gross = grossClv(inputs);
	const r = inputs.retentionRate;
	return {
		retentionRate: r,
		grossClv: gross,
		netClv: gross - inputs.acquisitionCost,
		existingBaseValue: base.existingCustomers * gross,
		steadyProfitPerPeriod:
			r < 1
				? (base.newCustomersPerPeriod / (1 - r)) * inputs.margin -
					base.newCustomersPerPeriod * inputs.acquisitionCost
				: null
	};
}

function relativeChange(from: number | null, to: number | null): number | null {
	if (from === null || to === null || from === 0) return null;
	return (to - from) / Math.abs(from);
}

/**
 * What raising retention by `points` (0.05 = five percentage points) does to one customer's value
 * and to the customer base. Null when the raised rate would pass 100%.
 */
export function retentionSensitivity(
	inputs: FormulaClvInputs,
	base: CustomerBase,
	points = 0.05
): RetentionSensitivity | null {
	// Rounded so 0.8 + 0.05 is 0.85, not 0.8500000000000001, which matters at r = 0.95.
	const raised = Math.round((inputs.retentionRate + points) * 1e9) / 1e9;
	if (raised > 1) return null;
	const improvedInputs = { ...inputs, retentionRate: raised };
	if (formulaClvProblems(improvedInputs).length) return null;
	const before = scenarioAt(inputs, base);
	const after = scenarioAt(improvedInputs, base);
	return {
		base: before,
		improved: after,
		change: {
			grossClv: relativeChange(before.grossClv, after.grossClv),
			netClv: relativeChange(before.netClv, after.netClv),
			existingBaseValue: relativeChange(before.existingBaseValue, after.existingBaseValue),
			steadyProfitPerPeriod: relativeChange(
				before.steadyProfitPerPeriod,
				after.steadyProfitPerPeriod
			)
		}
	};
}

/**
 * The one retention rate the textbook formula assumes, read off a cohort: the geometric mean of
 * the observed period-to-period rates, (S_n / S_0)^(1/n). Projecting with it reproduces the last
 * observed count but not the rising rates of a cohort whose least loyal customers leave first.
 */
export function averageRetentionRate(survivors: readonly number[]): number {
	const periods = survivors.length - 1;
	if (periods < 1 || !(survivors[0] > 0))
		throw new ModelError('至少需要期初人数和一期的留存人数。');
	return (survivors[periods] / survivors[0]) ** (1 / periods);
}

/**
 * Discounted expected residual lifetime under a constant retention rate r, counted as the sBG's
 * DERL is (the next renewal undiscounted): r + r²/(1+d) + … = r(1+d)/(1+d−r).
 */
export function constantRateDerl(retentionRate: number, discountRate: number): number {
	return retentionRate * closedFormClv(1, retentionRate, discountRate, 'start');
}
