/** Number formats and colours shared by the lab's charts and tables. */
import { schemeTableau10 } from 'd3';
import { CLASS8, type Class8 } from '$lib/analytics/rfm';

export { count, percent, yuan } from '$lib/format';
export const decimal = (value: number, digits = 1) => value.toFixed(digits);

/** Eight distinct colours (Tableau 10 reads well on light and dark backgrounds). */
export const CLASS8_COLOURS = Object.fromEntries(
	CLASS8.map((name, i) => [name, schemeTableau10[i]])
) as Record<Class8, string>;
