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
import { cleanHeader, listNames, type ColumnNames } from './import/columns';
import { ImportError } from './import/import-error';
import { describeRejectedRow, type RejectedRow } from './import/reject';
import { scanTable, type TableOptions } from './import/table';
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

const normalise = (name: string) =>
	name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-.()（）]/g, '');

export interface CustomerTableGuess {
	guess: Partial<CustomerTableColumns>;
	/** One sentence per required column not recognised or recognised twice. */
	problems: string[];
}

export function guessCustomerTableColumns(header: readonly string[]): CustomerTableGuess {
	const names = cleanHeader(header);
	const normalised = names.map(normalise);
	const guess: Partial<CustomerTableColumns> = {};
	const problems: string[] = [];
	for (const role of CUSTOMER_TABLE_ROLES) {
		const candidates = names.filter((_, i) => PATTERNS[role].test(normalised[i]));
		if (candidates.length === 1) guess[role] = candidates[0];
		else if (candidates.length > 1)
			problems.push(`有多列可能是${ROLE_NAMES[role]}列（${listNames(candidates)}），请选择`);
		else if (role !== 'total') problems.push(`没有认出${ROLE_NAMES[role]}列，请选择`);
	}
	return { guess, problems };
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
	const idColumn = guess.id ? cleanHeader(header).indexOf(guess.id) : -1;
	if (idColumn >= 0) {
		const ids = preview.map((row) => row[idColumn]);
		if (new Set(ids).size < ids.length) return 'transactions';
	}
	return 'customers';
}

const MAX_LISTED = 100;

/** Reads a per-customer table into histories without purchase days (no cohorts from it). */
export function readCustomerTable(
	bytes: Uint8Array,
	options: TableOptions & ProgressOption & { columns: CustomerTableColumns }
): HistoriesRead {
	const { columns } = options;
	let names: string[] = [];
	let index: Record<CustomerTableRole, number> = {
		id: 0,
		first: 1,
		last: 2,
		purchases: 3,
		total: -1
	};
	let width = 0;
	let rows = 0;
	let rejectedCount = 0;
	const rejected: RejectedRow[] = [];
	const histories: CustomerHistory[] = [];
	const seen = new Map<string, number>();
	let fraction = 0;
	const reject = (line: number, reason: string, column?: number) => {
		rejectedCount++;
		if (rejected.length < MAX_LISTED)
			rejected.push(
				column === undefined ? { line, reason } : { line, column: names[column], reason }
			);
	};
	scanTable(
		bytes,
		{
			...options,
			onFraction: (f) => (fraction = f),
			onHeader: (header) => {
				names = cleanHeader(header);
				index = tableIndexes(names, columns);
				width = Math.max(...Object.values(index)) + 1;
			}
		},
		(fields, line, problem) => {
			rows++;
			if (options.onProgress && rows % 50_000 === 0) options.onProgress(rows, fraction);
			if (problem) return reject(line, problem);
			if (fields.length < width)
				return reject(line, `列数不足：需要第 ${width} 列，这一行只有 ${fields.length} 列`);
			const id = fields[index.id].trim();
			if (!id) return reject(line, '客户编号为空', index.id);
			const before = seen.get(id);
			if (before !== undefined) {
				return reject(
					line,
					`客户编号「${quoted(id)}」在第 ${before} 行已经出现过：每行应是一位不同的客户（如果每行是一笔交易，请把文件类型改为“交易明细”）`,
					index.id
				);
			}
			const firstDay = parseDay(fields[index.first]);
			if (firstDay === null) return reject(line, dayProblem(fields[index.first]), index.first);
			const lastDay = parseDay(fields[index.last]);
			if (lastDay === null) return reject(line, dayProblem(fields[index.last]), index.last);
			if (lastDay < firstDay) {
				return reject(
					line,
					`最后购买日期「${quoted(fields[index.last])}」早于首次购买日期「${quoted(fields[index.first])}」`,
					index.last
				);
			}
			const purchases = parseAmount(fields[index.purchases]);
			if (purchases === null || !Number.isInteger(purchases) || purchases < 1) {
				return reject(
					line,
					purchases === null
						? amountProblem(fields[index.purchases], '购买次数')
						: `购买次数「${quoted(fields[index.purchases])}」不是正整数`,
					index.purchases
				);
			}
			if (purchases === 1 && lastDay !== firstDay) {
				return reject(
					line,
					'只买过 1 次，首次和最后购买日期却不同：请检查购买次数或日期',
					index.purchases
				);
			}
			let total = 0;
			if (index.total >= 0) {
				const amount = parseAmount(fields[index.total]);
				if (amount === null)
					return reject(line, amountProblem(fields[index.total], '消费金额'), index.total);
				total = amount;
			}
			seen.set(id, line);
			histories.push({ id, firstDay, lastDay, purchaseDays: purchases, total });
		}
	);
	options.onProgress?.(rows, 1);
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

function tableIndexes(
	names: readonly string[],
	columns: CustomerTableColumns
): Record<CustomerTableRole, number> {
	const indexes = { total: -1 } as Record<CustomerTableRole, number>;
	for (const role of CUSTOMER_TABLE_ROLES) {
		const wanted = columns[role];
		if (wanted === undefined || wanted === '') {
			if (role === 'total') continue;
			throw new ImportError(`没有选择${ROLE_NAMES[role]}列`);
		}
		const index = names.indexOf(wanted.trim());
		if (index < 0) {
			throw new ImportError(
				`找不到列「${wanted}」（选作${ROLE_NAMES[role]}列）；文件的列为：${listNames(names)}`,
				{ column: wanted }
			);
		}
		const other = CUSTOMER_TABLE_ROLES.find((r) => r !== role && indexes[r] === index);
		if (other) {
			throw new ImportError(
				`同一列「${names[index]}」被同时选作${ROLE_NAMES[role]}和${ROLE_NAMES[other]}`,
				{ column: names[index] }
			);
		}
		indexes[role] = index;
	}
	return indexes;
}
