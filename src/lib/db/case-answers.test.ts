import { beforeEach, describe, expect, it } from 'vitest';
import {
	caseResults,
	draftFor,
	recordMarking,
	saveDraft,
	submitDraft,
	submittedAnswers
} from './case-answers';
import { closeDatabaseForTests, database } from './database';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

describe('case answers', () => {
	it('keeps one draft per question and updates it in place', async () => {
		const first = await saveDraft('icbc-lifecycle', 'q1', '客户生命', 1);
		const second = await saveDraft('icbc-lifecycle', 'q1', '客户生命周期', 2);
		expect(second).toBe(first);
		expect(await draftFor('icbc-lifecycle', 'q1')).toMatchObject({
			text: '客户生命周期',
			startedAt: 1,
			updatedAt: 2
		});
		expect(await draftFor('icbc-lifecycle', 'q2')).toBeUndefined();
	});

	it('submits the draft as an attempt and starts a fresh draft next time', async () => {
		await saveDraft('icbc-lifecycle', 'q1', '第一稿', 1);
		const id = await submitDraft('icbc-lifecycle', 'q1', '第一稿定稿', 2);
		expect(await draftFor('icbc-lifecycle', 'q1')).toBeUndefined();
		const next = await saveDraft('icbc-lifecycle', 'q1', '第二稿', 3);
		expect(next).not.toBe(id);
		await submitDraft('icbc-lifecycle', 'q1', '第二稿', 4);
		const db = await database();
		const attempts = await submittedAnswers(db, 'icbc-lifecycle', 'q1');
		expect(attempts.map((a) => a.text)).toEqual(['第二稿', '第一稿定稿']);
	});

	it('sums the best marked score of each question per case', async () => {
		const a = await submitDraft('icbc-lifecycle', 'q1', 'a', 1);
		const b = await submitDraft('icbc-lifecycle', 'q1', 'b', 2);
		const c = await submitDraft('icbc-lifecycle', 'q2', 'c', 3);
		await submitDraft('metro', 'q1', 'unmarked', 4);
		await recordMarking(a, [0, 1], 12, 20);
		await recordMarking(b, [0], 8, 20);
		await recordMarking(c, [], 0, 10);
		const results = await caseResults(await database());
		expect(results.get('icbc-lifecycle')).toEqual({
			caseId: 'icbc-lifecycle',
			questionsDone: 2,
			score: 12,
			maxScore: 30,
			lastAt: 3
		});
		expect(results.has('metro')).toBe(false);
	});
});
