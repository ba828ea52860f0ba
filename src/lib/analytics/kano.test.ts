import { describe, expect, it } from 'vitest';
import { analyseFeature, classify, parseAnswer, type Answer } from './kano';

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
