import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import { journalAnswer, pendingAnswers } from './answer-journal';
import { createBackup, importBackup, parseBackup } from './backup';
import { MemoryStorage } from './drafts.test-storage';
import {
	applyPendingExamAnswers,
	finishedExams,
	openExam,
	saveExamAnswer,
	saveWrittenShare,
	startExam,
	submitExam,
	updateExam
} from './mock-exams';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('mock exams', () => {
	it('keeps answers given one after another and finds the open paper', async () => {
		const id = await startExam(['q1', 'q2'], 1);
		await Promise.all([saveExamAnswer(id, 'q1', 'A'), saveExamAnswer(id, 'q2', ['A', 'B'])]);
		const db = await database();
		expect((await openExam(db))?.answers).toEqual({ q1: 'A', q2: ['A', 'B'] });
	});

	it('applies an answer whose write a reload cut off, once the paper opens again', async () => {
		const id = await startExam(['q1', 'q2'], 1);
		await saveExamAnswer(id, 'q1', 'A', 2);
		expect(pendingAnswers(`mock:${id}`)).toEqual([]);
		// The click journalled these synchronously; the page went away before IndexedDB had them.
		journalAnswer(`mock:${id}`, { itemId: 'q1', response: 'C', at: 3 });
		journalAnswer(`mock:${id}`, { itemId: 'q2', response: true, at: 4 });
		await applyPendingExamAnswers(id);
		expect((await openExam(await database()))?.answers).toEqual({ q1: 'C', q2: true });
		expect(pendingAnswers(`mock:${id}`)).toEqual([]);
	});

	it('keeps self-marked shares confirmed in quick succession', async () => {
		const id = await startExam(['s1', 's2', 'c1'], 1);
		await Promise.all([
			saveWrittenShare(id, 's1', 0.5),
			saveWrittenShare(id, 's2', 1),
			saveWrittenShare(id, 'c1', 0.25)
		]);
		expect((await openExam(await database()))?.writtenShares).toEqual({ s1: 0.5, s2: 1, c1: 0.25 });
	});

	it('keeps the option order drawn for each choice question with the paper', async () => {
		await startExam(['q1', 'q2'], 1, { q1: [2, 0, 1, 3] });
		expect((await openExam(await database()))?.optionOrders).toEqual({ q1: [2, 0, 1, 3] });
	});

	it('lists only submitted papers as history', async () => {
		const first = await startExam(['q1'], 1);
		await updateExam(first, { status: 'submitted', score: 60, maxScore: 100 });
		await startExam(['q2'], 2);
		const db = await database();
		expect((await finishedExams(db)).map((e) => e.score)).toEqual([60]);
		expect((await openExam(db))?.questionIds).toEqual(['q2']);
	});
});

describe('submitExam', () => {
	const answers = [
		{ questionId: 'q1', chapter: 'loyalty', response: 'A', correct: true },
		{ questionId: 'q2', chapter: 'loyalty', response: ['A', 'B'], correct: false },
		{ questionId: 'q3', chapter: 'loyalty', response: '我的答案', correct: true }
	];

	async function markingExam() {
		const id = await startExam(['q1', 'q2', 'q3'], 1);
		await updateExam(id, { status: 'marking' });
		return id;
	}

	it('records every answer and the result together', async () => {
		const id = await markingExam();
		expect(await submitExam(id, answers, { score: 7, maxScore: 10 }, 50)).toBe('submitted');
		const db = await database();
		expect(await db.attempts.count()).toBe(3);
		expect(await db.reviewCards.count()).toBe(3);
		expect(await db.mockExams.get(id)).toMatchObject({
			status: 'submitted',
			score: 7,
			submittedAt: 50
		});
	});

	it('keeps the prediction made at hand-in beside the score, through a backup', async () => {
		const id = await markingExam();
		const predicted = { expected: 61.5, low: 52, high: 70.25 };
		await submitExam(id, answers, { score: 64, maxScore: 100, predicted }, 50);
		const db = await database();
		expect((await db.mockExams.get(id))?.predicted).toEqual(predicted);
		const text = JSON.stringify(await createBackup());
		await db.mockExams.clear();
		await importBackup(await parseBackup(text, db.verno), 'replace');
		expect((await finishedExams(db))[0]).toMatchObject({ score: 64, predicted });
	});

	it('records nothing when a write fails half-way, and a retry records each answer once', async () => {
		const id = await markingExam();
		const db = await database();
		const put = vi.spyOn(db.reviewCards, 'put');
		// The second answer's review card cannot be written (a full disk, say).
		put.mockImplementationOnce(db.reviewCards.put.bind(db.reviewCards));
		put.mockImplementationOnce(() => Promise.reject(new Error('写入失败')) as never);
		await expect(submitExam(id, answers, { score: 7, maxScore: 10 })).rejects.toThrow('写入失败');
		put.mockRestore();
		expect(await db.attempts.count()).toBe(0);
		expect(await db.reviewCards.count()).toBe(0);
		expect(await db.reviewLogs.count()).toBe(0);
		expect((await db.mockExams.get(id))?.status).toBe('marking');

		expect(await submitExam(id, answers, { score: 7, maxScore: 10 })).toBe('submitted');
		expect(await submitExam(id, answers, { score: 7, maxScore: 10 })).toBe('already-submitted');
		expect(await db.attempts.count()).toBe(3);
		expect(await db.reviewLogs.count()).toBe(3);
	});
});
