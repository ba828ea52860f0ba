import { describe, expect, it } from 'vitest';
import { journalMatches, textDigest } from './journal';

describe('textDigest', () => {
	it('gives the same digest for the same text and a different one for a one-character change', () => {
		const long = '客户关系'.repeat(50_000);
		expect(textDigest(long)).toBe(textDigest(`${long}`));
		expect(textDigest(long)).not.toBe(textDigest(`${long.slice(0, -1)}系`.replace(/^客/, '顾')));
		expect(textDigest(long)).not.toBe(textDigest(`${long.slice(0, -1)}x`));
		expect(textDigest(long)).toMatch(/^200000:[0-9a-z]+$/);
	});
});

describe('journalMatches', () => {
	it.each([
		['full text equal', 'abc', 'abc', undefined, true],
		['full text different', 'abc', 'abd', undefined, false],
		['digest equal', 'abc', undefined, textDigest('abc'), true],
		['digest of another text', 'abc', undefined, textDigest('abd'), false],
		['nothing to compare with', 'abc', undefined, undefined, false]
	])('%s', (_name, current, full, digest, expected) => {
		expect(journalMatches(current, full, digest)).toBe(expected);
	});
});
