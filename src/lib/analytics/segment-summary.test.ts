import { describe, expect, it } from 'vitest';
import type { RfmInput } from './rfm';
import { scoreGrid, summarizeSegments } from './segment-summary';

const customers: RfmInput[] = [
	{ id: 'a', recencyDays: 2, frequency: 4, monetary: 600 },
	{ id: 'b', recencyDays: 10, frequency: 2, monetary: 300 },
	{ id: 'c', recencyDays: 30, frequency: 1, monetary: 100 },
	{ id: 'd', recencyDays: 40, frequency: 1, monetary: 0 }
];

describe('summarizeSegments', () => {
	const segmentOf = (c: RfmInput) => (c.monetary >= 300 ? 'big' : 'small');

	it('counts, shares and averages each segment, in the given order, keeping empty ones', () => {
		const rows = summarizeSegments(customers, segmentOf, ['small', 'none', 'big'] as const);
		expect(rows.map((r) => r.segment)).toEqual(['small', 'none', 'big']);
		expect(rows[2]).toEqual({
			segment: 'big',
			customers: 2,
			customerShare: 0.5,
			valueShare: 0.9,
			value: 900,
			averageRecencyDays: 6,
			averageFrequency: 3,
			averageMonetary: 450
		});
		expect(rows[0]).toMatchObject({ customers: 2, valueShare: 0.1, averageRecencyDays: 35 });
		expect(rows[1]).toMatchObject({
			customers: 0,
			customerShare: 0,
			valueShare: 0,
			averageMonetary: 0
		});
	});

	it('gives zero value shares when the total value is not positive', () => {
		const refunds = [{ id: 'x', recencyDays: 1, frequency: 1, monetary: -5 }];
		expect(summarizeSegments(refunds, () => 'all', ['all'])[0].valueShare).toBe(0);
	});

	it('refuses a segment that is not in the order, rather than dropping customers', () => {
		expect(() => summarizeSegments(customers, () => 'other', ['big'] as string[])).toThrow(
			'segment not in order'
		);
	});
});

describe('scoreGrid', () => {
	it.each([
		[[{ r: 1, f: 1 }], 0, 0, 1],
		[
			[
				{ r: 5, f: 3 },
				{ r: 5, f: 3 },
				{ r: 1, f: 5 }
			],
			4,
			2,
			2
		],
		[
			[
				{ r: 5, f: 3 },
				{ r: 1, f: 5 }
			],
			0,
			4,
			1
		]
	])('puts customers in the cell of their R and F scores (%#)', (input, row, column, count) => {
		const grid = scoreGrid(input);
		expect(grid[row][column]).toBe(count);
		expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(input.length);
	});
});
