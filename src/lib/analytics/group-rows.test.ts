import { describe, expect, it } from 'vitest';
import { groupIdenticalRows } from './group-rows';

const columns = (...rows: number[][]) =>
	rows[0].map((_, c) => Float64Array.from(rows, (row) => row[c]));

describe('groupIdenticalRows', () => {
	it('merges rows equal in every column and counts them, sorted by the columns in order', () => {
		const grouped = groupIdenticalRows(
			columns([2, 5.5, 9], [0, 0, 30], [2, 5.5, 9], [0, 0, 12], [0, 0, 30], [2, 5.25, 9])
		);
		expect(grouped.columns.map((column) => Array.from(column))).toEqual([
			[0, 0, 2, 2],
			[0, 0, 5.25, 5.5],
			[12, 30, 9, 9]
		]);
		expect(Array.from(grouped.count)).toEqual([1, 2, 1, 2]);
	});

	it('keeps rows that differ only in the last column apart', () => {
		const grouped = groupIdenticalRows(columns([1, 2, 3.000001], [1, 2, 3]));
		expect(Array.from(grouped.count)).toEqual([1, 1]);
	});

	it('gives no rows for no customers', () => {
		const grouped = groupIdenticalRows([new Float64Array(0), new Float64Array(0)]);
		expect(grouped.count).toHaveLength(0);
		expect(grouped.columns).toHaveLength(2);
	});
});
