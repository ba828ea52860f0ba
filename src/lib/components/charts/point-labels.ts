/**
 * Labels beside the points of a scatter (Kano's Better–Worse chart, the IPA matrix): where two
 * would overlap, the lower one moves down a line, so every name stays readable next to its point.
 */
import { textWidth } from './chart-width';

export interface PointLabel {
	/** Where the label's text is anchored, beside its point. */
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'end';
}

function horizontalExtent(label: PointLabel, fontSize: number): [number, number] {
	const width = textWidth(label.text, fontSize);
	return label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
}

/**
 * The points with their labels moved apart where they would overlap: labels are
 * taken from the top down, and one that shares a line with a label already placed and overlaps
 * it sideways moves below it. `fixed` labels (a chart's quadrant names) are placed first and never
 * move. None goes below `bottom`.
 */
export function separateLabels<Point extends { label: PointLabel }>(
	points: Point[],
	fontSize: number,
	bottom: number,
	fixed: PointLabel[] = []
): Point[] {
	const labels = points.map((point) => point.label);
	const lineHeight = fontSize * 1.25;
	const all = [...fixed, ...labels];
	const extents = all.map((label) => horizontalExtent(label, fontSize));
	const ys = all.map((label) => label.y);
	const placed = fixed.map((_, i) => i);
	const order = labels.map((_, i) => fixed.length + i).sort((a, b) => ys[a] - ys[b]);
	for (const i of order) {
		let y = ys[i];
		let moved = true;
		while (moved) {
			moved = false;
			for (const j of placed) {
				const sideBySide = extents[i][0] < extents[j][1] && extents[j][0] < extents[i][1];
				if (sideBySide && Math.abs(y - ys[j]) < lineHeight) {
					y = ys[j] + lineHeight;
					moved = true;
				}
			}
		}
		ys[i] = Math.min(y, bottom);
		placed.push(i);
	}
	return points.map((point, i) => ({
		...point,
		label: { ...point.label, y: ys[fixed.length + i] }
	}));
}
