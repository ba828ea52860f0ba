/**
 * Customer lifetime value from BG/NBD (how many purchases) × Gamma-Gamma (how much each), the way
 * Python lifetimes' customer_lifetime_value computes it: month by month, each month's expected
 * purchases times expected spend, discounted by the monthly rate.
 */
import { conditionalExpectedPurchases, type BgNbdParams, type CustomerSummary } from './bgnbd';
import type { PeriodUnit } from './clv-summary';
import { conditionalExpectedSpend, type GammaGammaParams } from './gammagamma';

/** Model periods in a month, as Python lifetimes counts them. */
export const PERIODS_PER_MONTH: Record<PeriodUnit, number> = { day: 30, week: 4.345 };

export interface ClvOptions {
	months: number;
	monthlyDiscountRate: number;
	/** Model periods in a month (PERIODS_PER_MONTH for days or weeks). */
	periodsPerMonth: number;
}

export function discountedClv(
	bgnbd: BgNbdParams,
	gg: GammaGammaParams,
	customer: CustomerSummary,
	{ months, monthlyDiscountRate, periodsPerMonth }: ClvOptions
): number {
	const spend = conditionalExpectedSpend(gg, customer.frequency, customer.monetaryValue ?? 0);
	let value = 0;
	let before = 0;
	for (let month = 1; month <= months; month++) {
		const upTo = conditionalExpectedPurchases(bgnbd, customer, month * periodsPerMonth);
		value += ((upTo - before) * spend) / (1 + monthlyDiscountRate) ** month;
		before = upTo;
	}
	return value;
}
