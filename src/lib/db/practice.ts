/**
 * Answers to bank questions. Recording an answer also schedules its review card and logs the
 * review, in one transaction, so the attempt history, the 错题本 and the review queue agree.
 */
import { database, type CrmDatabase } from './database';
import type { Attempt, AttemptSource } from './schema';
import { ratingFor, review } from '$lib/practice/review';
import { inWrongBook } from '$lib/practice/wrong-book';
import type { Response } from '$lib/practice/grade';

export interface AnswerInput {
	questionId: string;
	chapter: string;
	/** File letters for choice questions, whatever letters the learner saw. */
	response: Response;
	/** Choice questions: the option order shown (see Attempt.order). */
	order?: number[];
	/** null for a written answer not self-marked. */
	correct: boolean | null;
	unsure?: boolean;
	score?: number;
	maxScore?: number;
	source: AttemptSource;
	now?: number;
}

export async function recordAnswer(input: AnswerInput): Promise<number> {
	const db = await database();
	return db.transaction('rw', [db.attempts, db.reviewCards, db.reviewLogs], () =>
		recordAnswerIn(db, input)
	);
}

/**
 * The writes of recordAnswer, for a caller that already holds a transaction over attempts,
 * reviewCards and reviewLogs (e.g. handing in a mock exam records every answer at once).
 */
export async function recordAnswerIn(db: CrmDatabase, input: AnswerInput): Promise<number> {
	const { now = Date.now(), ...fields } = input;
	const id = (await db.attempts.add({ ...fields, answeredAt: now })) as number;
	if (input.correct !== null) {
		const previous = await db.reviewCards.get(input.questionId);
		const rating = ratingFor(input.correct, input.unsure ?? false);
		await db.reviewCards.put(review(input.questionId, previous, rating, now));
		await db.reviewLogs.add({
			questionId: input.questionId,
			reviewedAt: now,
			rating,
			previous: previous ?? null
		});
	}
	return id;
}

/** Takes back the latest review of a question: the card returns to how it was before. */
export async function undoLastReview(questionId: string): Promise<boolean> {
	const db = await database();
	return db.transaction('rw', [db.reviewCards, db.reviewLogs], async () => {
		const [last] = await db.reviewLogs
			.where('questionId')
			.equals(questionId)
			.reverse()
			.sortBy('reviewedAt');
		if (last?.id === undefined) return false;
		if (last.previous) await db.reviewCards.put(last.previous);
		else await db.reviewCards.delete(questionId);
		await db.reviewLogs.delete(last.id);
		return true;
	});
}

/** Attempts grouped by question. For `live()`. */
/** Every answer recorded (for live queries). */
export const allAttempts = (db: CrmDatabase): Promise<Attempt[]> => db.attempts.toArray();

export async function attemptsByQuestion(db: CrmDatabase): Promise<Map<string, Attempt[]>> {
	const byQuestion = new Map<string, Attempt[]>();
	await db.attempts.each((attempt) => {
		const list = byQuestion.get(attempt.questionId) ?? [];
		list.push(attempt);
		byQuestion.set(attempt.questionId, list);
	});
	return byQuestion;
}

/** Ids of the questions now in the wrong-answer book. */
export function wrongBookIds(byQuestion: Map<string, Attempt[]>): Set<string> {
	return new Set([...byQuestion].filter(([, list]) => inWrongBook(list)).map(([id]) => id));
}

/** Due times of all review cards. For `live()`. */
export async function reviewDues(db: CrmDatabase): Promise<number[]> {
	return (await db.reviewCards.toArray()).map((card) => card.due);
}

/** Question ids whose cards are due by `until`, most overdue first. */
export async function dueQuestionIds(until: number): Promise<string[]> {
	const db = await database();
	const cards = await db.reviewCards.where('due').belowOrEqual(until).sortBy('due');
	return cards.map((card) => card.questionId);
}
