/**
 * Where the path diagram puts each construct: layers by causal depth (the longest chain of paths
 * leading to it), side by side within a layer, and every other layer shifted half a lane so an
 * arrow that skips a layer passes between the boxes instead of through them (as in ACSI's usual
 * drawing). Layers run left to right ('across'), or top to bottom on a narrow screen ('down').
 */
import type { PlsModel } from '$lib/analytics/pls';

export const BOX = { width: 92, height: 38 } as const;
/** Distance between layers and between lanes within a layer, per direction. */
const STEPS = {
	across: { layer: 118, lane: 120 },
	down: { layer: 76, lane: 150 }
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
