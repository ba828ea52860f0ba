/**
 * A file of one row per customer — id, recency (days since the last purchase, or its date),
 * frequency and monetary, like the UCI Online Retail `customers_rfm.csv` or a CRM's export — read
 * into the same per-customer summary a transaction file gives, so the segmentation lab and the
 * CLI treat both alike. Bad rows are counted and listed with line, column and reason.
 */
import { cleanHeader, listNames } from './columns';
import {
	guessRoleColumns,
	idRepeats,
	scanCustomerRows,
	type RoleGuess,
	type RoleSpec
} from './customer-rows';
import { ImportError } from './import-error';
import type { TableOptions } from './table';
import { describeRejectedRow, type FutureRows, type TransactionSummary } from './transaction-file';
import { amountProblem, dayProblem, parseAmount, parseDay, quoted, todayDay } from './values';
import type { CustomerAggregate } from './aggregate';

/** Header names of the four columns of a customer file. */
export interface CustomerColumnNames {
	id: string;
	recency: string;
	frequency: string;
	monetary: string;
}
export type CustomerRole = keyof CustomerColumnNames;
export const CUSTOMER_ROLES = ['id', 'recency', 'frequency', 'monetary'] as const;

export const CUSTOMER_ROLE_NAMES: Record<CustomerRole, string> = {
	id: '客户编号',
	recency: '最近购买（天数或日期）',
	frequency: '购买次数',
	monetary: '消费金额'
};

const PATTERNS: Record<CustomerRole, RegExp> = {
	id: /^(id|customer|customerid|customerno|customercode|custid|clientid|memberid|userid|客户|客户编号|客户号|客户id|客户代码|会员|会员编号|会员号|会员id|会员卡号|用户|用户编号|用户id|顾客|顾客编号|顾客id)$/,
	recency:
		/^(r|recency|recencydays|daysincelastpurchase|dayssincelastorder|lastpurchase|lastpurchasedate|lastorderdate|lastorder|最近购买|最近一次购买|最近购买天数|最近消费|最近一次消费|最近消费天数|距今天数|未购天数|最近购买日期|最后购买日期|最近一次购买日期|最后消费日期|最近消费日期|最近下单日期)$/,
	frequency:
		/^(f|frequency|freq|orders|ordercount|numberoforders|purchases|invoices|购买次数|消费次数|频率|订单数|下单次数|交易次数|购买频次|消费频次)$/,
	monetary:
		/^(m|monetary|monetaryvalue|totalspent|totalspend|totalamount|revenue|sales|amount|spend|消费金额|累计消费|累计消费金额|总金额|总消费|消费总额|销售额|金额|购买金额|累计金额)$/
};

const SPEC: RoleSpec<CustomerRole> = {
	roles: CUSTOMER_ROLES,
	names: CUSTOMER_ROLE_NAMES,
	patterns: PATTERNS
};

export type CustomerColumnGuess = RoleGuess<CustomerRole>;

export function guessCustomerColumns(header: readonly string[]): CustomerColumnGuess {
	return guessRoleColumns(header, SPEC);
}

/** The given columns, else the recognised ones; throws ImportError when one is missing. */
export function chooseCustomerColumns(
	header: readonly string[],
	given: Partial<CustomerColumnNames> = {}
): CustomerColumnNames {
	const { guess } = guessCustomerColumns(header);
	const chosen: Partial<CustomerColumnNames> = { ...guess };
	for (const role of CUSTOMER_ROLES) if (given[role] !== undefined) chosen[role] = given[role];
	const missing = CUSTOMER_ROLES.filter((role) => !chosen[role]);
	if (missing.length) {
		throw new ImportError(
			`没有找到${missing.map((role) => CUSTOMER_ROLE_NAMES[role]).join('、')}列；文件的列为：${listNames(cleanHeader(header))}`
		);
	}
	return chosen as CustomerColumnNames;
}

export type FileKind = 'transactions' | 'customers';

/** What a page knows about a file that may hold one row per customer (the mapper shows it). */
export interface KindChoice {
	value: FileKind;
	/** True while `value` is the importer's guess rather than the learner's choice. */
	guessed: boolean;
	guess: Partial<CustomerColumnNames>;
	problems: string[];
}

/** The guess for a freshly inspected table. */
export function kindChoiceOf(header: readonly string[], preview: readonly string[][]): KindChoice {
	const { guess, problems } = guessCustomerColumns(header);
	return { value: guessFileKind(header, preview), guessed: true, guess, problems };
}

/**
 * Whether a table has one row per customer: recency, frequency and monetary columns are
 * recognised, and no id repeats in the rows shown. Otherwise a transaction file.
 */
export function guessFileKind(header: readonly string[], preview: readonly string[][]): FileKind {
	const { guess } = guessCustomerColumns(header);
	if (!guess.recency || !guess.frequency || !guess.monetary) return 'transactions';
	return idRepeats(header, preview, guess.id) ? 'transactions' : 'customers';
}

export interface CustomerReadOptions extends TableOptions {
	columns: CustomerColumnNames;
	/** For recency in days: the day they count back from (default today). */
	asOfDay?: number;
	today?: number;
	/** Leave customers whose last purchase is dated after today out. */
	dropFuture?: boolean;
	onProgress?: (rowsRead: number, fraction: number) => void;
}

/** Reads the whole file. Throws ImportError when no row is usable. */
export function readCustomerFile(
	bytes: Uint8Array,
	options: CustomerReadOptions
): TransactionSummary {
	const today = options.today ?? todayDay();
	let recencyKind: 'days' | 'date' | undefined;
	const customers: CustomerAggregate[] = [];
	const future: FutureRows = {
		rows: 0,
		firstLine: NaN,
		latestDay: NaN,
		dropped: !!options.dropFuture
	};
	const asOf = options.asOfDay ?? today;
	let lastDays: number[] = [];

	const scan = scanCustomerRows(
		bytes,
		options,
		options.columns,
		SPEC,
		(id, fields, line, index, reject) => {
			const rawRecency = fields[index.recency];
			recencyKind ??= recencyKindOf(rawRecency);
			let lastDay: number;
			if (recencyKind === 'date') {
				const day = parseDay(rawRecency);
				if (day === null) return reject(dayProblem(rawRecency), index.recency);
				lastDay = day;
			} else {
				const days = parseAmount(rawRecency);
				if (days === null || days < 0) {
					return reject(
						rawRecency.trim()
							? `最近购买天数「${quoted(rawRecency)}」不是非负数字`
							: '最近购买天数为空',
						index.recency
					);
				}
				lastDay = asOf - days;
			}
			const frequency = parseAmount(fields[index.frequency]);
			if (frequency === null || frequency < 0) {
				return reject(
					frequency === null
						? amountProblem(fields[index.frequency], '购买次数')
						: `购买次数「${quoted(fields[index.frequency])}」是负数`,
					index.frequency
				);
			}
			const monetary = parseAmount(fields[index.monetary]);
			if (monetary === null)
				return reject(amountProblem(fields[index.monetary], '消费金额'), index.monetary);
			if (recencyKind === 'date' && lastDay > today) {
				if (!future.rows) future.firstLine = line;
				future.rows++;
				if (!(lastDay <= future.latestDay)) future.latestDay = lastDay;
				if (future.dropped) return false;
			}
			customers.push({ id, firstDay: lastDay, lastDay, frequency, monetary });
			lastDays.push(lastDay);
			return true;
		}
	);
	const { rows, rejectedCount, rejected } = scan;
	if (!rows) throw new ImportError('文件里只有表头，没有数据行。', { line: 1 });
	if (!customers.length) {
		const first = rejected[0];
		throw new ImportError(
			first
				? `没有可用的客户：${rejectedCount} 行全部被拒绝（例如${describeRejectedRow(first)}）。`
				: `没有可用的客户：${future.rows} 行的最近购买日期全都晚于今天。`,
			first ?? {}
		);
	}
	let earliestDay = Infinity;
	let latestDay = -Infinity;
	for (const day of lastDays) {
		if (day < earliestDay) earliestDay = day;
		if (day > latestDay) latestDay = day;
	}
	lastDays = [];
	const dropped = future.dropped ? future.rows : 0;
	const summary: TransactionSummary = {
		rows,
		accepted: rows - rejectedCount - dropped,
		rejectedCount,
		rejected,
		future,
		customers,
		earliestDay,
		latestDay,
		refunds: { rows: 0, amount: 0, customersWithoutPurchase: 0 },
		columns: {
			id: options.columns.id,
			date: options.columns.recency,
			amount: options.columns.monetary
		},
		customerColumns: options.columns,
		encoding: scan.encoding,
		delimiter: scan.delimiter,
		sheet: scan.sheet,
		hasHeader: scan.hasHeader,
		kind: 'customers',
		recency: recencyKind ?? 'days'
	};
	if (recencyKind !== 'date') summary.asOfDay = asOf;
	else if (options.asOfDay !== undefined) summary.asOfDay = options.asOfDay;
	return summary;
}

/** A date (2024-01-05, 20240105, a date cell) is a last purchase day; a plain number is days. */
function recencyKindOf(value: string): 'days' | 'date' {
	const text = value.trim();
	if (/^\d{8}$/.test(text) && parseDay(text) !== null) return 'date';
	if (parseAmount(text) !== null) return 'days';
	return parseDay(text) !== null ? 'date' : 'days';
}
