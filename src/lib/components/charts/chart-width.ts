/**
 * Charts draw at the width they have on screen, so on a phone the text keeps its size and the
 * plot narrows. Below MIN_CHART_WIDTH a chart no longer fits its labels and scrolls instead.
 */
export const MIN_CHART_WIDTH = 280;

/** The width to lay a chart out at: what the frame measured, between the minimum and its design. */
export function fitWidth(measured: number | undefined, design: number): number {
	if (!measured) return design;
	return Math.round(Math.max(MIN_CHART_WIDTH, Math.min(design, measured)));
}

/**
 * Which of `count` evenly spaced labels to show so that neighbours are at least `minGap` apart
 * along `length`: every one, every second, every third…
 */
export function labelStride(length: number, count: number, minGap: number): number {
	if (count <= 1 || length <= 0) return 1;
	return Math.max(1, Math.ceil((minGap * (count - 1)) / length));
}

/** About how wide `text` is at `fontSize` px: Chinese characters a full em, others about 0.6. */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += char.charCodeAt(0) > 0x2e80 ? 1 : 0.6;
	return ems * fontSize;
}

/**
 * `text` as it fits in `room` px at `fontSize`: whole, or cut with an ellipsis. For a label a
 * chart cannot wrap; the chart's table keeps the whole text.
 */
export function clipText(text: string, fontSize: number, room: number): string {
	if (textWidth(text, fontSize) <= room) return text;
	const chars = [...text];
	while (chars.length && textWidth(`${chars.join('')}…`, fontSize) > room) chars.pop();
	return `${chars.join('')}…`;
}

/** Height of one row of legend entries. */
export const LEGEND_ROW = 18;

export interface LegendSlot {
	left: number;
	row: number;
}

/**
 * Where each legend entry goes: one row `step` apart when it fits before `right`; otherwise the
 * entries flow at their own widths and wrap to new rows, as words do.
 */
export function legendLayout(
	names: readonly string[],
	x: number,
	step: number,
	labelGap: number,
	right = Infinity
): LegendSlot[] {
	const own = (name: string) => labelGap + textWidth(name, 12);
	const last = names.length - 1;
	if (last < 0 || x + last * step + own(names[last]) <= right) {
		return names.map((_, i) => ({ left: x + i * step, row: 0 }));
	}
	let left = x;
	let row = 0;
	return names.map((name) => {
		if (left > x && left + own(name) > right) {
			left = x;
			row += 1;
		}
		const slot = { left, row };
		left += own(name) + 14;
		return slot;
	});
}

/** How many rows `legendLayout` gives these entries (to make room above the plot). */
export function legendRowCount(...layout: Parameters<typeof legendLayout>): number {
	return legendLayout(...layout).reduce((rows, slot) => Math.max(rows, slot.row + 1), 1);
}
