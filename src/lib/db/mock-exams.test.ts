import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import {
	finishedExams,
	openExam,
	saveExamAnswer,
	saveWrittenShare,
	startExam,
	updateExam
} from './mock-exams';

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
