import { describe, expect, it } from 'vitest';
import { accuracyBy, weakestTopics } from './stats';

const answers = [
	{ questionId: 'a', chapter: 'loyalty', correct: true },
	{ questionId: 'a', chapter: 'loyalty', correct: false },
	{ questionId: 'b', chapter: 'loyalty', correct: false },
	{ questionId: 'c', chapter: 'satisfaction', correct: true },
	{ questionId: 'c', chapter: 'satisfaction', correct: null }
];
const topicsOf: Record<string, string[]> = {
	a: ['loyalty-types'],
	b: ['loyalty-types', 'loyalty-economics'],
	c: ['kano']
};

describe('accuracy', () => {
	it('counts right answers per chapter, skipping unmarked ones', () => {
		expect(accuracyBy(answers, (a) => [a.chapter])).toEqual([
			{ key: 'loyalty', correct: 1, total: 3, rate: 1 / 3 },
			{ key: 'satisfaction', correct: 1, total: 1, rate: 1 }
		]);
	});

	it('counts an answer for each of its topics', () => {
		const byTopic = accuracyBy(answers, (a) => topicsOf[a.questionId]);
		expect(byTopic.find((t) => t.key === 'loyalty-types')).toMatchObject({ correct: 1, total: 3 });
		expect(byTopic.find((t) => t.key === 'loyalty-economics')).toMatchObject({
			correct: 0,
			total: 1
		});
	});

	it('ranks the weakest topics among those answered often enough', () => {
		const byTopic = [
			{ key: 'x', correct: 0, total: 1, rate: 0 },
			{ key: 'y', correct: 1, total: 4, rate: 0.25 },
			{ key: 'z', correct: 3, total: 4, rate: 0.75 },
			{ key: 'w', correct: 1, total: 3, rate: 1 / 3 }
		];
		expect(weakestTopics(byTopic, 2).map((t) => t.key)).toEqual(['y', 'w']);
	});
});
