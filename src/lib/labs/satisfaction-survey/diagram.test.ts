import { describe, expect, it } from 'vitest';
import { diagramLayout } from './diagram';

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
			width: 199,
			height: 240,
			boxes: { A: { x: 16, y: 16 }, B: { x: 91, y: 92 }, C: { x: 16, y: 168 } }
		});
		// The skipping arrow runs down A's and C's centre line, left of B's box.
		expect(down.boxes.A.x + 46).toBeLessThan(down.boxes.B.x);
	});
});
