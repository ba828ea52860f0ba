/**
 * A rejected row as the importers report it and the labs list it, apart from the importers so a
 * page can show the list without loading them.
 */

export interface RejectedRow {
	/** 1-based line in the file (row number in a sheet). */
	line: number;
	/** Header of the column at fault, when one is. */
	column?: string;
	reason: string;
}

/** "第 12 行「交易日期」列：…" — a rejected row as one line for lists and messages. */
export function describeRejectedRow(row: RejectedRow): string {
	return `第 ${row.line} 行${row.column ? `「${row.column}」列` : ''}：${row.reason}`;
}
