import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, importBackup } from './backup';
import { closeDatabaseForTests, database } from './database';
import { oneDraftPerQuestion } from './draft-merge';
import { readDraft } from './drafts';
import type { CaseAnswer } from './schema';

const draft = (text: string, startedAt: number, updatedAt: number, questionId = 'q1') =>
	({
		caseId: 'icbc-lifecycle',
		questionId,
		text,
		status: 'draft',
		startedAt,
		updatedAt
	}) satisfies CaseAnswer;

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

describe('oneDraftPerQuestion', () => {
	it('keeps the most recently edited draft and moves the other into the history', () => {
		const older = draft('本机的旧草稿', 1, 10);
		const newer = draft('另一台设备的新草稿', 2, 20);
		expect(oneDraftPerQuestion([older, newer], 99)).toEqual({
			answers: [newer],
			history: [
				{ key: 'case:icbc-lifecycle/q1', text: '本机的旧草稿', savedAt: 99, reason: 'merge' }
			]
		});
	});

	it('leaves submitted attempts and other questions alone, and keeps no copy of an identical text', () => {
		const submitted = { ...draft('交过的', 1, 5), status: 'submitted' as const };
		const same = [draft('一样的', 1, 10), draft('一样的', 2, 20)];
		const other = draft('第二题', 3, 30, 'q2');
		const result = oneDraftPerQuestion([submitted, ...same, other], 99);
		expect(result.answers).toEqual([submitted, same[1], other]);
		expect(result.history).toEqual([]);
	});
});

describe('merging a backup', () => {
	it('leaves one draft per question, the newer, and the other in the history', async () => {
		const db = await database();
		await db.caseAnswers.add(draft('另一台设备上的草稿', 1_000, 1_000));
		const backup = await createBackup();
		await db.caseAnswers.clear();
		await db.caseAnswers.add(draft('本机较新的草稿', 2_000, 2_000));

		await importBackup(backup, 'merge', 3_000);
		const drafts = await db.caseAnswers.where('status').equals('draft').toArray();
		expect(drafts.map((d) => d.text)).toEqual(['本机较新的草稿']);
		expect(await readDraft({ kind: 'case', caseId: 'icbc-lifecycle', questionId: 'q1' })).toBe(
			'本机较新的草稿'
		);
		expect(await db.history.toArray()).toEqual([
			expect.objectContaining({
				key: 'case:icbc-lifecycle/q1',
				text: '另一台设备上的草稿',
				reason: 'merge'
			})
		]);
	});
});
