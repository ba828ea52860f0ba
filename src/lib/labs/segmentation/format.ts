/** Number formats and colours shared by the lab's charts and tables. */
import { CLASS8, type Class8 } from '$lib/analytics/rfm';

export { count, percent, yuan } from '$lib/format';
export const decimal = (value: number, digits = 1) => value.toFixed(digits);

/**
 * The first eight colours of Tableau 10, the palette d3 ships as schemeTableau10: distinct, and
 * readable on light and dark backgrounds. Written out because importing them from d3 brought all
 * of d3-scale-chromatic (one module that builds every colour ramp when it loads) into the lab.
 */
const TABLEAU_FIRST_EIGHT = [
	'#4e79a7',
	'#f28e2c',
	'#e15759',
	'#76b7b2',
	'#59a14f',
	'#edc949',
	'#af7aa1',
	'#ff9da7'
];

export const CLASS8_COLOURS = Object.fromEntries(
	CLASS8.map((name, i) => [name, TABLEAU_FIRST_EIGHT[i]])
) as Record<Class8, string>;
