import { describe, expect, it } from 'vitest';
import { formatDay, parseAmount, parseDay } from './values';

describe('dates', () => {
	it('reads the common spellings of one day as the same day number', () => {
		const day = parseDay('2024-01-05');
		expect(day).not.toBeNull();
		for (const text of [
			'2024/1/5',
			'2024.1.5',
			'20240105',
			'2024年1月5日',
			'2024-01-05 13:45',
			'45296',
			'２０２４-０１-０５'
		]) {
			expect(parseDay(text), text).toBe(day);
		}
		expect(formatDay(day as number)).toBe('2024-01-05');
	});

	it('rejects impossible or unreadable dates', () => {
		for (const text of ['2024-13-45', '2023-02-29', '昨天', '', '2024-1', '123'])
			expect(parseDay(text), text).toBeNull();
	});
});

describe('amounts', () => {
	it('reads separators, currency signs, brackets and full-width digits', () => {
		expect(parseAmount('1,234.50')).toBe(1234.5);
		expect(parseAmount('¥-3')).toBe(-3);
		expect(parseAmount('￥12')).toBe(12);
		expect(parseAmount('(12.00)')).toBe(-12);
		expect(parseAmount('１２３')).toBe(123);
		expect(parseAmount('88元')).toBe(88);
	});

	it('rejects text that is not a number', () => {
		for (const text of ['abc', '', '1.2.3', '12-']) expect(parseAmount(text), text).toBeNull();
	});
});
