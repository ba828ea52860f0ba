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

/**
 * Every answer recorded (for live queries); questions put into the wrong-answer book by hand
 * are not answers and are left out.
 */
export const allAttempts = (db: CrmDatabase): Promise<Attempt[]> =>
	db.attempts.filter((attempt) => attempt.source !== 'wrong-book').toArray();

/** Attempts grouped by question, hand-added wrong-book entries included. For `live()`. */
export async function attemptsByQuestion(db: CrmDatabase): Promise<Map<string, Attempt[]>> {
	const byQuestion = new Map<string, Attempt[]>();
	await db.attempts.each((attempt) => {
		const list = byQuestion.get(attempt.questionId) ?? [];
		list.push(attempt);
		byQuestion.set(attempt.questionId, list);
	});
	return byQuestion;
}

/** The same grouping read once, for a page that picks questions from it and needs no updates. */
export async function readAttemptsByQuestion(): Promise<Map<string, Attempt[]>> {
	return attemptsByQuestion(await database());
}

/** Ids of the questions now in the wrong-answer book. */
export function wrongBookIds(byQuestion: Map<string, Attempt[]>): Set<string> {
	return new Set([...byQuestion].filter(([, list]) => inWrongBook(list)).map(([id]) => id));
}

export interface WrongBookEntry {
	questionId: string;
	chapter: string;
	/** What the learner answered where they chose to add it (e.g. in a mock exam), if anything. */
	response?: Response;
	order?: number[];
	now?: number;
}

/**
 * Puts a question into the wrong-answer book by hand (e.g. one guessed right in a mock exam).
 * It enters as a wrong mark would, through the attempts the book is read from, so it leaves the
 * same way: three correct days in a row. Not an answer: the review schedule is left alone.
 * Returns false when the question is already in the book (nothing is written then).
 */
export async function addToWrongBook(entry: WrongBookEntry): Promise<boolean> {
	const { questionId, chapter, response = '', order, now = Date.now() } = entry;
	const db = await database();
	return db.transaction('rw', db.attempts, async () => {
		const previous = await db.attempts.where('questionId').equals(questionId).toArray();
		if (inWrongBook(previous)) return false;
		await db.attempts.add({
			questionId,
			chapter,
			response,
			...(order ? { order } : {}),
			answeredAt: now,
			correct: false,
			source: 'wrong-book'
		});
		return true;
	});
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
