import { describe, expect, it } from 'vitest';
import { analyseFeature, classify, parseAnswer, parseKanoSurvey, type Answer } from './kano';

describe('Kano evaluation table', () => {
	it('classifies all 25 answer pairs as the published table does', () => {
		const expected = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];
		for (let f = 1; f <= 5; f++) {
			for (let d = 1; d <= 5; d++) {
				expect(classify(f as Answer, d as Answer), `${f},${d}`).toBe(expected[f - 1][d - 1]);
			}
		}
	});

	it('computes Better and Worse and the majority category for a feature', () => {
		// 4 × A (like / neutral), 3 × O (like / dislike), 2 × M (must-be / dislike), 1 × I
		const pairs: [Answer, Answer][] = [
			...Array(4).fill([1, 3]),
			...Array(3).fill([1, 5]),
			...Array(2).fill([2, 5]),
			[3, 3]
		];
		const result = analyseFeature(pairs);
		expect(result.counts).toMatchObject({ A: 4, O: 3, M: 2, I: 1 });
		expect(result.category).toBe('A');
		expect(result.better).toBeCloseTo(0.7);
		expect(result.worse).toBeCloseTo(-0.5);
	});

	it('breaks a tie in favour of the must-be category', () => {
		expect(
			analyseFeature([
				[2, 5],
				[1, 3]
			]).category
		).toBe('M');
	});

	it('reads answers as numbers or labels, and rejects others', () => {
		expect(parseAnswer(' 5 ')).toBe(5);
		expect(parseAnswer('理应如此')).toBe(2);
		expect(parseAnswer('6')).toBeNull();
		expect(parseAnswer('很喜欢')).toBeNull();
	});
});

describe('reading a Kano survey', () => {
	it('groups answer pairs by feature, skips the header and reports bad rows by line', () => {
		const survey = parseKanoSurvey(
			'功能,正向,反向\n生日祝福,1,3\n生日祝福,喜欢,无所谓\n到账速度,1，5\n\n到账速度,6,5\n,1,5\n安全验证\t2\t5\n只有两列,1'
		);
		expect(survey.features).toEqual([
			{
				name: '生日祝福',
				pairs: [
					[1, 3],
					[1, 3]
				]
			},
			{ name: '到账速度', pairs: [[1, 5]] },
			{ name: '安全验证', pairs: [[2, 5]] }
		]);
		expect(survey.problems).toEqual([
			{ line: 6, message: '正向回答「6」不是 1–5 或“喜欢/理应如此/无所谓/能忍受/不喜欢”' },
			{ line: 7, message: '缺少功能名称' },
			{ line: 9, message: '每行需要三列：功能、正向回答、反向回答' }
		]);
	});
});
