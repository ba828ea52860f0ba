import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import type { Question } from '../content/schema';
import { answerLabel, isCorrect } from './grade';
import { dueToday, forecast, ratingFor, review } from './review';
import { pickDrill } from './select';
import { correctDaysSinceLastWrong, inWrongBook } from './wrong-book';

const base = { chapter: 'loyalty', topics: ['loyalty-types'], difficulty: 1, explanation: '解析' };
const single = {
	...base,
	id: 's',
	type: 'single',
	stem: '题',
	options: ['a', 'b', 'c', 'd'],
	answer: 'B'
} as Question;
const multiple = {
	...base,
	id: 'm',
	type: 'multiple',
	stem: '题',
	options: ['a', 'b', 'c', 'd'],
	answer: ['A', 'C']
} as Question;
const judge = { ...base, id: 't', type: 'truefalse', stem: '题', answer: false } as Question;

describe('isCorrect', () => {
	it('marks a single choice by its letter', () => {
		expect(isCorrect(single, 'B')).toBe(true);
		expect(isCorrect(single, 'C')).toBe(false);
	});

	it('needs every correct letter and no extra one in a multiple choice, in any order', () => {
		expect(isCorrect(multiple, ['C', 'A'])).toBe(true);
		expect(isCorrect(multiple, ['A'])).toBe(false);
		expect(isCorrect(multiple, ['A', 'B', 'C'])).toBe(false);
	});

	it('marks true/false', () => {
		expect(isCorrect(judge, false)).toBe(true);
		expect(isCorrect(judge, true)).toBe(false);
	});

	it('labels the key as learners read it', () => {
		expect([answerLabel(single), answerLabel(multiple), answerLabel(judge)]).toEqual([
			'B',
			'A、C',
			'错'
		]);
	});
});

const DAY = 86_400_000;
const noon = new Date(2026, 10, 25, 12).getTime();

describe('spaced repetition', () => {
	it('rates wrong as Again, unsure as Hard and sure as Good', () => {
		expect([ratingFor(false, false), ratingFor(true, true), ratingFor(true, false)]).toEqual([
			Rating.Again,
			Rating.Hard,
			Rating.Good
		]);
	});

	it('brings a wrong answer back sooner than a sure right one', () => {
		const wrong = review('q', undefined, Rating.Again, noon);
		const right = review('q', undefined, Rating.Good, noon);
		expect(wrong.due).toBeLessThan(right.due);
		expect(wrong.due - noon).toBeLessThanOrEqual(DAY);
	});

	it('spaces a card further out after each good review', () => {
		let card = review('q', undefined, Rating.Good, noon);
		const first = card.due - noon;
		card = review('q', card, Rating.Good, card.due);
		card = review('q', card, Rating.Good, card.due);
		const previousDue = card.due;
		card = review('q', card, Rating.Good, card.due);
		expect(card.due - previousDue).toBeGreaterThan(first);
		expect(card.state.reps).toBe(4);
	});

	it('counts due cards per day for 14 days, overdue ones today', () => {
		const counts = forecast([noon - 3 * DAY, noon + 1000, noon + DAY, noon + 20 * DAY], noon);
		expect(counts).toHaveLength(14);
		expect(counts.slice(0, 3)).toEqual([2, 1, 0]);
		expect(counts.reduce((a, b) => a + b)).toBe(3);
		expect(dueToday([noon - DAY, noon + 2 * DAY], noon)).toBe(1);
	});
});

describe('wrong-answer book', () => {
	const at = (day: number, correct: boolean | null, hour = 12) => ({
		answeredAt: new Date(2026, 10, day, hour).getTime(),
		correct
	});

	it('holds a question answered wrong', () => {
		expect(inWrongBook([at(1, true), at(2, false)])).toBe(true);
		expect(inWrongBook([at(1, true)])).toBe(false);
	});

	it('lets it go after three right answers on three different days', () => {
		const twoDays = [at(1, false), at(2, true), at(2, true, 15), at(3, true)];
		expect(correctDaysSinceLastWrong(twoDays)).toBe(2);
		expect(inWrongBook(twoDays)).toBe(true);
		expect(inWrongBook([...twoDays, at(4, true)])).toBe(false);
	});

	it('starts counting again after a new wrong answer, and ignores unmarked answers', () => {
		const answers = [
			at(1, false),
			at(2, true),
			at(3, true),
			at(4, false),
			at(5, true),
			at(6, null)
		];
		expect(correctDaysSinceLastWrong(answers)).toBe(1);
		expect(inWrongBook(answers)).toBe(true);
	});
});

describe('pickDrill', () => {
	const bank = Array.from({ length: 30 }, (_, i) => ({
		...single,
		id: `q${i}`,
		chapter: i < 10 ? 'loyalty' : 'satisfaction',
		topics: [i % 2 ? 'kano' : 'acsi']
	})) as Question[];
	const history = { answered: new Set(['q1', 'q2']), wrong: new Set(['q2', 'q15']) };

	it('draws from one chapter, shuffled reproducibly, at most count', () => {
		const drill = pickDrill(
			bank,
			{ mode: 'chapter', chapter: 'loyalty', count: 5, seed: 7 },
			history
		);
		expect(drill).toHaveLength(5);
		expect(drill.every((q) => q.chapter === 'loyalty')).toBe(true);
		const again = pickDrill(
			bank,
			{ mode: 'chapter', chapter: 'loyalty', count: 5, seed: 7 },
			history
		);
		expect(again.map((q) => q.id)).toEqual(drill.map((q) => q.id));
	});

	it('draws only wrong or only new questions', () => {
		const wrong = pickDrill(bank, { mode: 'wrong', count: 10, seed: 1 }, history);
		expect(wrong.map((q) => q.id).sort()).toEqual(['q15', 'q2']);
		const fresh = pickDrill(bank, { mode: 'new', count: 50, seed: 1 }, history);
		expect(fresh).toHaveLength(28);
	});

	it('draws by topic', () => {
		const drill = pickDrill(bank, { mode: 'topic', topic: 'kano', count: 50, seed: 3 }, history);
		expect(drill).toHaveLength(15);
	});
});
