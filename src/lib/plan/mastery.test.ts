import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { retrievability, review } from '../practice/review';
import { masteryByTopic, masteryLevel, PRIOR } from './mastery';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 1);
const questions = [
	{ id: 'q1', topics: ['rfm'] },
	{ id: 'q2', topics: ['rfm', 'pareto'] },
	{ id: 'q3', topics: ['kano'], case: 'xerox' }
];
const input = (
	cards: ReturnType<typeof review>[],
	caseShares: { caseId: string; share: number }[] = []
) => ({
	topics: ['rfm', 'pareto', 'kano', 'acsi'],
	questions,
	cards,
	caseShares
});

describe('masteryByTopic', () => {
	it('keeps the Beta(2, 2) prior for a point nobody has practised', () => {
		const acsi = masteryByTopic(input([]), now).get('acsi');
		expect(acsi).toEqual({
			topic: 'acsi',
			alpha: PRIOR.alpha,
			beta: PRIOR.beta,
			mean: 0.5,
			evidence: 0
		});
		expect(masteryLevel(acsi!)).toBe('未学');
	});

	it("counts a card as its predicted recall on the exam day, split over the question's points", () => {
		const card = review('q2', undefined, Rating.Good, now);
		const examAt = now + 30 * DAY;
		const recall = retrievability(card, examAt);
		expect(recall).toBeGreaterThan(0.3);
		expect(recall).toBeLessThan(1);
		const pareto = masteryByTopic(input([card]), examAt).get('pareto');
		expect(pareto?.alpha).toBeCloseTo(PRIOR.alpha + recall / 2, 12);
		expect(pareto?.beta).toBeCloseTo(PRIOR.beta + (1 - recall) / 2, 12);
		expect(pareto?.evidence).toBe(0.5);
	});

	it('ranks a right answer above a wrong one and recall fades the further away the exam is', () => {
		const right = review('q1', undefined, Rating.Good, now);
		const wrong = review('q1', undefined, Rating.Again, now);
		const soon = masteryByTopic(input([right]), now + DAY).get('rfm')!.mean;
		const late = masteryByTopic(input([right]), now + 60 * DAY).get('rfm')!.mean;
		const missed = masteryByTopic(input([wrong]), now + DAY).get('rfm')!.mean;
		expect(soon).toBeGreaterThan(late);
		expect(soon).toBeGreaterThan(missed);
	});

	it("counts a self-marked case answer for the points of the case's bank questions", () => {
		const kano = masteryByTopic(input([], [{ caseId: 'xerox', share: 0.75 }]), now).get('kano');
		expect(kano).toMatchObject({ alpha: 2.75, beta: 2.25, evidence: 1 });
	});

	it('grades mastery into levels once there is evidence', () => {
		const level = (alpha: number, beta: number) =>
			masteryLevel({ topic: 't', alpha, beta, mean: alpha / (alpha + beta), evidence: 3 });
		expect([level(2, 4), level(3, 2), level(9, 2)]).toEqual(['薄弱', '一般', '掌握']);
	});
});
