/**
 * Each customer's purchase history as the lifecycle models read it. A purchase day is a day with
 * at least one row of positive amount for the customer (refunds and zero rows are not purchases,
 * but refunds do lower the customer's total, as in the importer's refund rule). A customer with no
 * purchase day is not a customer of these models.
 */
import { ModelError } from './model-error';

export interface PurchaseRow {
	id: string;
	/** Days since 1970-01-01 UTC. */
	day: number;
	amount: number;
	channel?: string;
}

export interface CustomerHistory {
	id: string;
	firstDay: number;
	lastDay: number;
	/** Number of distinct purchase days. */
	purchaseDays: number;
	/** Sum of amounts, refunds included. */
	total: number;
	/** Every purchase day, ascending; absent when the data was one row per customer. */
	days?: number[];
	/** Channel of the first purchase, when the file has one. */
	channel?: string;
}

/** Collects rows (in any order) into one history per customer, in order of first appearance. */
export function historiesOf(rows: Iterable<PurchaseRow>): CustomerHistory[] {
	const byId = new Map<string, { days: number[]; total: number; channel?: string }>();
	for (const { id, day, amount, channel } of rows) {
		let entry = byId.get(id);
		if (!entry) {
			entry = { days: [], total: 0 };
			byId.set(id, entry);
		}
		entry.total += amount;
		if (amount > 0) {
			entry.days.push(day);
			if (channel !== undefined && (entry.channel === undefined || day < entry.days[0])) {
				entry.channel = channel;
			}
		}
	}
	const histories: CustomerHistory[] = [];
	for (const [id, { days, total, channel }] of byId) {
		if (!days.length) continue;
		days.sort((a, b) => a - b);
		const distinct = days.filter((day, i) => i === 0 || day !== days[i - 1]);
		const history: CustomerHistory = {
			id,
			firstDay: distinct[0],
			lastDay: distinct[distinct.length - 1],
			purchaseDays: distinct.length,
			total,
			days: distinct
		};
		if (channel !== undefined) history.channel = channel;
		histories.push(history);
	}
	if (!histories.length)
		throw new ModelError('数据中没有任何一笔金额为正的购买，无法分析客户生命周期。');
	return histories;
}

/** The latest purchase day in the data: the default as-of date. */
export function latestPurchaseDay(histories: CustomerHistory[]): number {
	let latest = -Infinity;
	for (const history of histories) if (history.lastDay > latest) latest = history.lastDay;
	return latest;
}

/**
 * The histories as they stood at the end of `asOfDay`: later purchases are dropped and customers
 * who first bought later are left out. One-row-per-customer data cannot be cut, so a customer
 * whose last purchase is after the as-of date is an error there.
 */
export function historiesAsOf(histories: CustomerHistory[], asOfDay: number): CustomerHistory[] {
	const cut: CustomerHistory[] = [];
	for (const history of histories) {
		if (history.firstDay > asOfDay) continue;
		if (history.lastDay <= asOfDay) {
			cut.push(history);
			continue;
		}
		if (!history.days) {
			throw new ModelError(
				`客户「${history.id}」的最后购买日期晚于分析日期；按客户汇总的数据无法截到更早的日期，请把分析日期设为最后一笔购买之后。`
			);
		}
		const days = history.days.filter((day) => day <= asOfDay);
		cut.push({ ...history, days, lastDay: days[days.length - 1], purchaseDays: days.length });
	}
	if (!cut.length) throw new ModelError('分析日期之前没有任何购买。');
	return cut;
}
