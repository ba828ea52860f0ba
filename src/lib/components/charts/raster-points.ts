/**
 * Scatter points written straight into pixels (for `new ImageData(pixels, width)`), for charts with too many points for one canvas
 * call each: at 100,000 points, `fillRect` per point held the page for about 130 ms on every
 * redraw. Each point is a `size` × `size` square in its group's colour at half opacity, blended
 * over the points drawn before it (source-over), so crowded regions read darker, as they did.
 *
 * Blending happens on premultiplied pixels packed in 32 bits, where "half of what is there plus
 * half the colour" halves all four channels with one shift and mask.
 */
export function rasterPoints(
	width: number,
	height: number,
	/** Top-left corners in pixels: x of point i at 2i, y at 2i + 1. */
	corners: Float32Array,
	/** `groups[i]` indexes `colours` ('#rrggbb'). */
	groups: Uint8Array,
	colours: readonly string[],
	size: number
): Uint8ClampedArray<ArrayBuffer> {
	const premultiplied = new Uint32Array(width * height);
	const halfColours = colours.map((hex) => {
		const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) >> 1);
		return packed(r, g, b, 127);
	});
	for (let i = 0; i < groups.length; i++) {
		const half = halfColours[groups[i]];
		const x = Math.round(corners[2 * i]);
		const y0 = Math.round(corners[2 * i + 1]);
		const left = Math.max(0, x);
		const right = Math.min(width, x + size);
		for (let y = Math.max(0, y0); y < Math.min(height, y0 + size); y++) {
			for (let at = y * width + left, end = y * width + right; at < end; at++) {
				premultiplied[at] = half + ((premultiplied[at] >>> 1) & 0x7f7f7f7f);
			}
		}
	}
	// ImageData holds straight (not premultiplied) colour, r g b a per pixel.
	const pixels = new Uint8ClampedArray(width * height * 4);
	for (let at = 0; at < premultiplied.length; at++) {
		const pixel = premultiplied[at];
		const alpha = pixel >>> 24;
		if (!alpha) continue;
		pixels[4 * at] = ((pixel & 0xff) * 255) / alpha;
		pixels[4 * at + 1] = (((pixel >>> 8) & 0xff) * 255) / alpha;
		pixels[4 * at + 2] = (((pixel >>> 16) & 0xff) * 255) / alpha;
		pixels[4 * at + 3] = alpha;
	}
	return pixels;
}

/** One pixel's r, g, b, a (0–255 each) in one number, r in the low byte. */
const packed = (r: number, g: number, b: number, a: number) =>
	((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
