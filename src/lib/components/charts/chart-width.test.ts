import { describe, expect, it } from 'vitest';
import {
	clipText,
	fitWidth,
	labelStride,
	legendLayout,
	legendRowCount,
	MIN_CHART_WIDTH,
	textWidth
} from './chart-width';

describe('fitWidth', () => {
	it('uses the design width until the page has measured the frame', () => {
		expect(fitWidth(undefined, 640)).toBe(640);
		expect(fitWidth(0, 640)).toBe(640);
	});

	it('narrows to the frame on a phone, never below the minimum nor above the design', () => {
		expect(fitWidth(309.4, 640)).toBe(309);
		expect(fitWidth(200, 640)).toBe(MIN_CHART_WIDTH);
		expect(fitWidth(1100, 640)).toBe(640);
	});
});

describe('labelStride', () => {
	it('keeps every label when there is room', () => {
		expect(labelStride(500, 11, 40)).toBe(1);
	});

	it('thins 24 period labels on a 250 px axis to every third (23 gaps × 30 px / 250 px)', () => {
		expect(labelStride(250, 24, 30)).toBe(3);
	});

	it('has nothing to thin for one label or an empty axis', () => {
		expect(labelStride(100, 1, 30)).toBe(1);
		expect(labelStride(0, 5, 30)).toBe(1);
	});
});

describe('textWidth', () => {
	it('counts a Chinese character as one em and a digit as 0.6', () => {
		expect(textWidth('第12期', 10)).toBeCloseTo(10 + 6 + 6 + 10);
	});
});

describe('legendLayout', () => {
	const names = ['潜在客户', '新客户', '忠诚客户', '新业务的新客户'];

	it('keeps one row at the given step when everything fits', () => {
		expect(legendLayout(names, 60, 120, 16, 640)).toEqual([
			{ left: 60, row: 0 },
			{ left: 180, row: 0 },
			{ left: 300, row: 0 },
			{ left: 420, row: 0 }
		]);
	});

	it('wraps entries at their own widths on a narrow chart', () => {
		// 潜在客户 takes 16 + 48 = 64 px and a 14 px gap: 新客户 starts at 78 and ends at 78 + 52 = 130.
		const slots = legendLayout(names, 0, 120, 16, 200);
		expect(slots).toEqual([
			{ left: 0, row: 0 },
			{ left: 78, row: 0 },
			{ left: 0, row: 1 },
			{ left: 78, row: 1 }
		]);
		expect(legendRowCount(names, 0, 120, 16, 200)).toBe(2);
	});

	it('puts an entry wider than the room on a row of its own', () => {
		expect(legendLayout(['一个非常非常长的图例名称'], 10, 100, 16, 50)).toEqual([
			{ left: 10, row: 0 }
		]);
	});
});

describe('clipText', () => {
	it.each([
		// 客户价值 is 4 × 13 = 52 px.
		['a label that fits stays whole', '客户价值', 52, '客户价值'],
		['a longer one ends in an ellipsis that fits', '客户价值矩阵', 52, '客户价…'],
		['Latin letters and the ellipsis count 0.6 em', 'ACSI 模型', 40, 'ACSI…'],
		['no room leaves the ellipsis alone', '客户价值', 5, '…']
	])('%s', (_, text, room, clipped) => {
		expect(clipText(text, 13, room)).toBe(clipped);
	});
});
