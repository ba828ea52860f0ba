import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import { finishedExams, openExam, saveExamAnswer, startExam, updateExam } from './mock-exams';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

describe('mock exams', () => {
	it('keeps answers given one after another and finds the open paper', async () => {
		const id = await startExam(['q1', 'q2'], 1);
		await Promise.all([saveExamAnswer(id, 'q1', 'A'), saveExamAnswer(id, 'q2', ['A', 'B'])]);
		const db = await database();
		expect((await openExam(db))?.answers).toEqual({ q1: 'A', q2: ['A', 'B'] });
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
