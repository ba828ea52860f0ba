/**
 * A learner's file into per-customer purchase histories for the lifecycle lab, through the shared
 * importer: a transaction file (customer, date, amount, optional channel) read row by row, or a
 * table of one row per customer (customer, first purchase, last purchase, number of purchases,
 * total amount) as in the textbook's Excel exercise. Bad rows are counted and listed with line,
 * column and reason; a file with nothing usable throws one ImportError in Chinese. Pure, no DOM:
 * the lab's worker runs it.
 */
import { createHistoryBuilder, type CustomerHistory } from './customer-histories';
import type { FileKind } from './import/customer-file';
import type { ColumnNames } from './import/columns';
import {
	guessRoleColumns,
	idRepeats,
	scanCustomerRows,
	type RoleGuess,
	type RoleSpec
} from './import/customer-rows';
import { ImportError } from './import/import-error';
import { describeRejectedRow, type RejectedRow } from './import/reject';
import type { TableOptions } from './import/table';
import { scanTransactions } from './import/transaction-file';
import { amountProblem, dayProblem, parseAmount, parseDay, quoted } from './import/values';
import { ModelError } from './model-error';

/** What reading gave: the histories and how the rows went. */
export interface HistoriesRead {
	kind: FileKind;
	histories: CustomerHistory[];
	/** Data rows read, rows used, rows rejected (the first 100 listed). */
	rows: number;
	accepted: number;
	rejectedCount: number;
	rejected: RejectedRow[];
	/** Transaction rows with a negative amount: they lower the total but are not purchases. */
	refundRows: number;
	/** Whether each customer's first channel is known (a channel column was mapped). */
	channel: boolean;
}

export interface ProgressOption {
	onProgress?: (rowsRead: number, fraction: number) => void;
}

export function readTransactionHistories(
	bytes: Uint8Array,
	options: TableOptions & ProgressOption & { columns: ColumnNames }
): HistoriesRead {
	const builder = createHistoryBuilder();
	let refundRows = 0;
	const report = scanTransactions(bytes, options, (id, day, amount, _invoice, _profit, channel) => {
		if (amount < 0) refundRows++;
		builder.add(id, day, amount, channel);
	});
	if (!report.rows) throw new ImportError('文件里只有表头，没有数据行。', { line: 1 });
	if (!report.accepted) {
		const first = report.rejected[0];
		throw new ImportError(
			`没有可用的交易：${report.rejectedCount} 行全部被拒绝（例如${describeRejectedRow(first)}）。`,
			first
		);
	}
	let histories: CustomerHistory[];
	try {
		histories = builder.result();
	} catch (error) {
		if (error instanceof ModelError) throw new ImportError(error.message);
		throw error;
	}
	return {
		kind: 'transactions',
		histories,
		rows: report.rows,
		accepted: report.accepted,
		rejectedCount: report.rejectedCount,
		rejected: report.rejected,
		refundRows,
		channel: options.columns.channel !== undefined
	};
}

/** Header names of a per-customer table; the total amount is optional. */
export interface CustomerTableColumns {
	id: string;
	first: string;
	last: string;
	purchases: string;
	total?: string;
}
export type CustomerTableRole = keyof CustomerTableColumns;
export const CUSTOMER_TABLE_ROLES = ['id', 'first', 'last', 'purchases', 'total'] as const;

export const CUSTOMER_TABLE_FIELDS: readonly {
	key: CustomerTableRole;
	label: string;
	required: boolean;
}[] = [
	{ key: 'id', label: '客户编号列', required: true },
	{ key: 'first', label: '首次购买日期列', required: true },
	{ key: 'last', label: '最后购买日期列', required: true },
	{ key: 'purchases', label: '购买次数列', required: true },
	{ key: 'total', label: '消费金额列', required: false }
];

/** The columns a mapping form chose, or null while a required one is missing. */
export function customerTableColumns(
	chosen: Partial<Record<string, string>>
): CustomerTableColumns | null {
	const { id, first, last, purchases, total } = chosen;
	if (!id || !first || !last || !purchases) return null;
	return total ? { id, first, last, purchases, total } : { id, first, last, purchases };
}

const ROLE_NAMES: Record<CustomerTableRole, string> = {
	id: '客户编号',
	first: '首次购买日期',
	last: '最后购买日期',
	purchases: '购买次数',
	total: '消费金额'
};

const PATTERNS: Record<CustomerTableRole, RegExp> = {
	id: /^(id|customer|customerid|customerno|custid|clientid|memberid|userid|客户|客户编号|客户号|客户id|客户代码|客户名称|会员|会员编号|会员号|会员id|会员卡号|用户|用户编号|用户id|顾客|顾客编号|顾客id)$/,
	first:
		/^(first|firstpurchase|firstpurchasedate|firstorder|firstorderdate|首次购买|首次购买日期|第一次购买|第一次购买日期|首购日期|首次消费日期|首次下单日期|开户日期|注册日期)$/,
	last: /^(last|lastpurchase|lastpurchasedate|lastorder|lastorderdate|最后购买|最后购买日期|最近购买日期|最后一次购买|最后一次购买日期|最近一次购买日期|最后消费日期|最近消费日期|最后下单日期)$/,
	purchases:
		/^(f|frequency|purchases|orders|ordercount|numberoforders|invoices|购买次数|消费次数|订单数|下单次数|交易次数|购买频次)$/,
	total:
		/^(m|monetary|total|totalamount|totalspent|revenue|sales|amount|消费金额|累计消费|累计消费金额|总金额|总消费|消费总额|销售额|金额|购买金额|累计金额)$/
};

const SPEC: RoleSpec<CustomerTableRole> = {
	roles: CUSTOMER_TABLE_ROLES,
	names: ROLE_NAMES,
	patterns: PATTERNS,
	optional: ['total']
};

export type CustomerTableGuess = RoleGuess<CustomerTableRole>;

export function guessCustomerTableColumns(header: readonly string[]): CustomerTableGuess {
	return guessRoleColumns(header, SPEC);
}

/**
 * One row per customer when first purchase, last purchase and number of purchases are all
 * recognised and no id repeats in the rows shown; otherwise transactions.
 */
export function guessCustomerTable(
	header: readonly string[],
	preview: readonly string[][]
): FileKind {
	const { guess } = guessCustomerTableColumns(header);
	if (!guess.first || !guess.last || !guess.purchases) return 'transactions';
	return idRepeats(header, preview, guess.id) ? 'transactions' : 'customers';
}

/** Reads a per-customer table into histories without purchase days (no cohorts from it). */
export function readCustomerTable(
	bytes: Uint8Array,
	options: TableOptions & ProgressOption & { columns: CustomerTableColumns }
): HistoriesRead {
	const histories: CustomerHistory[] = [];
	const { rows, rejectedCount, rejected } = scanCustomerRows(
		bytes,
		options,
		options.columns,
		SPEC,
		(id, fields, _line, index, reject) => {
			const firstDay = parseDay(fields[index.first]);
			if (firstDay === null) return reject(dayProblem(fields[index.first]), index.first);
			const lastDay = parseDay(fields[index.last]);
			if (lastDay === null) return reject(dayProblem(fields[index.last]), index.last);
			if (lastDay < firstDay) {
				return reject(
					`最后购买日期「${quoted(fields[index.last])}」早于首次购买日期「${quoted(fields[index.first])}」`,
					index.last
				);
			}
			const purchases = parseAmount(fields[index.purchases]);
			if (purchases === null || !Number.isInteger(purchases) || purchases < 1) {
				return reject(
					purchases === null
						? amountProblem(fields[index.purchases], '购买次数')
						: `购买次数「${quoted(fields[index.purchases])}」不是正整数`,
					index.purchases
				);
			}
			if (purchases === 1 && lastDay !== firstDay) {
				return reject(
					'只买过 1 次，首次和最后购买日期却不同：请检查购买次数或日期',
					index.purchases
				);
			}
			let total = 0;
			if (index.total >= 0) {
				const amount = parseAmount(fields[index.total]);
				if (amount === null)
					return reject(amountProblem(fields[index.total], '消费金额'), index.total);
				total = amount;
			}
			histories.push({ id, firstDay, lastDay, purchaseDays: purchases, total });
			return true;
		}
	);
	if (!rows) throw new ImportError('文件里只有表头，没有数据行。', { line: 1 });
	if (!histories.length) {
		const first = rejected[0];
		throw new ImportError(
			`没有可用的客户：${rejectedCount} 行全部被拒绝（例如${describeRejectedRow(first)}）。`,
			first
		);
	}
	return {
		kind: 'customers',
		histories,
		rows,
		accepted: rows - rejectedCount,
		rejectedCount,
		rejected,
		refundRows: 0,
		channel: false
	};
}
