/**
 * A seeded sample shop whose customers follow the four relationship patterns in stated
 * proportions, so a learner can check that the lifecycle lab finds them. Ended relationships stop
 * at least 240 days before the end of the data and active ones buy at most 120 days apart up to
 * the end, so the default rules (180 inactive days, 60-day 考察期, 5 purchases for 稳定期) classify
 * every customer as generated.
 */
import { seededRandom } from '../random';
import type { PurchaseRow } from './customer-histories';
import type { Pattern } from './lifecycle-patterns';

export const SAMPLE_PATTERN_SHARES: Record<Pattern, number> = {
	早期流产型: 0.35,
	中途夭折型: 0.3,
	提前退出型: 0.1,
	长久保持型: 0.25
};

export interface LifecycleSample {
	rows: PurchaseRow[];
	/** The pattern each customer was generated with, by id. */
	truth: Map<string, Pattern>;
	endDay: number;
}

const CHANNELS = ['门店', '网店'];

export function lifecycleSample(seed: number, customers = 1200, endDay = 20_088): LifecycleSample {
	const random = seededRandom(seed);
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	const startDay = endDay - 3 * 365;
	const rows: PurchaseRow[] = [];
	const truth = new Map<string, Pattern>();
	const cumulative = Object.entries(SAMPLE_PATTERN_SHARES) as [Pattern, number][];

	for (let n = 0; n < customers; n++) {
		const id = `K${String(n + 1).padStart(5, '0')}`;
		let draw = random();
		const pattern = cumulative.find(([, share]) => (draw -= share) < 0)?.[0] ?? '长久保持型';
		truth.set(id, pattern);
		const channel = CHANNELS[between(0, 1)];
		const spend = 40 + random() * 200;
		const buy = (day: number) =>
			rows.push({
				id,
				day,
				amount: Math.round(spend * (0.6 + random() * 0.8) * 100) / 100,
				channel
			});

		// Ended relationships last at most 540 days, so starting 800 days before the end stops them 240+ days before it.
		const latestStart = pattern === '长久保持型' ? endDay - 30 : endDay - 800;
		const first = between(startDay, latestStart);
		buy(first);
		let day = first;
		if (pattern === '早期流产型') {
			for (let extra = between(0, 2); extra > 0; extra--) buy((day += between(1, 20)));
		} else if (pattern === '中途夭折型') {
			for (let extra = between(2, 3); extra > 0; extra--) buy((day += between(35, 90)));
		} else if (pattern === '提前退出型') {
			for (let extra = between(5, 12); extra > 0; extra--) buy((day += between(15, 45)));
		} else {
			while ((day += between(10, 120)) <= endDay) buy(day);
		}
	}
	return { rows, truth, endDay };
}
