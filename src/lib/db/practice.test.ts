import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import { createBackup, importBackup, parseBackup } from './backup';
import {
	addToWrongBook,
	allAttempts,
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

describe('adding a question to the wrong-answer book by hand', () => {
	const DAY = 86_400_000;

	it('puts a question answered right into the book, without rescheduling it or counting an answer', async () => {
		await answer('q1', true, noon);
		const db = await database();
		const card = await db.reviewCards.get('q1');
		expect(
			await addToWrongBook({ questionId: 'q1', chapter: 'loyalty', response: 'A', now: noon + 1 })
		).toBe(true);
		expect([...wrongBookIds(await attemptsByQuestion(db))]).toEqual(['q1']);
		expect(await db.reviewCards.get('q1')).toEqual(card);
		expect(await db.reviewLogs.count()).toBe(1);
		expect((await allAttempts(db)).map((a) => a.source)).toEqual(['drill']);
	});

	it('does nothing for a question already in the book', async () => {
		await answer('q1', false, noon);
		expect(await addToWrongBook({ questionId: 'q1', chapter: 'loyalty', now: noon + 1 })).toBe(
			false
		);
		expect(await (await database()).attempts.count()).toBe(1);
	});

	it('adds an unanswered question, which leaves after three correct days like any other', async () => {
		await addToWrongBook({ questionId: 'q9', chapter: 'loyalty', now: noon });
		const db = await database();
		for (const day of [1, 2]) await answer('q9', true, noon + day * DAY);
		expect([...wrongBookIds(await attemptsByQuestion(db))]).toEqual(['q9']);
		await answer('q9', true, noon + 3 * DAY);
		expect([...wrongBookIds(await attemptsByQuestion(db))]).toEqual([]);
	});

	it('goes into a backup and comes back from it', async () => {
		await addToWrongBook({ questionId: 'q9', chapter: 'loyalty', order: [1, 0], now: noon });
		const text = JSON.stringify(await createBackup());
		const db = await database();
		await db.attempts.clear();
		await importBackup(await parseBackup(text, db.verno), 'replace');
		expect([...wrongBookIds(await attemptsByQuestion(db))]).toEqual(['q9']);
	});
});

describe('the option order of an attempt', () => {
	it('is stored with the attempt and survives a backup; an attempt without one still imports', async () => {
		await recordAnswer({
			questionId: 'q1',
			chapter: 'loyalty',
			response: 'B',
			order: [3, 1, 0, 2],
			correct: true,
			source: 'drill',
			now: noon
		});
		const backup = await createBackup();
		expect(backup.tables.attempts).toEqual([
			expect.objectContaining({ questionId: 'q1', response: 'B', order: [3, 1, 0, 2] })
		]);
		// A backup written before options were shuffled: the same attempt without an order.
		const old = structuredClone(backup);
		delete (old.tables.attempts[0] as { order?: number[] }).order;

		await closeDatabaseForTests();
		indexedDB.deleteDatabase('crm-workbench');
		const db = await database();
		await importBackup(await parseBackup(JSON.stringify(backup), db.verno), 'replace');
		expect((await db.attempts.toArray())[0].order).toEqual([3, 1, 0, 2]);

		const { sha256Hex } = await import('../sha256');
		old.checksum = sha256Hex(JSON.stringify(old.tables));
		await importBackup(await parseBackup(JSON.stringify(old), db.verno), 'replace');
		const [restored] = await db.attempts.toArray();
		expect(restored.response).toBe('B');
		expect(restored.order).toBeUndefined();
	});

	it('refuses a backup whose order is not a list of option positions, naming the field', async () => {
		await recordAnswer({
			questionId: 'q1',
			chapter: 'loyalty',
			response: 'B',
			order: [1, 0],
			correct: true,
			source: 'drill',
			now: noon
		});
		const backup = await createBackup();
		(backup.tables.attempts[0] as { order: unknown }).order = ['B', 'A'];
		const { sha256Hex } = await import('../sha256');
		backup.checksum = sha256Hex(JSON.stringify(backup.tables));
		const db = await database();
		await expect(parseBackup(JSON.stringify(backup), db.verno)).rejects.toThrow(
			/答题记录第 1 条的字段「order.0」有误/
		);
	});
});
