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

/** What both axes take; each adds the edges of the plot it draws along. */
export interface AxisProps<T> {
	/** The chart's d3 scale for this axis. */
	scale: AxisScale<T>;
	/** About how many ticks a linear scale should offer, or the exact values to mark. */
	ticks?: number | readonly T[];
	/** Text of each tick label. */
	format?: (tick: T) => string;
	/** Distance from the plot's edge to the tick labels. */
	gap?: number;
	/** Dash pattern of one tick's gridline, e.g. to set off a pass mark; solid when undefined. */
	gridDash?: (tick: T) => string | undefined;
	/** Axis title with its unit. */
	label?: string;
}
