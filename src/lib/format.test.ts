import { describe, expect, it } from 'vitest';
import { dateTime, percent, totalMinutes } from './format';

describe('percent', () => {
	it.each([
		[0.8, 1, '80.0%'],
		[0.12345, 2, '12.35%'],
		[1, 0, '100%']
	])('writes %f with %i decimals as %s', (share, digits, text) => {
		expect(percent(share, digits)).toBe(text);
	});
});

describe('dateTime', () => {
	it('shows date and 24-hour time without seconds', () => {
		const text = dateTime(new Date(2026, 11, 1, 21, 5, 30).getTime());
		expect(text).toContain('2026');
		expect(text).toContain('21:05');
		expect(text).not.toContain(':30');
	});
});

describe('values that are no time or duration at all', () => {
	it.each([[Number.NaN], [1e300], [-9e15], ['garbage' as unknown as number]])(
		'shows %j as 时间无效 instead of throwing',
		(ms) => {
			expect(dateTime(ms)).toBe('时间无效');
		}
	);

	it('adds up minutes, leaving out durations that cannot be real', () => {
		expect(totalMinutes([60_000, 120_000, 1e308, -5, Number.NaN, 'x'])).toBe(3);
	});
});
