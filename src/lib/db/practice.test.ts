import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import { createBackup, importBackup, parseBackup } from './backup';
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
