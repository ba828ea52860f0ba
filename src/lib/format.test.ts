import { describe, expect, it } from 'vitest';
import { count, dateTime, madeOnce, percent, totalMinutes, yuan } from './format';

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

describe('madeOnce', () => {
	it('makes the value on the first call only and hands the same one back after', () => {
		let made = 0;
		const formatter = madeOnce(() => ({ serial: ++made }));
		expect(made).toBe(0);
		const first = formatter();
		expect(formatter()).toBe(first);
		expect(made).toBe(1);
	});

	it('leaves the shared formats working when made on demand', () => {
		expect(count(12345)).toBe('12,345');
		expect(yuan(1234.5)).toBe('1,234.50');
	});
});
