import { describe, expect, it } from 'vitest';
import { normaliseForMatching, scoreOf, suggestPoints } from './suggest';

const points = [
	{ text: '定义', marks: 2, keywords: ['生命周期', '发展过程'] },
	{ text: '潜在客户阶段', marks: 4, keywords: ['潜在客户', '数据库营销', '渠道'] },
	{ text: '让渡价值', marks: 3, keywords: ['让渡价值'] }
];

describe('normaliseForMatching', () => {
	it('folds full-width characters and case and drops spaces and punctuation', () => {
		expect(normaliseForMatching('ＣＲＭ 是，一种“理念”！')).toBe('crm是一种理念');
	});
});

describe('suggestPoints', () => {
	it('suggests a point when at least half of its keywords appear', () => {
		const answer = '客户生命周期是指客户关系的发展过程。潜在客户阶段，银行用数据库营销吸引客户。';
		const result = suggestPoints(answer, points);
		expect(result[0]).toEqual({ matched: ['生命周期', '发展过程'], suggested: true });
		expect(result[1]).toEqual({ matched: ['潜在客户', '数据库营销'], suggested: true });
		expect(result[2]).toEqual({ matched: [], suggested: false });
	});

	it('does not suggest a point when fewer than half of its keywords appear', () => {
		const result = suggestPoints('只提到了渠道。', points);
		expect(result[1]).toEqual({ matched: ['渠道'], suggested: false });
	});

	it('matches a longer term written with a character inserted', () => {
		expect(suggestPoints('提高顾客让渡的价值', points)[2].suggested).toBe(true);
	});

	it('does not match a term from characters scattered across the answer', () => {
		const scattered = '让我们谈谈渡口。很久以后，价格和价值都变了。';
		expect(suggestPoints(scattered, points)[2].suggested).toBe(false);
	});

	it('ignores punctuation and full-width letters in the answer', () => {
		const list = [{ text: 'RFM', marks: 1, keywords: ['RFM'] }];
		expect(suggestPoints('用 Ｒ．Ｆ．Ｍ 三个指标', list)[0].suggested).toBe(true);
	});
});

describe('scoreOf', () => {
	it('adds the marks of the confirmed points', () => {
		expect(scoreOf(points, [0, 2])).toBe(5);
		expect(scoreOf(points, [])).toBe(0);
	});
});
