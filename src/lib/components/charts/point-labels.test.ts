import { describe, expect, it } from 'vitest';
import { separateLabels as separatePoints, type PointLabel } from './point-labels';

/** The labels' y once separated (the function moves labels of points; here the points are bare). */
const separateLabels = (
	labels: PointLabel[],
	fontSize: number,
	bottom: number,
	fixed?: PointLabel[]
) =>
	separatePoints(
		labels.map((label) => ({ label })),
		fontSize,
		bottom,
		fixed
	).map((point) => point.label.y);

const label = (
	x: number,
	y: number,
	text = '价格',
	anchor: 'start' | 'end' = 'start'
): PointLabel => ({
	x,
	y,
	text,
	anchor
});

describe('separateLabels', () => {
	it('leaves labels that do not overlap where they are', () => {
		expect(separateLabels([label(10, 50), label(10, 80), label(200, 50)], 12, 400)).toEqual([
			50, 80, 50
		]);
	});

	it('moves the lower of two overlapping labels one line (1.25 em) below the upper', () => {
		// Both start at x = 10 and are 24 px wide (two characters at 12 px): they overlap.
		expect(separateLabels([label(10, 52), label(20, 50)], 12, 400)).toEqual([65, 50]);
	});

	it('pushes a chain of labels down one after another, in any input order', () => {
		expect(separateLabels([label(10, 50), label(10, 50), label(10, 51)], 12, 400)).toEqual([
			50, 65, 80
		]);
	});

	it('tells the sides apart: a label ending at the point and one starting there do not meet', () => {
		expect(separateLabels([label(100, 50, '价格', 'end'), label(104, 50)], 12, 400)).toEqual([
			50, 50
		]);
	});

	it('moves a label off a fixed one, such as a quadrant name, which itself stays', () => {
		const quadrant = label(100, 30, '继续保持', 'end');
		expect(separateLabels([label(60, 34, '质量1')], 12, 400, [quadrant])).toEqual([45]);
	});

	it('never puts a label below the plot', () => {
		expect(separateLabels([label(10, 390), label(10, 392)], 12, 395)).toEqual([390, 395]);
	});
});
