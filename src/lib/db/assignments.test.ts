import { beforeEach, describe, expect, it } from 'vitest';
import { sampleAssignment } from '../teach/sample';
import {
	deleteTeachAssignment,
	markShared,
	myAssignments,
	recordSubmitted,
	saveTeachAssignment,
	updateTeachAssignment,
	saveWorkAnswer,
	startWork,
	teachAssignment,
	teachAssignments,
	workFor
} from './assignments';
import { journalAnswer, pendingAnswers } from './answer-journal';
import { MemoryStorage } from './drafts.test-storage';
import { closeDatabaseForTests, database, DATABASE_NAME } from './database';
import { sampleSubmission } from '../teach/sample';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase(DATABASE_NAME);
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
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

	it('updates the draft being edited, but does not bring back one deleted meanwhile', async () => {
		await saveTeachAssignment(sampleAssignment, 1);
		await markShared(sampleAssignment.id, 2);
		await updateTeachAssignment({ ...sampleAssignment, title: '编辑中' }, 3);
		expect(await teachAssignment(sampleAssignment.id)).toMatchObject({
			updatedAt: 3,
			sharedAt: 2,
			assignment: { title: '编辑中' }
		});
		await deleteTeachAssignment(sampleAssignment.id);
		await updateTeachAssignment({ ...sampleAssignment, title: '关闭时还没保存的改动' }, 4);
		expect(await teachAssignment(sampleAssignment.id)).toBeUndefined();
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

	it('applies a picked answer whose write a reload cut off, then clears it', async () => {
		await startWork(sampleAssignment, { name: '张三', number: '2026001' }, 10);
		await saveWorkAnswer(sampleAssignment.id, 'i2', 'A', 11);
		// The click journalled 'C' synchronously; the page went away before IndexedDB had it.
		journalAnswer(`assignment:${sampleAssignment.id}`, { itemId: 'i2', response: 'C', at: 12 });
		journalAnswer(`assignment:${sampleAssignment.id}`, {
			itemId: 'i3',
			response: ['B', 'D'],
			at: 13
		});
		expect((await workFor(sampleAssignment.id))?.answers).toEqual({ i2: 'C', i3: ['B', 'D'] });
		expect(pendingAnswers(`assignment:${sampleAssignment.id}`)).toEqual([]);
	});

	it('keeps a newer click journalled while an older write commits', async () => {
		await startWork(sampleAssignment, { name: '张三', number: '2026001' }, 10);
		const firstClick = saveWorkAnswer(sampleAssignment.id, 'i2', 'B', 11);
		// A second click, journalled while the first write is still under way.
		journalAnswer(`assignment:${sampleAssignment.id}`, { itemId: 'i2', response: 'D', at: 20 });
		await firstClick;
		expect(pendingAnswers(`assignment:${sampleAssignment.id}`)).toEqual([
			{ itemId: 'i2', response: 'D', at: 20 }
		]);
		expect((await workFor(sampleAssignment.id))?.answers.i2).toBe('D');
	});

	it('drops journalled answers that have no work to go to, and unreadable entries', async () => {
		journalAnswer('assignment:gone', { itemId: 'i1', response: 'A', at: 1 });
		localStorage.setItem(
			'crm-workbench:answer:["assignment:gone","i2"]',
			'{"itemId":"i2","response":7}'
		);
		expect(await workFor('gone')).toBeUndefined();
		expect(localStorage.length).toBe(0);
	});

	it('refuses an answer for an assignment that was never started', async () => {
		await expect(saveWorkAnswer('never', 'i1', 'x')).rejects.toThrow(/没有作业/);
	});
});
