/**
 * From transaction rows to per-customer RFM inputs, one row at a time so big files stream.
 * Rule for refunds: a negative amount lowers the customer's monetary total but is not a purchase
 * (it does not count for frequency or recency). Every rejected row is counted; the first 100
 * are kept with their line number and reason.
 */
import type { RfmInput } from '../rfm';
import { parseAmount, parseDay } from './values';

export interface ColumnMapping {
	id: number;
	date: number;
	amount: number;
	invoice?: number;
}

export interface RejectedRow {
	line: number;
	reason: string;
}

export class ImportError extends Error {}

const CANDIDATES: Record<keyof ColumnMapping, RegExp> = {
	id: /^(id|customer(_?id)?|customerid|客户(编号|号|id|ID)?|会员(编号|号|id|ID)?|用户(编号|id|ID)?)$/i,
	date: /^(date|invoicedate|order_?date|日期|交易日期|下单时间|购买日期|订单日期)$/i,
	amount: /^(amount|monetary|total|sales|金额|消费金额|实付金额|交易金额|订单金额)$/i,
	invoice: /^(invoice(no)?|order(_?id)?|订单号|发票号|单号)$/i
};

/** Finds columns by name (given names first, then the usual English and Chinese headers). */
export function mapColumns(
	header: string[],
	given: Partial<Record<keyof ColumnMapping, string>> = {}
): ColumnMapping {
	const cleaned = header.map((h) => h.replace(/^\uFEFF/, '').trim());
	const find = (key: keyof ColumnMapping): number => {
		const wanted = given[key];
		if (wanted !== undefined) {
			const index = cleaned.indexOf(wanted);
			if (index < 0)
				throw new ImportError(`找不到列「${wanted}」；文件的列为：${cleaned.join('、')}`);
			return index;
		}
		const matches = cleaned.flatMap((h, i) => (CANDIDATES[key].test(h) ? [i] : []));
		if (matches.length > 1) {
			throw new ImportError(
				`有多列可能是${key === 'id' ? '客户编号' : key === 'date' ? '日期' : '金额'}列（${matches.map((i) => cleaned[i]).join('、')}），请指定`
			);
		}
		return matches[0] ?? -1;
	};
	const mapping = {
		id: find('id'),
		date: find('date'),
		amount: find('amount'),
		invoice: find('invoice')
	};
	const missing = (['id', 'date', 'amount'] as const).filter((k) => mapping[k] < 0);
	if (missing.length) {
		const names = { id: '客户编号', date: '日期', amount: '金额' };
		throw new ImportError(
			`没有找到${missing.map((k) => names[k]).join('、')}列；文件的列为：${cleaned.join('、') || '（空）'}`
		);
	}
	return {
		...mapping,
		invoice: given.invoice !== undefined || mapping.invoice >= 0 ? mapping.invoice : undefined
	};
}

interface Aggregate {
	first: number;
	last: number;
	purchases: number;
	invoices: Set<string> | null;
	monetary: number;
}

export interface Aggregation {
	customers: Map<string, Aggregate>;
	latestDay: number;
	rows: number;
	rejectedCount: number;
	rejected: RejectedRow[];
	refunds: number;
}

export function createAggregator(mapping: ColumnMapping) {
	const state: Aggregation = {
		customers: new Map(),
		latestDay: -Infinity,
		rows: 0,
		rejectedCount: 0,
		rejected: [],
		refunds: 0
	};
	const reject = (line: number, reason: string) => {
		state.rejectedCount += 1;
		if (state.rejected.length < 100) state.rejected.push({ line, reason });
	};
	const width = Math.max(mapping.id, mapping.date, mapping.amount, mapping.invoice ?? 0) + 1;
	return {
		push(row: string[], line: number) {
			state.rows += 1;
			if (row.length < width)
				return reject(line, `列数不足：需要至少 ${width} 列，这一行只有 ${row.length} 列`);
			const id = row[mapping.id]?.trim();
			if (!id) return reject(line, '缺少客户编号');
			const day = parseDay(row[mapping.date] ?? '');
			if (day === null) return reject(line, `日期无法识别「${row[mapping.date]}」`);
			const amount = parseAmount(row[mapping.amount] ?? '');
			if (amount === null) return reject(line, `金额不是数字「${row[mapping.amount]}」`);
			let entry = state.customers.get(id);
			if (!entry) {
				entry = {
					first: day,
					last: -Infinity,
					purchases: 0,
					invoices: mapping.invoice === undefined ? null : new Set(),
					monetary: 0
				};
				state.customers.set(id, entry);
			}
			entry.monetary += amount;
			if (amount < 0) {
				state.refunds += 1;
				return;
			}
			entry.first = Math.min(entry.first, day);
			entry.last = Math.max(entry.last, day);
			state.latestDay = Math.max(state.latestDay, day);
			if (entry.invoices) entry.invoices.add(row[mapping.invoice as number] ?? '');
			else entry.purchases += 1;
		},
		result: () => state
	};
}

/**
 * RFM inputs for customers with at least one purchase. The as-of day defaults to the day after
 * the latest purchase in the data.
 */
export function toRfmInputs(state: Aggregation, asOfDay = state.latestDay + 1): RfmInput[] {
	return [...state.customers]
		.filter(([, c]) => Number.isFinite(c.last))
		.map(([id, c]) => ({
			id,
			recencyDays: asOfDay - c.last,
			frequency: c.invoices ? c.invoices.size : c.purchases,
			monetary: Math.round(c.monetary * 100) / 100
		}));
}
