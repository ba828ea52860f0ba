/**
 * Reproducible sample transaction files, so the segmentation lab works without a file of one's
 * own. The same seed always gives the same bytes (a seeded PRNG, a fixed end date, no clock).
 *
 * The shape follows what real customer bases show: purchase rates are lognormal across customers
 * (a few buy very often, many buy once or twice), spend per purchase is lognormal around a
 * customer's own level, a share of customers stop buying (churn) after an exponential lifetime,
 * and a few retail orders are partly refunded (negative amounts). Together these give the familiar
 * Pareto concentration: roughly 60–80% of value from the top 20% of customers.
 */
import { formatDay, parseDay } from './import/values';
import { seededRandom } from '../random';

export type SampleKind = 'retail' | 'bank';

export interface SampleOptions {
	kind: SampleKind;
	seed: number;
	/** Default 2000. */
	customers?: number;
	/** Last day of the data (a day number, as parseDay); default 2024-12-31. */
	endDay?: number;
}

export const SAMPLE_HEADERS: Record<SampleKind, string[]> = {
	retail: ['客户编号', '交易日期', '金额', '订单号', '渠道'],
	bank: ['客户编号', '日期', '金额', '流水号', '渠道']
};

interface KindProfile {
	idPrefix: string;
	transactionPrefix: string;
	channels: string[];
	/** Median purchases per year across customers, and the spread (σ of its logarithm). */
	medianRate: number;
	rateSpread: number;
	/** Median spend per purchase across customers, and the spreads between and within customers. */
	medianSpend: number;
	spendSpread: number;
	purchaseSpread: number;
	/** Share of customers who stop buying, and their mean lifetime in days. */
	churnShare: number;
	churnLifetime: number;
	/** Chance that a purchase is spread over two or three rows of one order (line items). */
	multiLineShare: number;
	refundShare: number;
}

const PROFILES: Record<SampleKind, KindProfile> = {
	retail: {
		idPrefix: 'C',
		transactionPrefix: 'SO',
		channels: ['门店', '网店', '小程序'],
		medianRate: 3,
		rateSpread: 0.9,
		medianSpend: 120,
		spendSpread: 0.8,
		purchaseSpread: 0.5,
		churnShare: 0.35,
		churnLifetime: 180,
		multiLineShare: 0.25,
		refundShare: 0.02
	},
	bank: {
		idPrefix: 'B',
		transactionPrefix: 'TX',
		channels: ['柜台', '手机银行', '网上银行', 'ATM'],
		medianRate: 8,
		rateSpread: 0.8,
		medianSpend: 2_000,
		spendSpread: 1.1,
		purchaseSpread: 0.7,
		churnShare: 0.3,
		churnLifetime: 240,
		multiLineShare: 0,
		// Reversed transactions (冲正), rarer than shop refunds.
		refundShare: 0.005
	}
};

const DEFAULT_END_DAY = parseDay('2024-12-31') as number;
/** Customers arrive over the two years before the end day. */
const HISTORY_DAYS = 730;

function normalFrom(random: () => number): number {
	// Box–Muller; 1 − u keeps the logarithm finite.
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A reproducible CSV (UTF-8, Chinese header, one row per purchase line, in date order). */
export function generateSampleCsv(options: SampleOptions): string {
	const profile = PROFILES[options.kind];
	const random = seededRandom(options.seed);
	const lognormal = (median: number, spread: number) =>
		median * Math.exp(spread * normalFrom(random));
	const exponential = (mean: number) => -mean * Math.log(1 - random());
	const endDay = options.endDay ?? DEFAULT_END_DAY;
	const customers = options.customers ?? 2000;
	const idWidth = String(customers).length + 1;
	// Rows are collected per day so the file comes out in date order without sorting.
	const rowsByDay: string[][] = Array.from({ length: HISTORY_DAYS }, () => []);
	const firstDay = endDay - HISTORY_DAYS + 1;
	let transactions = 0;
	const nextTransaction = () =>
		`${profile.transactionPrefix}${String(++transactions).padStart(8, '0')}`;
	const dayTexts = Array.from({ length: HISTORY_DAYS }, (_, i) => formatDay(firstDay + i));
	const pushRow = (day: number, id: string, amount: number, transaction: string, channel: string) =>
		rowsByDay[day - firstDay].push(
			`${id},${dayTexts[day - firstDay]},${amount.toFixed(2)},${transaction},${channel}`
		);

	for (let c = 1; c <= customers; c++) {
		const id = `${profile.idPrefix}${String(c).padStart(idWidth, '0')}`;
		const ratePerDay = lognormal(profile.medianRate, profile.rateSpread) / 365;
		const spendLevel = lognormal(profile.medianSpend, profile.spendSpread);
		const favourite = profile.channels[Math.floor(random() * profile.channels.length)];
		const arrival = firstDay + Math.floor(random() * HISTORY_DAYS);
		const lastActive =
			random() < profile.churnShare
				? Math.min(endDay, arrival + Math.round(exponential(profile.churnLifetime)))
				: endDay;
		// The first purchase is on arrival; later ones follow a Poisson process until churn.
		for (let day = arrival; day <= lastActive; day += 1 + Math.floor(exponential(1 / ratePerDay))) {
			const channel =
				random() < 0.8
					? favourite
					: profile.channels[Math.floor(random() * profile.channels.length)];
			const spend = lognormal(spendLevel, profile.purchaseSpread);
			const transaction = nextTransaction();
			const lines = random() < profile.multiLineShare ? 2 + Math.floor(random() * 2) : 1;
			const weights = Array.from({ length: lines }, () => 0.2 + random());
			const totalWeight = weights.reduce((sum, w) => sum + w, 0);
			const lineAmounts = weights.map((w) => Math.max(0.01, (spend * w) / totalWeight));
			for (const amount of lineAmounts) pushRow(day, id, amount, transaction, channel);
			if (random() < profile.refundShare) {
				// Part of one line comes back within two weeks, booked under its own number.
				const refundDay = Math.min(endDay, day + 1 + Math.floor(random() * 14));
				const refund = -Math.max(0.01, lineAmounts[0] * (0.3 + 0.7 * random()));
				pushRow(refundDay, id, refund, `${transaction}-R`, channel);
			}
		}
	}
	const header = SAMPLE_HEADERS[options.kind].join(',');
	return [header, ...rowsByDay.flat()].join('\n') + '\n';
}
