import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scalePoint } from 'd3';
import { rangeMiddle, tickPosition, tickValues } from './axis-scale';

const linear = scaleLinear().domain([0, 100]).range([40, 240]);
const band = scaleBand<string>().domain(['甲', '乙', '丙', '丁']).range([0, 400]);
const point = scalePoint<number>().domain([0, 1, 2]).range([0, 200]);

describe('tickValues', () => {
	it('asks a linear scale for about the requested number of nice ticks', () => {
		expect(tickValues(linear, 5)).toEqual([0, 20, 40, 60, 80, 100]);
	});

	it('marks every band of a band scale whatever count is asked for', () => {
		expect(tickValues(band, 2)).toEqual(['甲', '乙', '丙', '丁']);
	});

	it('keeps an explicit list as given, including an empty one', () => {
		expect(tickValues(linear, [0, 60, 100])).toEqual([0, 60, 100]);
		expect(tickValues(linear, [])).toEqual([]);
	});
});

describe('tickPosition', () => {
	it('puts a linear tick at the scaled value', () => {
		expect(tickPosition(linear, 50)).toBe(140);
	});

	it('puts a band tick in the middle of its band', () => {
		expect(tickPosition(band, '乙')).toBe(150);
	});

	it('puts a point tick on the point (a point scale has zero-width bands)', () => {
		expect(tickPosition(point, 1)).toBe(100);
	});
});

describe('rangeMiddle', () => {
	it.each([
		['an increasing range', scaleLinear().range([40, 240]), 140],
		['a reversed (vertical) range', scaleLinear().range([300, 20]), 160]
	])('centres the axis title on %s', (_, scale, expected) => {
		expect(rangeMiddle(scale)).toBe(expected);
	});
});
