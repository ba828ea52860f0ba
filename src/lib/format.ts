/** Number formats every page shares, so a share reads the same in each lab and table. */

/** 0.8 → "80.0%" (digits = decimals of the percentage). */
export const percent = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)}%`;

/**
 * `make()` on the first call, the same value after. Formatters are made once (toLocaleString
 * builds one per call, and a table repaint makes dozens) but not at import: a cold zh-CN
 * DateTimeFormat costs tens of ms of ICU loading, which every page importing this module paid
 * during start-up whether it formatted anything or not.
 */
export function madeOnce<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

const countFormat = madeOnce(() => new Intl.NumberFormat('zh-CN'));
const yuanFormat = madeOnce(
	() => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
);

/** A count with thousands separators: 12,345. */
export const count = (value: number): string => countFormat().format(value);

/** An amount with two decimals and separators: 1,234.50. */
export const yuan = (value: number): string => yuanFormat().format(value);

const dateTimeFormat = madeOnce(
	() => new Intl.DateTimeFormat('zh-CN', { hour12: false, dateStyle: 'short', timeStyle: 'short' })
);

/** Epoch ms JavaScript's Date can hold (±100 million days). */
const DATE_LIMIT_MS = 8.64e15;

/**
 * A moment in the reader's time zone: 2026/12/1 09:30. A value that is no time at all (damaged
 * data, NaN) reads 「时间无效」 rather than throwing "Invalid time value" out of the page.
 */
export const dateTime = (ms: number): string =>
	typeof ms === 'number' && Math.abs(ms) <= DATE_LIMIT_MS
		? dateTimeFormat().format(ms)
		: '时间无效';

/** Total minutes of a list of durations in ms, skipping any that is not a sane duration. */
export function totalMinutes(durations: readonly unknown[], maxEachMs = 365 * 86_400_000): number {
	let sum = 0;
	for (const ms of durations) {
		if (typeof ms === 'number' && ms >= 0 && ms <= maxEachMs) sum += ms;
	}
	return Math.round(sum / 60_000);
}
