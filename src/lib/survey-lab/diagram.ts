/**
 * Where the path diagram puts each construct: columns by causal depth (the longest chain of paths
 * leading to it), stacked within a column, and every other column shifted down so an arrow that
 * skips a column passes between the boxes instead of through them (as in ACSI's usual drawing).
 */
import type { PlsModel } from '$lib/analytics/pls';

export const BOX = { width: 92, height: 38 } as const;
const COLUMN_GAP = 118;
const ROW_GAP = 120;
const MARGIN = 16;

export interface DiagramLayout {
	width: number;
	height: number;
	boxes: Record<string, { x: number; y: number }>;
}

export function diagramLayout(model: PlsModel): DiagramLayout {
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
	const tallest = Math.max(...columns.map((c) => c?.length ?? 0));
	const boxes: DiagramLayout['boxes'] = {};
	columns.forEach((column, c) =>
		column?.forEach((name, r) => {
			boxes[name] = {
				x: MARGIN + c * COLUMN_GAP,
				y: MARGIN + r * ROW_GAP + (c % 2 ? ROW_GAP / 2 : 0)
			};
		})
	);
	return {
		width: MARGIN * 2 + (columns.length - 1) * COLUMN_GAP + BOX.width,
		height: MARGIN * 2 + (tallest - 1) * ROW_GAP + ROW_GAP / 2 + BOX.height + 18,
		boxes
	};
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
