import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';

describe('seededRandom', () => {
	it('repeats for a seed and stays in [0, 1)', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const values = Array.from({ length: 1000 }, () => a());
		expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
		expect(seededRandom(43)()).not.toBe(seededRandom(42)());
	});
});
