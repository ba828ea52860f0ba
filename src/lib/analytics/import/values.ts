/**
 * Dates and amounts as they come out of Excel and shop systems. A date becomes a day number
 * (days since 1970-01-01, UTC) so comparisons and differences are integer arithmetic.
 */

const DAY_MS = 86_400_000;

function dayOf(year: number, month: number, day: number): number | null {
	if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
	const ms = Date.UTC(year, month - 1, day);
	const check = new Date(ms);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	return Math.round(ms / DAY_MS);
}

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_DAY = Math.round(Date.UTC(1899, 11, 30) / DAY_MS);

/**
 * 2024-01-05, 2024/1/5, 2024.1.5, 20240105, 2024年1月5日 (an optional time after them is ignored)
 * and Excel serial numbers (e.g. 45296). Returns null for anything else or an impossible date.
 */
export function parseDay(raw: string): number | null {
	const text = raw.normalize('NFKC').trim();
	let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(text);
	if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	if (/^\d{5}(\.\d+)?$/.test(text)) {
		const serial = Math.floor(Number(text));
		if (serial >= 1 && serial < 100_000) return EXCEL_EPOCH_DAY + serial;
	}
	return null;
}

export function formatDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1,234.50 · ¥-3 · ￥12 · (12.00) for −12 · full-width digits １２３. Null when not a number. */
export function parseAmount(raw: string): number | null {
	let text = raw
		.normalize('NFKC')
		.trim()
		.replace(/[¥￥$,\s元]/g, '');
	let sign = 1;
	const bracket = /^\((.*)\)$/.exec(text);
	if (bracket) {
		sign = -1;
		text = bracket[1];
	}
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
	return sign * Number(text);
}
