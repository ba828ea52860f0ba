import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlighting a query in a result', () => {
	it('marks every occurrence, ignoring case', () => {
		expect(highlightParts('CRM 与 crm 系统', 'crm')).toEqual([
			{ text: 'CRM', match: true },
			{ text: ' 与 ', match: false },
			{ text: 'crm', match: true },
			{ text: ' 系统', match: false }
		]);
	});

	it('marks each word of a query with spaces', () => {
		expect(highlightParts('客户忠诚与客户满意', '忠诚 满意').filter((p) => p.match)).toEqual([
			{ text: '忠诚', match: true },
			{ text: '满意', match: true }
		]);
	});

	it('treats regular-expression characters in the query as text', () => {
		expect(highlightParts('80/20 (帕累托)', '(帕累托)')).toEqual([
			{ text: '80/20 ', match: false },
			{ text: '(帕累托)', match: true }
		]);
	});
});
