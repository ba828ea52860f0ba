/**
 * What the axis components need from a d3 scale. Linear, log and symlog scales have `ticks`;
 * band and point scales have `bandwidth`, and their ticks sit in the middle of each band.
 */
export interface AxisScale<T> {
	(value: T): number | undefined;
	domain(): T[];
	range(): number[];
	ticks?(count?: number): T[];
	bandwidth?(): number;
}

/** The values to mark: an explicit list, or about `ticks` nice values (every band for band scales). */
export function tickValues<T>(scale: AxisScale<T>, ticks: number | readonly T[]): T[] {
	if (typeof ticks !== 'number') return [...ticks];
	return scale.ticks ? scale.ticks(ticks) : scale.domain();
}

/** Where a tick goes: the scaled value, or the middle of its band. */
export function tickPosition<T>(scale: AxisScale<T>, value: NoInfer<T>): number {
	return (scale(value) ?? 0) + (scale.bandwidth ? scale.bandwidth() / 2 : 0);
}

/** The middle of the scale's range, where the axis title is centred. */
export function rangeMiddle<T>(scale: AxisScale<T>): number {
	const range = scale.range();
	return (range[0] + range[range.length - 1]) / 2;
}
