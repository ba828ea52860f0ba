/**
 * Where the path diagram puts each construct: layers by causal depth (the longest chain of paths
 * leading to it), side by side within a layer, and every other layer shifted half a lane so an
 * arrow that skips a layer passes between the boxes instead of through them (as in ACSI's usual
 * drawing). Layers run left to right ('across'), or top to bottom on a narrow screen ('down').
 */
import type { PlsModel } from '$lib/analytics/pls';
import { textWidth } from '$lib/components/charts/chart-width';

export const BOX = { width: 92, height: 38 } as const;
/** Distance between layers and between lanes within a layer, per direction. */
const STEPS = {
	across: { layer: 118, lane: 120 },
	// 66 px between layers: room for a box's R² line and, below it, the coefficient of an arrow.
	down: { layer: 104, lane: 150 }
} as const;
const MARGIN = 16;

export interface DiagramLayout {
	width: number;
	height: number;
	boxes: Record<string, { x: number; y: number }>;
}

export function diagramLayout(
	model: PlsModel,
	direction: keyof typeof STEPS = 'across'
): DiagramLayout {
	const names = Object.keys(model.constructs);
	const depth = new Map(names.map((name) => [name, 0]));
	// Longest-path depth; the model is acyclic (PLS refuses cycles), so n rounds suffice.
	for (let round = 0; round < names.length; round++) {
		for (const [from, to] of model.paths) {
			const next = (depth.get(from) ?? 0) + 1;
			if (depth.has(to) && next > (depth.get(to) ?? 0)) depth.set(to, next);
		}
	}
	const columns: string[][] = [];
	for (const name of names) (columns[depth.get(name) ?? 0] ??= []).push(name);
	const widest = Math.max(...columns.map((c) => c?.length ?? 0));
	const { layer, lane } = STEPS[direction];
	const boxes: DiagramLayout['boxes'] = {};
	columns.forEach((column, c) =>
		column?.forEach((name, r) => {
			const along = MARGIN + c * layer;
			const aside = MARGIN + r * lane + (c % 2 ? lane / 2 : 0);
			boxes[name] = direction === 'across' ? { x: along, y: aside } : { x: aside, y: along };
		})
	);
	const alongSize = MARGIN * 2 + (columns.length - 1) * layer;
	const asideSize = MARGIN * 2 + (widest - 1) * lane + lane / 2;
	return direction === 'across'
		? { width: alongSize + BOX.width, height: asideSize + BOX.height + 18, boxes }
		: { width: asideSize + BOX.width, height: alongSize + BOX.height + 18, boxes };
}

/** Where a line from box a's centre to box b's centre leaves a and enters b. */
export function arrowEnds(
	a: { x: number; y: number },
	b: { x: number; y: number }
): { x1: number; y1: number; x2: number; y2: number } {
	const [ax, ay] = [a.x + BOX.width / 2, a.y + BOX.height / 2];
	const [bx, by] = [b.x + BOX.width / 2, b.y + BOX.height / 2];
	const dx = bx - ax;
	const dy = by - ay;
	// The fraction of the centre-to-centre line inside one box.
	const inside = Math.min(
		dx ? BOX.width / 2 / Math.abs(dx) : Infinity,
		dy ? BOX.height / 2 / Math.abs(dy) : Infinity
	);
	return {
		x1: ax + dx * inside,
		y1: ay + dy * inside,
		x2: bx - dx * (inside + 0.02),
		y2: by - dy * (inside + 0.02)
	};
}

/** Font sizes of the diagram's coefficients and R² lines (PathModel's .beta and .r2 styles). */
export const LABEL_SIZE = { beta: 13, r2: 11 } as const;

export interface Rect {
	left: number;
	right: number;
	top: number;
	bottom: number;
}
/** The area two rectangles share. */
const overlap = (a: Rect, b: Rect) =>
	Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
	Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Where an arrow's label may go, most preferred first: on the line at its middle, then further
 * along or back; then beside the middle, `side` px off the line either way, for an arrow too
 * short to hold its label clear of its head.
 */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
const BESIDE = [0.5, 0.4, 0.6];
const SIDE = 14;

/**
 * Where each arrow's label goes, in the order of `arrows`: the baseline centre of its text
 * (text-anchor middle) and the box it covers, which the diagram fills to hide the line behind
 * the text. It sits where it covers no box, R² line, arrowhead (`head` px long) or label placed
 * before it, or else least of them; short arrows choose first, having the least room. Arrows that skip a layer cross
 * the middle of short ones, and a label drawn over another hid one coefficient entirely.
 */
export function arrowLabelPoints(
	layout: DiagramLayout,
	arrows: { from: string; to: string; text: string; head: number }[]
): { x: number; y: number; box: Rect }[] {
	const r2Half = textWidth('R² = 0.00', LABEL_SIZE.r2) / 2;
	const lines = arrows.map(({ from, to }) => arrowEnds(layout.boxes[from], layout.boxes[to]));
	const length = (i: number) => Math.hypot(lines[i].x2 - lines[i].x1, lines[i].y2 - lines[i].y1);
	const taken: Rect[] = [
		...Object.values(layout.boxes).flatMap(({ x, y }) => [
			{ left: x, right: x + BOX.width, top: y, bottom: y + BOX.height },
			{
				left: x + BOX.width / 2 - r2Half,
				right: x + BOX.width / 2 + r2Half,
				top: y + BOX.height,
				bottom: y + BOX.height + 18
			}
		]),
		...lines.map(({ x1, y1, x2, y2 }, i) => {
			// A square around the head, which ends at the line's end and runs `head` px back.
			const half = arrows[i].head / 2;
			const back = half / (length(i) || 1);
			const [cx, cy] = [x2 - (x2 - x1) * back, y2 - (y2 - y1) * back];
			return { left: cx - half, right: cx + half, top: cy - half, bottom: cy + half };
		})
	];
	const points: { x: number; y: number; box: Rect }[] = [];
	for (const i of arrows.map((_, i) => i).sort((a, b) => length(a) - length(b))) {
		const { x1, y1, x2, y2 } = lines[i];
		const half = textWidth(arrows[i].text, LABEL_SIZE.beta) / 2 + 2;
		// The unit normal of the line, to step beside it.
		const [nx, ny] = [-(y2 - y1) / (length(i) || 1), (x2 - x1) / (length(i) || 1)];
		const spots = [
			...ALONG.map((t) => ({ t, off: 0 })),
			...BESIDE.flatMap((t) => [
				{ t, off: -SIDE },
				{ t, off: SIDE }
			])
		];
		const candidates = spots.map(({ t, off }) => {
			const x = x1 + (x2 - x1) * t + nx * off;
			const y = y1 + (y2 - y1) * t + ny * off + 4;
			return { x, y, box: { left: x - half, right: x + half, top: y - 12, bottom: y + 3 } };
		});
		// The first spot that covers nothing; failing that, the one that covers least.
		const covered = (c: (typeof candidates)[number]) =>
			taken.reduce((sum, r) => sum + overlap(r, c.box), 0);
		const chosen = candidates.reduce((best, c) => (covered(c) < covered(best) ? c : best));
		taken.push(chosen.box);
		points[i] = chosen;
	}
	return points;
}
