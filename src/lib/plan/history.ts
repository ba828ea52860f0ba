/**
 * The learner's review cards as they stood at an earlier time, rebuilt from the review log: each
 * log entry keeps the card from before its review, so a card's state at time T is the `previous`
 * of its first review after T (none: the card did not exist yet), or today's card when it has not
 * been reviewed since. Lets the plan say how the predicted score moved without storing it daily.
 */
import type { StoredCard } from '../practice/review';

export interface LoggedReview {
	questionId: string;
	reviewedAt: number;
	previous: StoredCard | null;
}

export function cardsAt(cards: StoredCard[], logs: LoggedReview[], at: number): StoredCard[] {
	const firstAfter = new Map<string, LoggedReview>();
	for (const log of logs) {
		if (log.reviewedAt <= at) continue;
		const seen = firstAfter.get(log.questionId);
		if (!seen || log.reviewedAt < seen.reviewedAt) firstAfter.set(log.questionId, log);
	}
	return cards.flatMap((card) => {
		const log = firstAfter.get(card.questionId);
		if (!log) return [card];
		return log.previous ? [log.previous] : [];
	});
}
