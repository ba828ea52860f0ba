/** Number formats shared by the lab's sections, so the same value reads the same everywhere. */
import { madeOnce, percent } from '$lib/format';

const yuanFormat = madeOnce(() => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }));

/** 366.7, 12,345.6 — one decimal at most, thousands grouped. */
export const yuan = (value: number): string => yuanFormat().format(value);

export { percent };

/** A relative change with its sign: 0.2 → "+20.0%"; null (nothing to compare) → "—". */
export const signedPercent = (value: number | null): string =>
	value === null ? '—' : `${value >= 0 ? '+' : ''}${percent(value)}`;

/** Model numbers: four significant figures, e.g. 0.7040, 1.226, 23.45. */
export const significant = (value: number, digits = 4): string =>
	Number(value.toPrecision(digits)).toString();
