import { describe, expect, it } from 'vitest';
import { journalledText, journalMatches, textDigest, textEdit, type JournalEntry } from './journal';

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

describe('textEdit', () => {
	it.each([
		['typing at the end', '客户价值', '客户价值高', { head: 4, tail: 0, middle: '高' }],
		['typing in the middle', '客户价值', '客户的价值', { head: 2, tail: 2, middle: '的' }],
		['deleting', '客户价值', '客值', { head: 1, tail: 1, middle: '' }],
		['replacing all', 'abc', 'xyz', { head: 0, tail: 0, middle: 'xyz' }],
		// The kept end may not overlap the kept start: "aa" → "aaa" adds one "a".
		['repeated letters', 'aa', 'aaa', { head: 2, tail: 0, middle: 'a' }]
	])('%s', (_, from, to, edit) => {
		expect(textEdit(from, to)).toEqual(edit);
	});
});

describe('journalledText', () => {
	const entry = (fields: Partial<JournalEntry>): JournalEntry => ({
		ref: { kind: 'note', chapter: 'loyalty' },
		at: 1,
		owner: 'o',
		seq: 1,
		...fields
	});

	it('rebuilds edits over the base, or over the in-flight text when that committed', () => {
		const edits = entry({
			baseEdit: textEdit('客户', '客户价值'),
			base: '客户',
			inflightEdit: textEdit('客户价', '客户价值'),
			inflight: '客户价'
		});
		expect(journalledText(edits, '客户')).toEqual({ text: '客户价值', ours: true });
		expect(journalledText(edits, '客户价')).toEqual({ text: '客户价值', ours: true });
		expect(journalledText(edits, '别的')).toBeNull();
	});

	it('refuses an edit that does not fit the text it is applied to', () => {
		const edit = entry({
			baseEdit: { head: 5, tail: 5, middle: 'x' },
			baseDigest: textDigest('abc')
		});
		expect(journalledText(edit, 'abc')).toBeNull();
	});

	it('gives a full text with whether it was typed over the record', () => {
		expect(journalledText(entry({ text: '新', base: '旧' }), '旧')).toEqual({
			text: '新',
			ours: true
		});
		expect(journalledText(entry({ text: '新', base: '旧' }), '别')).toEqual({
			text: '新',
			ours: false
		});
	});
});
