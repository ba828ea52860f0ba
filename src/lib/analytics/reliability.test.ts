import { describe, expect, it } from 'vitest';
import { ModelError } from './model-error';
import { alphaIfItemDeleted, cronbachAlpha } from './reliability';

// Item variances 1.3, 1.0 and 1.7; totals 13, 8, 15, 8, 13 with variance 10.3.
const answers = [
	[4, 5, 4],
	[3, 3, 2],
	[5, 5, 5],
	[2, 3, 3],
	[4, 4, 5]
];

describe("Cronbach's α", () => {
	it('is k/(k−1)·(1 − Σ item variances / total variance) with sample variances (hand-computed)', () => {
		expect(cronbachAlpha(answers)).toBeCloseTo(1.5 * (1 - 4 / 10.3), 12);
	});

	it('recomputes α with each item left out in turn', () => {
		const [without1, without2, without3] = alphaIfItemDeleted(answers);
		// Items 2 and 3: variances 1.0 and 1.7, totals 9, 5, 10, 6, 9 with variance 4.7.
		expect(without1).toBeCloseTo(2 * (1 - 2.7 / 4.7), 12);
		expect(without2).toBeCloseTo(0.8679245283, 9);
		expect(without3).toBeCloseTo(0.9302325581, 9);
	});

	it('is NaN when every respondent has the same total', () => {
		expect(
			cronbachAlpha([
				[1, 2],
				[2, 1]
			])
		).toBeNaN();
	});

	it.each([
		[[[1], [2]], '两个题项'],
		[[[1, 2]], '两份完整的答卷']
	])('refuses too little data', (rows, message) => {
		expect(() => cronbachAlpha(rows)).toThrow(ModelError);
		expect(() => cronbachAlpha(rows)).toThrow(message);
	});
});
