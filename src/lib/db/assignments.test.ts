import { beforeEach, describe, expect, it } from 'vitest';
import { sampleAssignment } from '../teach/sample';
import {
	deleteTeachAssignment,
	markShared,
	myAssignments,
	recordSubmitted,
	saveTeachAssignment,
	saveWorkAnswer,
	startWork,
	teachAssignment,
	teachAssignments,
	workFor
} from './assignments';
import { closeDatabaseForTests, database, DATABASE_NAME } from './database';
import { sampleSubmission } from '../teach/sample';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase(DATABASE_NAME);
});

describe("the instructor's assignments", () => {
	it('saves drafts, keeps the shared time across edits, lists newest first and deletes', async () => {
		await saveTeachAssignment(sampleAssignment, 1);
		await markShared(sampleAssignment.id, 2);
		await saveTeachAssignment({ ...sampleAssignment, title: '改过的标题' }, 3);
		await saveTeachAssignment({ ...sampleAssignment, id: 'second000000' }, 4);
		expect(await teachAssignment(sampleAssignment.id)).toMatchObject({
			updatedAt: 3,
			sharedAt: 2,
			assignment: { title: '改过的标题' }
		});
		expect((await teachAssignments(await database())).map((a) => a.id)).toEqual([
			'second000000',
			sampleAssignment.id
		]);
		await deleteTeachAssignment('second000000');
		expect(await teachAssignment('second000000')).toBeUndefined();
	});
});

describe("a student's work", () => {
	it('autosaves answers, survives reopening with another name, and records the hand-in', async () => {
		await startWork(sampleAssignment, { name: '张三', number: '2026001' }, 10);
		await saveWorkAnswer(sampleAssignment.id, 'i2', 'B', 11);
		await saveWorkAnswer(sampleAssignment.id, 'i3', ['A', 'C'], 12);
		await startWork(sampleAssignment, { name: '张三丰', number: '2026001' }, 13);
		const submission = await sampleSubmission(1, 14);
		await recordSubmitted(submission);
		expect(await workFor(sampleAssignment.id)).toMatchObject({
			student: { name: '张三丰' },
			answers: { i2: 'B', i3: ['A', 'C'] },
			startedAt: 10,
			submittedAt: 14,
			submissionChecksum: submission.checksum
		});
		expect(await myAssignments(await database())).toHaveLength(1);
	});

	it('refuses an answer for an assignment that was never started', async () => {
		await expect(saveWorkAnswer('never', 'i1', 'x')).rejects.toThrow(/没有作业/);
	});
});
