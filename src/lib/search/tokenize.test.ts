import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeQuery } from './tokenize';

describe('search tokens', () => {
	it('keeps the character pairs of a Chinese run so any two adjacent characters match', () => {
		const tokens = tokenize('顾客让渡价值');
		for (const pair of ['顾客', '客让', '让渡', '渡价', '价值']) expect(tokens).toContain(pair);
	});

	it('lower-cases acronyms so CRM matches crm', () => {
		expect(tokenize('CRM 系统')).toContain('crm');
		expect(tokenizeQuery('Crm')).toEqual(['crm']);
	});

	it('turns a Chinese query into its character pairs', () => {
		expect(tokenizeQuery('忠诚度')).toEqual(['忠诚', '诚度']);
	});

	it('keeps a single Chinese character as a token', () => {
		expect(tokenizeQuery('值')).toEqual(['值']);
	});

	it('mixes Latin and Chinese in one query', () => {
		expect(tokenizeQuery('RFM 分析')).toEqual(['rfm', '分析']);
	});
});
