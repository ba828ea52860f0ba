/**
 * From dated purchases to the per-customer summary the BG/NBD and Gamma-Gamma models take, with a
 * calibration / holdout split, and the two checks of a fit against the holdout: purchases by
 * calibration frequency, and cumulative repeat purchases over time. Conventions of Python
 * lifetimes: purchases on the same day count once (their amounts summed); frequency counts repeat
 * purchase days; recency and T are measured in the chosen period (days, or days / 7 for weeks).
 */
import Papa from 'papaparse';
import {
	conditionalExpectedPurchases,
	expectedPurchases,
	type BgNbdParams,
	type CustomerSummary
} from './bgnbd';
import { ModelError } from './model-error';

export interface DatedPurchase {
	id: string;
	/** Days since 1970-01-01 (UTC), as import/values.ts parseDay returns. */
	day: number;
	amount: number;
}

export type PeriodUnit = 'day' | 'week';
export const PERIOD_DAYS: Record<PeriodUnit, number> = { day: 1, week: 7 };

export interface CalibratedCustomer extends CustomerSummary {
	monetaryValue: number;
	/** Purchase days after the calibration end (to the end of the data). */
	holdoutFrequency: number;
	firstDay: number;
}

export interface CalibrationSummary {
	customers: CalibratedCustomer[];
	period: PeriodUnit;
	calibrationEndDay: number;
	/** The last purchase day in the data. */
	observationEndDay: number;
	/** Length of the holdout in periods; 0 when the data end at the calibration end. */
	holdoutPeriods: number;
	/** Repeat purchases (all customers in the summary) per day, from the first customer's first day. */
	repeatPurchasesByDay: number[];
	firstDay: number;
}

/** Customers whose first purchase comes after the calibration end are left out (not yet acquired). */
export function summarizePurchases(
	purchases: Iterable<DatedPurchase>,
	calibrationEndDay: number,
	period: PeriodUnit
): CalibrationSummary {
	const spendByDay = new Map<string, Map<number, number>>();
	let observationEndDay = -Infinity;
	for (const { id, day, amount } of purchases) {
		let days = spendByDay.get(id);
		if (!days) spendByDay.set(id, (days = new Map()));
		days.set(day, (days.get(day) ?? 0) + amount);
		if (day > observationEndDay) observationEndDay = day;
	}
	const length = PERIOD_DAYS[period];
	const customers: CalibratedCustomer[] = [];
	for (const [id, days] of spendByDay) {
		const sorted = [...days.keys()].sort((a, b) => a - b);
		const first = sorted[0];
		if (first > calibrationEndDay) continue;
		const calibration = sorted.filter((day) => day <= calibrationEndDay);
		const repeats = calibration.slice(1);
		const last = calibration[calibration.length - 1];
		customers.push({
			id,
			frequency: repeats.length,
			recency: (last - first) / length,
			T: (calibrationEndDay - first) / length,
			monetaryValue: repeats.length
				? repeats.reduce((sum, day) => sum + (days.get(day) ?? 0), 0) / repeats.length
				: 0,
			holdoutFrequency: sorted.length - calibration.length,
			firstDay: first
		});
	}
	if (!customers.length) {
		throw new ModelError('校准期结束日期之前没有任何购买记录：请把校准期结束日期往后移。');
	}
	// A loop, not Math.min(...): spreading a few hundred thousand arguments overflows the stack.
	const firstDay = customers.reduce((min, c) => Math.min(min, c.firstDay), Infinity);
	const repeatPurchasesByDay = new Array<number>(
		Math.max(0, observationEndDay - firstDay + 1)
	).fill(0);
	for (const c of customers) {
		const days = [...(spendByDay.get(c.id)?.keys() ?? [])];
		for (const day of days) if (day !== c.firstDay) repeatPurchasesByDay[day - firstDay] += 1;
	}
	return {
		customers,
		period,
		calibrationEndDay,
		observationEndDay,
		holdoutPeriods: Math.max(0, (observationEndDay - calibrationEndDay) / length),
		repeatPurchasesByDay,
		firstDay
	};
}

export interface HoldoutRow {
	/** Calibration frequency: '0' … '6', '7+'. */
	frequency: string;
	customers: number;
	/** Mean purchases per customer in the holdout, actual and as the model predicts. */
	actual: number;
	predicted: number;
}

export function holdoutByFrequency(params: BgNbdParams, summary: CalibrationSummary): HoldoutRow[] {
	if (!summary.holdoutPeriods) return [];
	const groups = Array.from({ length: 8 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
	for (const c of summary.customers) {
		const group = groups[Math.min(c.frequency, 7)];
		group.customers += 1;
		group.actual += c.holdoutFrequency;
		group.predicted += conditionalExpectedPurchases(params, c, summary.holdoutPeriods);
	}
	return groups.flatMap((g, x) =>
		g.customers
			? [
					{
						frequency: x === 7 ? '7+' : String(x),
						customers: g.customers,
						actual: g.actual / g.customers,
						predicted: g.predicted / g.customers
					}
				]
			: []
	);
}

export interface CumulativePoint {
	/** Periods since the first customer's first purchase. */
	period: number;
	actual: number;
	predicted: number;
}

/**
 * Cumulative repeat purchases of the whole cohort, actual and predicted (each customer contributes
 * E[X(t − their first day)]), at every whole period to the end of the data. Customers are grouped
 * by first day so the expensive E[X(t)] runs once per group and point.
 */
export function cumulativeRepeatPurchases(
	params: BgNbdParams,
	summary: CalibrationSummary
): CumulativePoint[] {
	const length = PERIOD_DAYS[summary.period];
	const cohortByFirstDay = new Map<number, number>();
	for (const c of summary.customers) {
		cohortByFirstDay.set(c.firstDay, (cohortByFirstDay.get(c.firstDay) ?? 0) + 1);
	}
	const points: CumulativePoint[] = [];
	let actual = 0;
	let counted = 0;
	const periods = Math.floor((summary.observationEndDay - summary.firstDay + 1) / length);
	for (let period = 1; period <= periods; period++) {
		const end = summary.firstDay + period * length;
		for (; counted < end - summary.firstDay; counted++) {
			actual += summary.repeatPurchasesByDay[counted] ?? 0;
		}
		let predicted = 0;
		for (const [firstDay, count] of cohortByFirstDay) {
			// A customer's clock starts the day after the first purchase, as the actual count does.
			if (firstDay < end)
				predicted += count * expectedPurchases(params, (end - 1 - firstDay) / length);
		}
		points.push({ period, actual, predicted });
	}
	return points;
}

const SUMMARY_COLUMNS = {
	id: ['id', 'customer_id', 'customerid', '客户编号', '客户'],
	frequency: ['frequency', 'x'],
	recency: ['recency', 't_x'],
	T: ['t'],
	monetaryValue: ['monetary_value', 'zbar', 'monetary']
} as const;

/**
 * The rows of a summary file, one at a time. Papa.parse handles quotes and guesses the delimiter;
 * a file with no quotes whose header is separated by commas only (lifetimes' files, CDNOW's) is
 * split line by line instead, so only one row's fields are alive at once: 50,000 customers' worth
 * of field arrays held together made the garbage collector the CLI's largest cost.
 */
function* summaryRows(text: string): Generator<string[]> {
	const headerEnd = text.indexOf('\n');
	const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
	if (text.includes('"') || !header.includes(',') || /[\t;|]/.test(header)) {
		yield* Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
		return;
	}
	for (let start = 0; start < text.length;) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
		if (line !== '') yield line.split(',');
		start = end + 1;
	}
}

/**
 * A summary file (one row per customer: frequency, recency, T and optionally monetary_value;
 * lifetimes' names or x, t_x, T, zbar). Problems name the line and the column.
 */
export function parseSummaryCsv(text: string): CustomerSummary[] {
	const rows = summaryRows(text.replace(/^\uFEFF/, '').trim());
	const top = rows.next();
	const header = top.done ? undefined : top.value;
	const first: IteratorResult<string[]> = rows.next();
	if (!header || first.done) throw new ModelError('汇总文件是空的，或者只有表头。');
	const names = header.map((h) => h.trim().toLowerCase());
	const find = (key: keyof typeof SUMMARY_COLUMNS) =>
		names.findIndex((name) => (SUMMARY_COLUMNS[key] as readonly string[]).includes(name));
	const columns = {
		id: find('id'),
		frequency: find('frequency'),
		recency: find('recency'),
		T: find('T'),
		monetaryValue: find('monetaryValue')
	};
	const missing = (['frequency', 'recency', 'T'] as const).filter((key) => columns[key] < 0);
	if (missing.length) {
		throw new ModelError(
			`汇总文件缺少 ${missing.join('、')} 列；文件的列为：${header.join('、')}。需要 frequency、recency、T（可选 monetary_value）。`
		);
	}
	const number = (
		row: string[],
		line: number,
		key: 'frequency' | 'recency' | 'T' | 'monetaryValue'
	) => {
		const raw = row[columns[key]]?.trim() ?? '';
		const value = Number(raw);
		if (raw === '' || !Number.isFinite(value) || value < 0) {
			throw new ModelError(
				`第 ${line} 行「${header[columns[key]]}」列的值「${raw}」不是非负数字。`
			);
		}
		return value;
	};
	// A plain loop with one object shape: a closure and a spread per row made reading 50,000
	// customers cost more than fitting them (the CLI's start-up budget is one second of CPU).
	const customers: CustomerSummary[] = [];
	let index = 0;
	for (let next: IteratorResult<string[]> = first; !next.done; next = rows.next(), index++) {
		const row = next.value;
		const line = index + 2;
		const frequency = number(row, line, 'frequency');
		if (!Number.isInteger(frequency)) {
			throw new ModelError(`第 ${line} 行 frequency「${frequency}」应为整数（重复购买的天数）。`);
		}
		const recency = number(row, line, 'recency');
		const T = number(row, line, 'T');
		if (recency > T) {
			throw new ModelError(
				`第 ${line} 行 recency（${recency}）大于 T（${T}）：最后一次购买不会晚于观察期末。`
			);
		}
		const id = columns.id >= 0 ? (row[columns.id] ?? '').trim() : '';
		const customer: CustomerSummary = { id: id || String(index + 1), frequency, recency, T };
		if (columns.monetaryValue >= 0) customer.monetaryValue = number(row, line, 'monetaryValue');
		customers.push(customer);
	}
	return customers;
}
