/**
 * Dates and amounts as they come out of Excel and shop systems. A date becomes a day number
 * (days since 1970-01-01, UTC) so comparisons and differences are integer arithmetic.
 *
 * Both parsers run once per row of files with a million rows, so the common spellings
 * (2024-01-05, 20240105, 123.45) take a fast path of character-code checks; everything else goes
 * through Unicode normalisation and regular expressions. The `…Problem` functions explain a
 * rejection and only run for rows that failed.
 */

const DAY_MS = 86_400_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const isDigit = (code: number) => code >= 48 && code <= 57;

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil), without creating a Date. */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

function dayOf(year: number, month: number, day: number): number | null {
	if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return daysFromCivil(year, month, day);
}

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_DAY = daysFromCivil(1899, 12, 30);

function digitsIn(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) return false;
	return true;
}

const twoDigits = (text: string, at: number) =>
	(text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
const fourDigits = (text: string, at: number) =>
	twoDigits(text, at) * 100 + twoDigits(text, at + 2);

/** 2024-01-05 or 2024/01/05, optionally followed by a time; 20240105. Undefined: not this shape. */
function fastDay(text: string): number | null | undefined {
	const length = text.length;
	if (length === 8) {
		if (!digitsIn(text, 0, 8)) return undefined;
		return dayOf(fourDigits(text, 0), twoDigits(text, 4), twoDigits(text, 6));
	}
	if (length < 10) return undefined;
	const separator = text.charCodeAt(4);
	if ((separator !== 45 && separator !== 47) || text.charCodeAt(7) !== separator) return undefined;
	if (length > 10 && text.charCodeAt(10) !== 32 && text.charCodeAt(10) !== 84) return undefined;
	if (!digitsIn(text, 0, 4) || !digitsIn(text, 5, 7) || !digitsIn(text, 8, 10)) return undefined;
	return dayOf(fourDigits(text, 0), twoDigits(text, 5), twoDigits(text, 8));
}

const SEPARATED_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const EXCEL_SERIAL = /^\d{5}(\.\d+)?$/;

/**
 * 2024-01-05, 2024/1/5, 2024.1.5, 20240105, 2024年1月5日 (an optional time after them is ignored),
 * full-width digits, and Excel serial numbers (five digits, e.g. 45296). Returns null for anything
 * else, for an impossible date (2024-02-30) and for years outside 1900–2200.
 */
export function parseDay(raw: string): number | null {
	const fast = fastDay(raw);
	if (fast !== undefined) return fast;
	const text = raw.normalize('NFKC').trim();
	const m = SEPARATED_DATE.exec(text) ?? COMPACT_DATE.exec(text);
	if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	if (EXCEL_SERIAL.test(text)) return EXCEL_EPOCH_DAY + Math.floor(Number(text));
	return null;
}

/** A value as messages quote it: a long one cut, so one bad cell cannot flood a message. */
export function quoted(raw: string, max = 40): string {
	const text = raw.trim();
	return text.length > max
		? `${text.slice(0, max)}…（共 ${text.length.toLocaleString('zh-CN')} 个字符）`
		: raw;
}

/** Why `parseDay` rejected a value, in Chinese, for the rejected-rows list. */
export function dayProblem(raw: string): string {
	const text = raw.normalize('NFKC').trim();
	if (!text) return '日期为空';
	const m = SEPARATED_DATE.exec(text) ?? COMPACT_DATE.exec(text);
	if (m) {
		const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
		if (year < MIN_YEAR) return `日期「${quoted(raw)}」早于 ${MIN_YEAR} 年，不像交易日期`;
		if (year > MAX_YEAR) return `日期「${quoted(raw)}」晚于 ${MAX_YEAR} 年，不像交易日期`;
		if (month < 1 || month > 12) return `日期「${quoted(raw)}」的月份 ${month} 不存在`;
		return `日期「${quoted(raw)}」不存在：${year} 年 ${month} 月没有 ${day} 日`;
	}
	return `日期「${quoted(raw)}」无法识别；可用的写法如 2024-01-05、2024/1/5、20240105 或 Excel 日期序号`;
}

/** Today (UTC) as a day number. */
export function todayDay(now = Date.now()): number {
	return Math.floor(now / DAY_MS);
}

export function formatDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Plain decimals (123, -4.5, 0.99): checked by character codes, converted by Number(). */
function isPlainDecimal(text: string): boolean {
	const length = text.length;
	let i = text.charCodeAt(0) === 45 ? 1 : 0;
	let digits = 0;
	let dots = 0;
	for (; i < length; i++) {
		const code = text.charCodeAt(i);
		if (isDigit(code)) digits++;
		else if (code === 46 && dots === 0) dots++;
		else return false;
	}
	return digits > 0;
}

const DECORATION = /[¥￥$,\s元]/g;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** 1,234.50 · ¥-3 · ￥12 · (12.00) for −12 · full-width digits １２３ · 88元. Null when not a number. */
export function parseAmount(raw: string): number | null {
	if (raw.length && isPlainDecimal(raw)) return Number(raw);
	let text = raw.normalize('NFKC').trim().replace(DECORATION, '');
	let sign = 1;
	const bracket = /^\((.*)\)$/.exec(text);
	if (bracket) {
		sign = -1;
		text = bracket[1];
	}
	if (!NUMBER.test(text)) return null;
	return sign * Number(text);
}

/** Why `parseAmount` rejected a value, in Chinese; `field` names the column's role (金额, 利润). */
export function amountProblem(raw: string, field = '金额'): string {
	const text = raw.trim();
	if (!text) return `${field}为空`;
	if ((text.match(/\./g) ?? []).length > 1) return `${field}「${quoted(raw)}」有不止一个小数点`;
	return `${field}「${quoted(raw)}」不是数字；可用的写法如 1234.50、1,234.50、¥-3、(12.00)`;
}
