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
		expect(result[0]).toEqual({ matched: ['生命周期', '发展过程'], suggested: true, needed: 1 });
		expect(result[1]).toEqual({ matched: ['潜在客户', '数据库营销'], suggested: true, needed: 2 });
		expect(result[2]).toEqual({ matched: [], suggested: false, needed: 1 });
	});

	it('does not suggest a point when fewer than half of its keywords appear', () => {
		const result = suggestPoints('只提到了渠道。', points);
		expect(result[1]).toEqual({ matched: ['渠道'], suggested: false, needed: 2 });
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

describe('whole terms', () => {
	// As in the ICBC case: 成本利润分析 belongs to one point, 利润 to another.
	const icbc = [
		{ text: '新客户阶段', marks: 6, keywords: ['关系营销', '成本利润分析'] },
		{ text: '忠诚客户阶段', marks: 6, keywords: ['满意度', '利润'] }
	];

	it('does not count a keyword found only inside a longer keyword of the question', () => {
		const result = suggestPoints('对现有客户做成本利润分析，开展关系营销，提高满意度。', icbc);
		expect(result[0].matched).toEqual(['关系营销', '成本利润分析']);
		expect(result[1].matched).toEqual(['满意度']);
	});

	it('counts the keyword where it also stands on its own', () => {
		const result = suggestPoints('老客户带来稳定的利润；还要做成本利润分析。', icbc);
		expect(result[0].matched).toEqual(['成本利润分析']);
		expect(result[1].matched).toEqual(['利润']);
	});

	it.each([
		[['利润'], '利润率很高', ['利润']],
		[['利润', '利润率'], '利润率很高', ['利润率']],
		[['客户', '潜在客户'], '潜在客户和老客户', ['客户', '潜在客户']]
	])('keywords %j in 「%s」 match %j', (keywords, answer, expected) => {
		const points = keywords.map((keyword) => ({ text: keyword, marks: 1, keywords: [keyword] }));
		const matched = suggestPoints(answer, points).flatMap((s) => s.matched);
		expect(matched).toEqual(expected);
	});
});

describe('scoreOf', () => {
	it('adds the marks of the confirmed points', () => {
		expect(scoreOf(points, [0, 2])).toBe(5);
		expect(scoreOf(points, [])).toBe(0);
	});
});
