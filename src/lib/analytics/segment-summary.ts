/**
 * Per-segment figures for any grouping of RFM customers (eight classes, matrix cells, bank
 * tiers): size, share of customers, share of value and the average recency, frequency and
 * monetary value, plus the R × F score grid behind the heatmap.
 */
import type { RfmInput } from './rfm';

export interface SegmentSummary<Segment extends string> {
	segment: Segment;
	customers: number;
	customerShare: number;
	/** Share of the total monetary value; 0 when the total is not positive. */
	valueShare: number;
	value: number;
	averageRecencyDays: number;
	averageFrequency: number;
	averageMonetary: number;
}

/** One row per segment in `order` (empty segments included, with zeros), in that order. */
export function summarizeSegments<Segment extends string>(
	customers: readonly RfmInput[],
	segmentOf: (customer: RfmInput, index: number) => Segment,
	order: readonly Segment[]
): SegmentSummary<Segment>[] {
	const totals = new Map(
		order.map((segment) => [segment, { count: 0, recency: 0, frequency: 0, monetary: 0 }])
	);
	let totalValue = 0;
	customers.forEach((customer, index) => {
		const total = totals.get(segmentOf(customer, index));
		if (!total) throw new Error(`segment not in order: ${segmentOf(customer, index)}`);
		total.count += 1;
		total.recency += customer.recencyDays;
		total.frequency += customer.frequency;
		total.monetary += customer.monetary;
		totalValue += customer.monetary;
	});
	const average = (sum: number, count: number) => (count ? sum / count : 0);
	return order.map((segment) => {
		const total = totals.get(segment) as {
			count: number;
			recency: number;
			frequency: number;
			monetary: number;
		};
		return {
			segment,
			customers: total.count,
			customerShare: customers.length ? total.count / customers.length : 0,
			valueShare: totalValue > 0 ? total.monetary / totalValue : 0,
			value: total.monetary,
			averageRecencyDays: average(total.recency, total.count),
			averageFrequency: average(total.frequency, total.count),
			averageMonetary: average(total.monetary, total.count)
		};
	});
}

/** Customer counts by R score (rows, 1–5) and F score (columns, 1–5): grid[r − 1][f − 1]. */
export function scoreGrid(customers: readonly { r: number; f: number }[]): number[][] {
	const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
	for (const { r, f } of customers) grid[r - 1][f - 1] += 1;
	return grid;
}
