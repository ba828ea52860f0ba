import { describe, expect, it } from 'vitest';
import { rasterPoints } from './raster-points';

const RED_BLUE = ['#ff0000', '#0000ff'];

/** The r, g, b, a of pixel (x, y) of a width-4 raster. */
const pixel = (pixels: Uint8ClampedArray, x: number, y: number) => [
	...pixels.subarray(4 * (y * 4 + x), 4 * (y * 4 + x) + 4)
];

describe('rasterPoints', () => {
	it('draws a point as a size × size square at half opacity and leaves the rest clear', () => {
		const pixels = rasterPoints(4, 4, Float32Array.of(1, 1), Uint8Array.of(0), RED_BLUE, 2);
		for (const [x, y] of [
			[1, 1],
			[2, 1],
			[1, 2],
			[2, 2]
		]) {
			expect(pixel(pixels, x, y)).toEqual([255, 0, 0, 127]);
		}
		expect(pixel(pixels, 0, 0)).toEqual([0, 0, 0, 0]);
		expect(pixel(pixels, 3, 3)).toEqual([0, 0, 0, 0]);
	});

	it('blends a later point over an earlier one as the canvas does (source-over)', () => {
		const pixels = rasterPoints(
			4,
			4,
			Float32Array.of(0, 0, 0, 0),
			Uint8Array.of(0, 1),
			RED_BLUE,
			1
		);
		// Blue at ½ over red at ½: ¾ opaque, two parts blue to one part red.
		expect(pixel(pixels, 0, 0)).toEqual([85, 0, 170, 190]);
	});

	it.each([
		['left and top', -1, -1, [0, 0]],
		['right and bottom', 3, 3, [3, 3]]
	])('cuts a point that sticks out on the %s', (_, x, y, inside) => {
		const pixels = rasterPoints(4, 4, Float32Array.of(x, y), Uint8Array.of(1), RED_BLUE, 2);
		const drawn = [0, 1, 2, 3].flatMap((py) =>
			[0, 1, 2, 3].filter((px) => pixel(pixels, px, py)[3] > 0).map((px) => [px, py])
		);
		expect(drawn).toEqual([inside]);
	});
});
