import { describe, expect, it } from 'vitest';
import { arrowEnds, arrowLabelPoints, BOX, diagramLayout, type Rect } from './diagram';

// A → B → C and A → C: three layers of one construct each; the A → C arrow skips a layer.
const chain = {
	constructs: { A: ['a1'], B: ['b1'], C: ['c1'] },
	paths: [
		['A', 'B'],
		['A', 'C'],
		['B', 'C']
	]
} as never;

describe('diagramLayout', () => {
	it('runs layers left to right, the middle one half a lane lower', () => {
		expect(diagramLayout(chain)).toEqual({
			// 2 × 16 margin + 2 layers × 118 + a 92 px box; 2 × 16 + half a 120 lane + 38 px box + 18 for R².
			width: 360,
			height: 148,
			boxes: { A: { x: 16, y: 16 }, B: { x: 134, y: 76 }, C: { x: 252, y: 16 } }
		});
	});

	it('runs layers top to bottom on a phone, narrow enough for a 309 px frame', () => {
		const down = diagramLayout(chain, 'down');
		expect(down).toEqual({
			// 104 px from layer to layer: a 38 px box, its R² line and an arrow's label below that.
			width: 199,
			height: 296,
			boxes: { A: { x: 16, y: 16 }, B: { x: 91, y: 120 }, C: { x: 16, y: 224 } }
		});
		// The skipping arrow runs down A's and C's centre line, left of B's box.
		expect(down.boxes.A.x + 46).toBeLessThan(down.boxes.B.x);
	});
});

// ACSI as the lab's default model draws it: three arrows skip a layer and cross others.
const acsi = {
	constructs: { 期望: [], 质量: [], 价值: [], 满意: [], 抱怨: [], 忠诚: [] },
	paths: [
		['期望', '质量'],
		['期望', '价值'],
		['期望', '满意'],
		['质量', '价值'],
		['质量', '满意'],
		['价值', '满意'],
		['满意', '抱怨'],
		['满意', '忠诚'],
		['抱怨', '忠诚']
	]
} as never as Parameters<typeof diagramLayout>[0];

const shareArea = (a: Rect, b: Rect) =>
	Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
	Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

describe('arrowLabelPoints', () => {
	it.each(['across', 'down'] as const)(
		'gives every ACSI coefficient a place of its own, clear of the boxes (%s)',
		(direction) => {
			const layout = diagramLayout(acsi, direction);
			const arrows = acsi.paths.map(([from, to]) => ({ from, to, text: '-0.42', head: 14 }));
			const labels = arrowLabelPoints(layout, arrows).map((point) => point.box);
			const boxes = Object.values(layout.boxes).map(({ x, y }) => ({
				left: x,
				right: x + BOX.width,
				top: y,
				bottom: y + BOX.height
			}));
			for (const [i, label] of labels.entries()) {
				expect(labels.filter((other, j) => j !== i && shareArea(label, other))).toEqual([]);
				expect(boxes.filter((box) => shareArea(label, box))).toEqual([]);
			}
		}
	);

	it('puts a lone arrow’s label on its middle', () => {
		const layout = diagramLayout(chain, 'down');
		const [label] = arrowLabelPoints(layout, [{ from: 'A', to: 'C', text: '0.5', head: 7 }]);
		const ends = arrowEnds(layout.boxes.A, layout.boxes.C);
		// On A's and C's centre line, halfway along the arrow, the baseline 4 px below the middle.
		expect(label.x).toBe(62);
		expect(label.y).toBeCloseTo((ends.y1 + ends.y2) / 2 + 4);
	});
});
