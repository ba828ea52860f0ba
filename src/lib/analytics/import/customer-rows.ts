/**
 * What the two readers of one-row-per-customer tables share — the segmentation lab's RFM table
 * (customer-file.ts: recency, frequency, monetary) and the lifecycle lab's table of first and last
 * purchase (lifecycle-input.ts): recognising each role's column by its header, turning the chosen
 * names into positions, guessing whether rows are customers at all, and the row loop that turns
 * away short rows, empty ids and repeated ids before the reader checks its own fields.
 */
import { cleanHeader, listNames } from './columns';
import { ImportError } from './import-error';
import type { RejectedRow } from './reject';
import { scanTable, type TableOptions, type TableScan } from './table';
import { quoted } from './values';

/** The roles of a table's columns: their Chinese names, header spellings, and which may be left out. */
export interface RoleSpec<R extends string> {
	roles: readonly R[];
	names: Record<R, string>;
	/** Matched against the header lower-cased, NFKC-normalised, without spaces, _ - . and brackets. */
	patterns: Record<R, RegExp>;
	optional?: readonly R[];
}

const normalise = (name: string) =>
	name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-.()（）]/g, '');

export interface RoleGuess<R extends string> {
	guess: Partial<Record<R, string>>;
	/** One sentence per role recognised twice, or required and not recognised. */
	problems: string[];
}

export function guessRoleColumns<R extends string>(
	header: readonly string[],
	spec: RoleSpec<R>
): RoleGuess<R> {
	const names = cleanHeader(header);
	const normalised = names.map(normalise);
	const guess: Partial<Record<R, string>> = {};
	const problems: string[] = [];
	for (const role of spec.roles) {
		const candidates = names.filter((_, i) => spec.patterns[role].test(normalised[i]));
		if (candidates.length === 1) guess[role] = candidates[0];
		else if (candidates.length > 1)
			problems.push(`有多列可能是${spec.names[role]}列（${listNames(candidates)}），请选择`);
		else if (!spec.optional?.includes(role)) problems.push(`没有认出${spec.names[role]}列，请选择`);
	}
	return { guess, problems };
}

/** Whether an id repeats in the rows shown: then each row is a transaction, not a customer. */
export function idRepeats(
	header: readonly string[],
	preview: readonly string[][],
	idName: string | undefined
): boolean {
	const idColumn = idName ? cleanHeader(header).indexOf(idName) : -1;
	if (idColumn < 0) return false;
	const ids = preview.map((row) => row[idColumn]);
	return new Set(ids).size < ids.length;
}

/** Positions of the chosen columns (-1 for an optional role not chosen); ImportError in Chinese. */
export function roleIndexes<R extends string>(
	header: readonly string[],
	columns: Partial<Record<R, string>>,
	spec: RoleSpec<R>
): Record<R, number> {
	const names = cleanHeader(header);
	const indexes = {} as Record<R, number>;
	for (const role of spec.roles) {
		const wanted = columns[role];
		if (wanted === undefined || wanted === '') {
			if (!spec.optional?.includes(role)) throw new ImportError(`没有选择${spec.names[role]}列`);
			indexes[role] = -1;
			continue;
		}
		const index = names.indexOf(wanted.trim());
		if (index < 0) {
			throw new ImportError(
				`找不到列「${wanted}」（选作${spec.names[role]}列）；文件的列为：${listNames(names)}`,
				{ column: wanted }
			);
		}
		const other = spec.roles.find((r) => r !== role && indexes[r] === index);
		if (other) {
			throw new ImportError(
				`同一列「${names[index]}」被同时选作${spec.names[role]}和${spec.names[other]}`,
				{ column: names[index] }
			);
		}
		indexes[role] = index;
	}
	return indexes;
}

const MAX_LISTED = 100;
const PROGRESS_EVERY = 50_000;

export interface CustomerRowsScan extends TableScan {
	rows: number;
	rejectedCount: number;
	/** The first 100 rejected rows. */
	rejected: RejectedRow[];
}

/**
 * Turns a row away with its reason, naming the column at `column` when given; returns false, so
 * a reader can `return reject(…)` from its row check.
 */
export type Reject = (reason: string, column?: number) => false;

/**
 * Reads every row; a row with enough columns and a new, non-empty id goes to `onCustomer`, which
 * checks the rest and returns whether it kept the customer (only kept ids count as seen).
 */
export function scanCustomerRows<R extends string>(
	bytes: Uint8Array,
	options: TableOptions & { onProgress?: (rowsRead: number, fraction: number) => void },
	columns: Partial<Record<R, string>>,
	spec: RoleSpec<R>,
	onCustomer: (
		id: string,
		fields: string[],
		line: number,
		index: Record<R, number>,
		reject: Reject
	) => boolean
): CustomerRowsScan {
	let names: string[] = [];
	let index = {} as Record<R, number>;
	let width = 0;
	let rows = 0;
	let rejectedCount = 0;
	let fraction = 0;
	const rejected: RejectedRow[] = [];
	const seen = new Map<string, number>();
	const rejectAt =
		(line: number): Reject =>
		(reason, column) => {
			rejectedCount++;
			if (rejected.length < MAX_LISTED)
				rejected.push(
					column === undefined ? { line, reason } : { line, column: names[column], reason }
				);
			return false;
		};
	const scan = scanTable(
		bytes,
		{
			...options,
			onFraction: (f) => (fraction = f),
			onHeader: (header) => {
				names = cleanHeader(header);
				index = roleIndexes(header, columns, spec);
				width = Math.max(...Object.values<number>(index)) + 1;
			}
		},
		(fields, line, problem) => {
			rows++;
			if (options.onProgress && rows % PROGRESS_EVERY === 0) options.onProgress(rows, fraction);
			const reject = rejectAt(line);
			if (problem) return reject(problem);
			if (fields.length < width)
				return reject(`列数不足：需要第 ${width} 列，这一行只有 ${fields.length} 列`);
			const idColumn = index['id' as R];
			const id = fields[idColumn].trim();
			if (!id) return reject('客户编号为空', idColumn);
			const before = seen.get(id);
			if (before !== undefined) {
				return reject(
					`客户编号「${quoted(id)}」在第 ${before} 行已经出现过：每行应是一位不同的客户（如果每行是一笔交易，请把文件类型改为“交易明细”）`,
					idColumn
				);
			}
			if (onCustomer(id, fields, line, index, reject)) seen.set(id, line);
		}
	);
	options.onProgress?.(rows, 1);
	return { ...scan, rows, rejectedCount, rejected };
}
