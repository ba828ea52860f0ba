/**
 * The plane both relationship-lifecycle figures draw on: time 0–10 across the plot, relationship
 * level 0–100 up it, and a smooth line through [time, level] points. Illustrative units, so the
 * domains are fixed rather than taken from data.
 */
import { curveMonotoneX, line, scaleLinear } from 'd3';
import type { ChartBox } from '$lib/components/charts/chart-context';

/** The scales and line generator for a chart of this size. */
export function lifecycleAxes({ width, height, margin }: ChartBox) {
	const x = scaleLinear()
		.domain([0, 10])
		.range([margin.left, width - margin.right]);
	const y = scaleLinear()
		.domain([0, 100])
		.range([height - margin.bottom, margin.top]);
	const path = line<readonly [number, number]>()
		.x((d) => x(d[0]))
		.y((d) => y(d[1]))
		.curve(curveMonotoneX);
	return { x, y, path };
}
