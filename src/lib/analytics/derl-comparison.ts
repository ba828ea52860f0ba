/**
 * How the textbook's constant-retention shortcut compares with the sBG model for one customer:
 * the sentence that interprets the two numbers is computed from them, never fixed in the page.
 * (A customer who has just arrived is usually over-valued by the constant rate, one who has
 * renewed many times under-valued — but which one applies depends on the numbers shown.)
 */
export type DerlDirection = 'overestimates' | 'underestimates' | 'same';

/** Within this many periods the two are reported as the same (they show with two decimals). */
const SAME_WITHIN = 0.005;

export function compareDerl(
	sbgDerl: number,
	constantDerl: number
): { direction: DerlDirection; gap: number } {
	const gap = constantDerl - sbgDerl;
	if (Math.abs(gap) < SAME_WITHIN) return { direction: 'same', gap: 0 };
	return { direction: gap > 0 ? 'overestimates' : 'underestimates', gap: Math.abs(gap) };
}
