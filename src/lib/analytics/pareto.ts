/** Pareto / ABC view of customer value: Lorenz curve, Gini, and the 80/20 figures. */

export interface ParetoSummary {
	customers: number;
	gini: number;
	/** Share of total value from the ⌈0.2·N⌉ customers with the largest value. */
	top20Share: number;
	/** Fewest customers (largest first) whose value reaches 80% of the total. */
	customersFor80Percent: number;
	/** Lorenz points (share of customers, share of value), smallest customers first. */
	lorenz: [number, number][];
}

export function pareto(values: number[]): ParetoSummary {
	const n = values.length;
	const ascending = [...values].sort((a, b) => a - b);
	const total = ascending.reduce((sum, v) => sum + v, 0);
	const lorenz: [number, number][] = [[0, 0]];
	let running = 0;
	let area = 0;
	for (let i = 0; i < n; i++) {
		const before = running;
		running += ascending[i];
		area += (before + running) / 2;
		lorenz.push([(i + 1) / n, total ? running / total : 0]);
	}
	// Gini = 1 − 2 · (area under the Lorenz curve), the area summed by trapezoids over n steps.
	const gini = n && total ? 1 - (2 * area) / (n * total) : 0;
	const descending = [...ascending].reverse();
	const topCount = Math.ceil(0.2 * n);
	const top20 = descending.slice(0, topCount).reduce((sum, v) => sum + v, 0);
	let reach = 0;
	let customersFor80Percent = 0;
	for (const v of descending) {
		if (reach >= 0.8 * total) break;
		reach += v;
		customersFor80Percent += 1;
	}
	return {
		customers: n,
		gini,
		top20Share: total ? top20 / total : 0,
		customersFor80Percent,
		lorenz
	};
}
