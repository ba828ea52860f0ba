/**
 * The plot box of the chart being drawn, for its layers (axes, rules, legends), as Layer Cake's
 * layers read theirs: the chart says once where its plot is, and every layer takes the edges from
 * here instead of each use passing `bottom`/`left` by hand. The context holds a getter, so a chart
 * whose width follows its frame (or whose margin grows with its legend) stays in step.
 *
 *   setChart(() => ({ width, height, margin }));   // in the chart
 *   const chart = useChart();                      // in a layer: chart.bottom, chart.left, …
 */
import { createContext } from 'svelte';

/** Room between the SVG's edges and the plot, in px. */
export interface PlotMargin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The whole SVG's size and the plot's margin within it, in px. */
export interface ChartBox {
	width: number;
	height: number;
	margin: PlotMargin;
}

/** What a layer reads: the SVG's size and the plot's edges, all in SVG px. */
export interface ChartEdges {
	readonly width: number;
	readonly height: number;
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
	readonly left: number;
}

const [getChartBox, setChartBox] = createContext<() => ChartBox>();

/** Called once by each chart component, with a getter over its current box. */
export function setChart(box: () => ChartBox): void {
	setChartBox(box);
}

/** The enclosing chart's plot edges; read them in markup or `$derived` to follow changes. */
export function useChart(): ChartEdges {
	const box = getChartBox();
	return {
		get width() {
			return box().width;
		},
		get height() {
			return box().height;
		},
		get top() {
			return box().margin.top;
		},
		get right() {
			const { width, margin } = box();
			return width - margin.right;
		},
		get bottom() {
			const { height, margin } = box();
			return height - margin.bottom;
		},
		get left() {
			return box().margin.left;
		}
	};
}
