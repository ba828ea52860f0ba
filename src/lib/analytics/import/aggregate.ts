/**
 * Transactions to one record per customer, one transaction at a time, so big files stream.
 *
 * Refund rule: a negative amount is a refund. It lowers the customer's monetary total (and profit)
 * but is not a purchase: it does not count for frequency, first or last purchase day, or the data's
 * date range. Refunds are counted and summed so the page can show them. A customer with refunds
 * but no purchase in the file has no RFM values and is left out of the customers, counted instead.
 *
 * Frequency is the number of purchase rows, or with an invoice column the number of distinct
 * invoices (several rows of one order count once).
 */

export interface CustomerAggregate {
	id: string;
	firstDay: number;
	lastDay: number;
	frequency: number;
	monetary: number;
	profit?: number;
	/** The customer's most frequent channel (the first seen among equals). */
	channel?: string;
}

export interface RefundSummary {
	rows: number;
	amount: number;
	/** Customers with refunds but no purchase in the file: not in the customer list. */
	customersWithoutPurchase: number;
}

export interface Aggregation {
	customers: CustomerAggregate[];
	/** Range of purchase days (refunds excluded); NaN when there was no purchase. */
	earliestDay: number;
	latestDay: number;
	purchases: number;
	refunds: RefundSummary;
}

/** Mutable per-customer state; one object per customer, updated in place for every row. */
interface Entry {
	id: string;
	firstDay: number;
	lastDay: number;
	purchaseRows: number;
	/** Invoice keys (see invoiceKeys) in file order, a repeat of the previous one left out. */
	invoices: InvoiceKey[] | undefined;
	monetary: number;
	profit: number;
	channels: Map<string, number> | undefined;
}

const cents = (value: number) => Math.round(value * 100) / 100;

export function createCustomerAggregator(options: { invoices: boolean; profit: boolean }) {
	const entries = new Map<string, Entry>();
	const keyOf = invoiceKeys();
	// Rows of one order or one customer often follow each other: the last entry saves a lookup.
	let lastId = '';
	let lastEntry: Entry | undefined;
	let earliestDay = Infinity;
	let latestDay = -Infinity;
	let purchases = 0;
	let refundRows = 0;
	let refundAmount = 0;

	return {
		/** `invoice`, `profit` and `channel` are undefined when their column is not mapped or blank. */
		add(
			id: string,
			day: number,
			amount: number,
			invoice: string | undefined,
			profit: number | undefined,
			channel: string | undefined
		): void {
			let entry = id === lastId ? lastEntry : entries.get(id);
			if (entry === undefined) {
				entry = {
					id,
					firstDay: Infinity,
					lastDay: -Infinity,
					purchaseRows: 0,
					invoices: undefined,
					monetary: 0,
					profit: 0,
					channels: undefined
				};
				entries.set(id, entry);
			}
			lastId = id;
			lastEntry = entry;
			entry.monetary += amount;
			if (profit !== undefined) entry.profit += profit;
			if (amount < 0) {
				refundRows++;
				refundAmount += amount;
				return;
			}
			purchases++;
			entry.purchaseRows++;
			if (day < entry.firstDay) entry.firstDay = day;
			if (day > entry.lastDay) entry.lastDay = day;
			if (day < earliestDay) earliestDay = day;
			if (day > latestDay) latestDay = day;
			// Rows of one order are usually adjacent, so most rows repeat the previous invoice and
			// cost one comparison; the distinct count is taken once, at the end.
			if (invoice !== undefined) {
				const key = keyOf(invoice);
				if (entry.invoices === undefined) entry.invoices = [key];
				else if (key !== entry.invoices[entry.invoices.length - 1]) entry.invoices.push(key);
			}
			if (channel !== undefined) {
				entry.channels ??= new Map();
				entry.channels.set(channel, (entry.channels.get(channel) ?? 0) + 1);
			}
		},

		result(): Aggregation {
			const customers: CustomerAggregate[] = [];
			let customersWithoutPurchase = 0;
			for (const entry of entries.values()) {
				if (!entry.purchaseRows) {
					customersWithoutPurchase++;
					continue;
				}
				const customer: CustomerAggregate = {
					id: entry.id,
					firstDay: entry.firstDay,
					lastDay: entry.lastDay,
					frequency: options.invoices ? distinctCount(entry.invoices ?? []) : entry.purchaseRows,
					monetary: cents(entry.monetary)
				};
				if (options.profit) customer.profit = cents(entry.profit);
				if (entry.channels) customer.channel = mostFrequent(entry.channels);
				customers.push(customer);
			}
			return {
				customers,
				earliestDay: purchases ? earliestDay : NaN,
				latestDay: purchases ? latestDay : NaN,
				purchases,
				refunds: { rows: refundRows, amount: cents(refundAmount), customersWithoutPurchase }
			};
		}
	};
}

type InvoiceKey = number | string;

/**
 * Invoice numbers as numbers when they have the shape of the file's first one (the same letters
 * before the same count of digits, like SO00012345 or 536365): then text and number determine
 * each other, and a million invoices are a million small numbers rather than a million strings
 * for the garbage collector to keep. Any other invoice stays text, so keys never collide.
 */
function invoiceKeys(): (invoice: string) => InvoiceKey {
	let prefix: string | null | undefined;
	let width = 0;
	return (invoice) => {
		if (prefix === undefined) {
			const shape = /^(\D*)(\d{1,15})$/.exec(invoice);
			prefix = shape ? shape[1] : null;
			width = shape ? invoice.length : 0;
		}
		if (prefix === null || invoice.length !== width || !invoice.startsWith(prefix)) return invoice;
		let value = 0;
		for (let i = prefix.length; i < width; i++) {
			const digit = invoice.charCodeAt(i) - 48;
			if (digit < 0 || digit > 9) return invoice;
			value = value * 10 + digit;
		}
		return value;
	};
}

/** Invoice numbers usually rise over time, and a rising list has no repeats: no Set needed. */
function distinctCount(invoices: InvoiceKey[]): number {
	for (let i = 1; i < invoices.length; i++) {
		const before = invoices[i - 1];
		const after = invoices[i];
		if (typeof before !== typeof after || !(after > before)) return new Set(invoices).size;
	}
	return invoices.length;
}

function mostFrequent(counts: Map<string, number>): string | undefined {
	let best: string | undefined;
	let bestCount = 0;
	for (const [value, count] of counts) {
		if (count > bestCount) [best, bestCount] = [value, count];
	}
	return best;
}
