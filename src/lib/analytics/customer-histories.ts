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
	/** Amount bought on the first purchase day (all its positive rows); absent for one row per customer. */
	firstAmount?: number;
}

/** Collects rows (in any order) into one history per customer, in order of first appearance. */
export function historiesOf(rows: Iterable<PurchaseRow>): CustomerHistory[] {
	const builder = createHistoryBuilder();
	for (const { id, day, amount, channel } of rows) builder.add(id, day, amount, channel);
	return builder.result();
}

/**
 * Builds histories one row at a time, with no object per row: a million-row file would otherwise
 * make two million short-lived objects (the row and its copy), and collecting and sorting them took
 * most of the lifecycle lab's time (measured with --cpu-prof on `npm run bench`). Purchase days go
 * into two growing typed arrays (customer number, day); `result` sorts them by customer with one
 * counting pass, keeping file order within a customer, so each customer's total sums its amounts
 * in file order exactly as before.
 */
export function createHistoryBuilder() {
	const numberOf = new Map<string, number>();
	const ids: string[] = [];
	const totals: number[] = [];
	/** Earliest purchase day with a channel, and that channel (the first row of that day). */
	const channelDays: number[] = [];
	const channels: (string | undefined)[] = [];
	const firstDays: number[] = [];
	const firstAmounts: number[] = [];
	let purchaseCustomer = new Int32Array(65_536);
	let purchaseDay = new Int32Array(65_536);
	let purchases = 0;
	let lastId = '';
	let lastNumber = -1;

	return {
		add(id: string, day: number, amount: number, channel?: string): void {
			// Rows of one customer often follow each other: the last number saves a lookup.
			let customer = id === lastId ? lastNumber : numberOf.get(id);
			if (customer === undefined) {
				customer = ids.length;
				numberOf.set(id, customer);
				ids.push(id);
				totals.push(0);
				channelDays.push(Infinity);
				channels.push(undefined);
				firstDays.push(Infinity);
				firstAmounts.push(0);
			}
			lastId = id;
			lastNumber = customer;
			totals[customer] += amount;
			if (!(amount > 0)) return;
			if (purchases === purchaseDay.length) {
				purchaseCustomer = grow(purchaseCustomer);
				purchaseDay = grow(purchaseDay);
			}
			purchaseCustomer[purchases] = customer;
			purchaseDay[purchases++] = day;
			if (day < firstDays[customer]) {
				firstDays[customer] = day;
				firstAmounts[customer] = amount;
			} else if (day === firstDays[customer]) firstAmounts[customer] += amount;
			if (channel !== undefined && day < channelDays[customer]) {
				channelDays[customer] = day;
				channels[customer] = channel;
			}
		},

		result(): CustomerHistory[] {
			const customers = ids.length;
			const start = new Int32Array(customers + 1);
			for (let i = 0; i < purchases; i++) start[purchaseCustomer[i] + 1]++;
			for (let c = 0; c < customers; c++) start[c + 1] += start[c];
			const next = start.slice(0, customers);
			const days = new Int32Array(purchases);
			for (let i = 0; i < purchases; i++) days[next[purchaseCustomer[i]]++] = purchaseDay[i];
			const histories: CustomerHistory[] = [];
			for (let c = 0; c < customers; c++) {
				if (start[c] === start[c + 1]) continue;
				const own = days.subarray(start[c], start[c + 1]);
				let sorted = true;
				for (let i = 1; i < own.length && sorted; i++) sorted = own[i] >= own[i - 1];
				if (!sorted) own.sort();
				const distinct = [own[0]];
				for (let i = 1; i < own.length; i++) if (own[i] !== own[i - 1]) distinct.push(own[i]);
				const history: CustomerHistory = {
					id: ids[c],
					firstDay: distinct[0],
					lastDay: distinct[distinct.length - 1],
					purchaseDays: distinct.length,
					total: totals[c],
					days: distinct,
					firstAmount: firstAmounts[c]
				};
				if (channels[c] !== undefined) history.channel = channels[c];
				histories.push(history);
			}
			if (!histories.length)
				throw new ModelError('数据中没有任何一笔金额为正的购买，无法分析客户生命周期。');
			return histories;
		}
	};
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
	const larger = new Int32Array(array.length * 2);
	larger.set(array);
	return larger;
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
