import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import {
	attemptsByQuestion,
	dueQuestionIds,
	recordAnswer,
	reviewDues,
	undoLastReview,
	wrongBookIds
} from './practice';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

const noon = new Date(2026, 10, 25, 12).getTime();
const answer = (questionId: string, correct: boolean | null, now: number) =>
	recordAnswer({ questionId, chapter: 'loyalty', response: 'A', correct, source: 'drill', now });

describe('recording answers', () => {
	it('keeps the attempt, puts a wrong answer in the book and makes it due soon', async () => {
		await answer('q1', false, noon);
		await answer('q2', true, noon);
		const db = await database();
		const byQuestion = await attemptsByQuestion(db);
		expect([...wrongBookIds(byQuestion)]).toEqual(['q1']);
		expect(await dueQuestionIds(noon + 86_400_000)).toEqual(['q1']);
		expect(await reviewDues(db)).toHaveLength(2);
	});

	it('does not schedule an unmarked written answer', async () => {
		await answer('w1', null, noon);
		expect(await reviewDues(await database())).toEqual([]);
	});

	it('undoes the latest review, restoring the card before it', async () => {
		await answer('q1', true, noon);
		const db = await database();
		const before = await db.reviewCards.get('q1');
		await answer('q1', false, noon + 1000);
		expect((await db.reviewCards.get('q1'))?.due).not.toBe(before?.due);
		expect(await undoLastReview('q1')).toBe(true);
		expect(await db.reviewCards.get('q1')).toEqual(before);
		expect(await undoLastReview('q1')).toBe(true);
		expect(await db.reviewCards.get('q1')).toBeUndefined();
		expect(await undoLastReview('q1')).toBe(false);
	});
});
