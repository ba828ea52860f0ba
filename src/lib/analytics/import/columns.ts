/**
 * Which column holds what: recognising the usual English and Chinese headers, and turning the
 * chosen header names into column positions. The CLI, the lab page and the worker all map columns
 * through these functions.
 */
import { ImportError } from './import-error';

/** Header names of the mapped columns; id, date and amount are required. */
export interface ColumnNames {
	id: string;
	date: string;
	amount: string;
	invoice?: string;
	profit?: string;
	channel?: string;
}
export type ColumnRole = keyof ColumnNames;
/** Position of each role's column in a row; -1 for an optional role that is not mapped. */
export type ColumnIndexes = Record<ColumnRole, number>;

export const REQUIRED_ROLES = ['id', 'date', 'amount'] as const;
export const COLUMN_ROLES = ['id', 'date', 'amount', 'invoice', 'profit', 'channel'] as const;

/** The Chinese name of each role, as messages and the mapping form use it. */
export const ROLE_NAMES: Record<ColumnRole, string> = {
	id: '客户编号',
	date: '日期',
	amount: '金额',
	invoice: '订单号',
	profit: '利润',
	channel: '渠道'
};

/**
 * Header spellings per role, matched against the header lower-cased, NFKC-normalised and with
 * spaces, underscores, hyphens and dots removed ("Customer ID" → "customerid").
 */
const PATTERNS: Record<ColumnRole, RegExp> = {
	id: /^(id|customer|customerid|customerno|customercode|custid|clientid|memberid|userid|buyerid|客户|客户编号|客户号|客户id|客户代码|会员|会员编号|会员号|会员id|会员卡号|用户|用户编号|用户id|顾客|顾客编号|顾客id)$/,
	date: /^(date|invoicedate|orderdate|transactiondate|purchasedate|txndate|日期|交易日期|下单日期|下单时间|购买日期|订单日期|消费日期|交易时间|发货日期|支付日期|支付时间|付款时间)$/,
	amount:
		/^(amount|monetary|total|totalamount|sales|revenue|dollarvalue|payment|金额|消费金额|实付金额|交易金额|订单金额|销售额|销售金额|支付金额|实收金额|付款金额)$/,
	invoice:
		/^(invoice|invoiceno|invoiceid|orderid|orderno|ordernumber|transactionid|txnid|订单号|订单编号|发票号|单号|流水号|交易号|交易流水号)$/,
	profit: /^(profit|margin|grossprofit|利润|毛利|毛利润)$/,
	channel: /^(channel|saleschannel|source|渠道|销售渠道|来源|购买渠道)$/
};

/** The name a column without a usable header goes by: 第 3 列 (1-based, as people count). */
export const columnLabel = (index: number) => `第 ${index + 1} 列`;

/**
 * Header names as the importer shows and maps them: trimmed; an empty name (Excel's trailing
 * `,,`) becomes 第 N 列 and a repeated one 金额 (2), 金额 (3), so every column has its own name.
 * Applying it again changes nothing.
 */
export function cleanHeader(header: readonly string[]): string[] {
	const names = header.map((h, i) => h.replace(/^\uFEFF/, '').trim() || columnLabel(i));
	const used = new Set<string>();
	return names.map((name) => {
		let unique = name;
		for (let n = 2; used.has(unique); n++) unique = `${name} (${n})`;
		used.add(unique);
		return unique;
	});
}

/** The names of a headerless table's columns: 第 1 列 … 第 N 列. */
export const numberedColumns = (width: number) =>
	Array.from({ length: width }, (_, i) => columnLabel(i));

/** A list of names for a message, cut after the first few: 「a、b、c…等 5,000 列」. */
export function listNames(names: readonly string[], shown = 8): string {
	if (!names.length) return '（空）';
	const cut = names
		.slice(0, shown)
		.map((name) => (name.length > 20 ? `${name.slice(0, 20)}…` : name));
	return names.length > shown
		? `${cut.join('、')}……共 ${names.length.toLocaleString('zh-CN')} 列`
		: cut.join('、');
}

const normalise = (name: string) =>
	name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-.]/g, '');

export interface ColumnGuess {
	guess: Partial<ColumnNames>;
	/** One sentence per role that more than one column could be, e.g. 有多列可能是日期列（…），请选择 */
	problems: string[];
	/** Roles with several candidate columns, and those columns. */
	ambiguous: Partial<Record<ColumnRole, string[]>>;
}

/** Recognises columns by their header; a role with several candidates is left for the user. */
export function guessColumns(header: string[]): ColumnGuess {
	const names = cleanHeader(header);
	const normalised = names.map(normalise);
	const guess: Partial<ColumnNames> = {};
	const ambiguous: Partial<Record<ColumnRole, string[]>> = {};
	const problems: string[] = [];
	for (const role of COLUMN_ROLES) {
		const candidates = names.filter((_, i) => PATTERNS[role].test(normalised[i]));
		if (candidates.length === 1) guess[role] = candidates[0];
		else if (candidates.length > 1) {
			ambiguous[role] = candidates;
			problems.push(`有多列可能是${ROLE_NAMES[role]}列（${candidates.join('、')}），请选择`);
		} else if ((REQUIRED_ROLES as readonly ColumnRole[]).includes(role)) {
			problems.push(`没有认出${ROLE_NAMES[role]}列，请选择`);
		}
	}
	return { guess, problems, ambiguous };
}

const listColumns = (names: string[]) => listNames(names);

/**
 * The columns to use: the given names first, then the recognised ones (optional roles only when
 * recognised). Throws ImportError when a required role is missing or ambiguous.
 */
export function chooseColumns(header: string[], given: Partial<ColumnNames> = {}): ColumnNames {
	const names = cleanHeader(header);
	const { guess, ambiguous } = guessColumns(names);
	const chosen: Partial<ColumnNames> = { ...guess, ...definedOnly(given) };
	for (const role of REQUIRED_ROLES) {
		const candidates = ambiguous[role];
		if (chosen[role] === undefined && candidates) {
			throw new ImportError(
				`有多列可能是${ROLE_NAMES[role]}列（${candidates.join('、')}），请指定用哪一列`
			);
		}
	}
	const missing = REQUIRED_ROLES.filter((role) => chosen[role] === undefined);
	if (missing.length) {
		throw new ImportError(
			`没有找到${missing.map((role) => ROLE_NAMES[role]).join('、')}列；文件的列为：${listColumns(names)}`
		);
	}
	return chosen as ColumnNames;
}

function definedOnly(given: Partial<ColumnNames>): Partial<ColumnNames> {
	return Object.fromEntries(Object.entries(given).filter(([, name]) => name !== undefined));
}

/** Column positions of the chosen names (-1 for an optional role not mapped). */
export function columnIndexes(header: string[], columns: ColumnNames): ColumnIndexes {
	const names = cleanHeader(header);
	const indexOf = (role: ColumnRole): number => {
		const wanted = columns[role];
		if (wanted === undefined || wanted === '') return -1;
		const index = names.indexOf(wanted.trim());
		if (index < 0) {
			throw new ImportError(
				`找不到列「${wanted}」（选作${ROLE_NAMES[role]}列）；文件的列为：${listColumns(names)}`,
				{ column: wanted }
			);
		}
		return index;
	};
	const indexes = {
		id: indexOf('id'),
		date: indexOf('date'),
		amount: indexOf('amount'),
		invoice: indexOf('invoice'),
		profit: indexOf('profit'),
		channel: indexOf('channel')
	};
	for (const role of REQUIRED_ROLES) {
		if (indexes[role] < 0) throw new ImportError(`没有选择${ROLE_NAMES[role]}列`);
	}
	const roles = COLUMN_ROLES.filter((role) => indexes[role] >= 0);
	for (const role of roles) {
		const other = roles.find((r) => r !== role && indexes[r] === indexes[role]);
		if (other) {
			throw new ImportError(
				`同一列「${names[indexes[role]]}」被同时选作${ROLE_NAMES[role]}和${ROLE_NAMES[other]}`,
				{ column: names[indexes[role]] }
			);
		}
	}
	return indexes;
}
