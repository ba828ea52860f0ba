import { describe, expect, it } from 'vitest';
import { pls } from './pls';
import { bootstrapPls } from './pls-bootstrap';
import { ACSI_MODEL, SAMPLE_TRUE_PATHS, surveySample } from './survey-sample';

describe('the seeded ACSI survey sample', () => {
	it('is the same for the same seed and different for another', () => {
		expect(surveySample(5, 20)).toEqual(surveySample(5, 20));
		expect(surveySample(6, 20).rows).not.toEqual(surveySample(5, 20).rows);
	});

	it('answers on 1–10 with one column per item', () => {
		const { columns, rows } = surveySample(1, 200);
		expect(columns).toHaveLength(17);
		expect(rows.flat().every((a) => Number.isInteger(a) && a >= 1 && a <= 10)).toBe(true);
	});

	it('lets PLS recover every true path within 0.1', () => {
		const { columns, rows } = surveySample(11, 2000);
		const result = pls(rows, columns, ACSI_MODEL);
		for (const [from, to, truth] of SAMPLE_TRUE_PATHS) {
			expect(Math.abs(result.paths[`${from}->${to}`] - truth), `${from}->${to}`).toBeLessThan(0.1);
		}
	});
});

describe('bootstrapPls', () => {
	const { columns, rows } = surveySample(3, 300);

	it('gives intervals around the estimates that cover most true paths, the same for the same seed', () => {
		const run = () => bootstrapPls(rows, columns, ACSI_MODEL, { resamples: 100, seed: 9 });
		const result = run();
		expect(result).toEqual(run());
		expect(result.failed).toBe(0);
		for (const interval of result.intervals) {
			expect(interval.lower).toBeLessThan(interval.estimate);
			expect(interval.upper).toBeGreaterThan(interval.estimate);
			expect(interval.standardError).toBeGreaterThan(0);
		}
		const covered = SAMPLE_TRUE_PATHS.filter(([from, to, truth]) => {
			const interval = result.intervals.find((i) => i.path === `${from}->${to}`);
			return interval && interval.lower <= truth && truth <= interval.upper;
		});
		// 95% intervals: all nine covering is itself only a 63% event; seven or more is 99.7%.
		expect(covered.length).toBeGreaterThanOrEqual(7);
	});

	it('reports progress after every resample', () => {
		const done: number[] = [];
		bootstrapPls(rows, columns, ACSI_MODEL, {
			resamples: 12,
			seed: 1,
			onProgress: (n) => done.push(n)
		});
		expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	it('refuses fewer than 10 resamples', () => {
		expect(() => bootstrapPls(rows, columns, ACSI_MODEL, { resamples: 5, seed: 1 })).toThrow(
			'至少需要 10 次'
		);
	});
});
