/**
 * Survival split by first-purchase amount: customers fall in three bands at the tertiles of what
 * they bought on their first purchase day, and each band gets its own Kaplan–Meier curve — does a
 * bigger first order mean a longer relationship? Cuts are values that occur in the data, so a band
 * reads "首单 ≤ 85" exactly; ties at a cut stay in the lower band, so with many equal amounts a
 * band can be empty and is left out.
 */
import type { CustomerHistory } from './customer-histories';
import { kaplanMeier, type Lifetime, type SurvivalResult } from './survival';

export const AMOUNT_BANDS = ['low', 'middle', 'high'] as const;
export type AmountBand = (typeof AMOUNT_BANDS)[number];

export interface AmountBandSurvival {
	band: AmountBand;
	/** First-purchase amounts above this (exclusive); null for the lowest band. */
	above: number | null;
	/** … and up to this (inclusive); null for the highest band. */
	upTo: number | null;
	customers: number;
	survival: SurvivalResult;
}

/**
 * The two tertile cuts: the values at ranks ⌈n/3⌉ and ⌈2n/3⌉ of the sorted amounts (1-based), so
 * at least a third of the customers are at or below the first cut.
 */
export function tertileCuts(values: readonly number[]): [number, number] {
	const sorted = Float64Array.from(values).sort();
	const n = sorted.length;
	return [sorted[Math.ceil(n / 3) - 1], sorted[Math.ceil((2 * n) / 3) - 1]];
}

/**
 * One curve per band that has customers; empty when some customer's first amount is unknown (a
 * one-row-per-customer table) or all customers fall in one band.
 */
export function survivalByFirstAmount(
	customers: readonly { history: CustomerHistory; lifetime: Lifetime }[]
): AmountBandSurvival[] {
	const amounts: number[] = [];
	for (const { history } of customers) {
		if (history.firstAmount === undefined) return [];
		amounts.push(history.firstAmount);
	}
	if (!amounts.length) return [];
	const [low, high] = tertileCuts(amounts);
	const lifetimes: Record<AmountBand, Lifetime[]> = { low: [], middle: [], high: [] };
	customers.forEach(({ lifetime }, i) => {
		const amount = amounts[i];
		lifetimes[amount <= low ? 'low' : amount <= high ? 'middle' : 'high'].push(lifetime);
	});
	const bounds: Record<AmountBand, [number | null, number | null]> = {
		low: [null, low],
		middle: [low, high],
		high: [high, null]
	};
	const bands = AMOUNT_BANDS.filter((band) => lifetimes[band].length).map((band) => ({
		band,
		above: bounds[band][0],
		upTo: bounds[band][1],
		customers: lifetimes[band].length,
		survival: kaplanMeier(lifetimes[band])
	}));
	return bands.length > 1 ? bands : [];
}
