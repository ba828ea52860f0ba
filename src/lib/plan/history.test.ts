import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { review } from '../practice/review';
import { cardsAt } from './history';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 10, 1);

describe('cardsAt', () => {
	const first = review('q1', undefined, Rating.Again, t0);
	const second = review('q1', first, Rating.Good, t0 + 5 * DAY);
	const other = review('q2', undefined, Rating.Good, t0 + 10 * DAY);
	const cards = [second, other];
	const logs = [
		{ questionId: 'q1', reviewedAt: t0, previous: null },
		{ questionId: 'q1', reviewedAt: t0 + 5 * DAY, previous: first },
		{ questionId: 'q2', reviewedAt: t0 + 10 * DAY, previous: null }
	];

	it.each([
		['before any review: no cards', t0 - 1, []],
		['after the first review of q1 only', t0 + DAY, [first]],
		['after the second review of q1, before q2 was answered', t0 + 6 * DAY, [second]],
		['today: the stored cards', t0 + 20 * DAY, [second, other]]
	])('%s', (_, at, expected) => {
		expect(cardsAt(cards, logs, at)).toEqual(expected);
	});
});
