import { describe, expect, it } from 'vitest';
import { compareDerl } from './derl-comparison';

describe('compareDerl', () => {
	it.each([
		[3.2, 4.1, 'overestimates', 0.9],
		[6.5, 4.1, 'underestimates', 2.4],
		[4.1, 4.1, 'same', 0],
		[4.1, 4.104, 'same', 0]
	] as const)(
		'sBG %d vs constant %d: the constant rate %s by %d',
		(sbg, constant, direction, gap) => {
			const result = compareDerl(sbg, constant);
			expect(result.direction).toBe(direction);
			expect(result.gap).toBeCloseTo(gap, 10);
		}
	);
});
