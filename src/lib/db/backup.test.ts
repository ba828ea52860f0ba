import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	backupReminderDue,
	BackupError,
	createBackup,
	importBackup,
	lastImportSnapshot,
	parseBackup,
	planUndo,
	undoLastImport,
	type Backup
} from './backup';
import { closeDatabaseForTests, database, DATABASE_NAME } from './database';
import { saveNote } from './notes';
import { recordAnswer } from './practice';
import { saveDraft, submitDraft } from './case-answers';
import { setChapterRead } from './progress';
import { saveTeachAssignment, saveWorkAnswer, startWork } from './assignments';
import { importSubmissions, saveMark } from './gradebook';
import { sampleAssignment, sampleAuthoredCase, sampleSubmission } from '../teach/sample';
import { saveTeacherCase } from './teacher-cases';
import { submissionFile } from '../teach/submission';
import { RELEASED_STORES } from './crm-database';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase(DATABASE_NAME);
});

async function fill() {
	await setChapterRead('loyalty', true);
	await saveNote(
		'loyalty',
		'六种类型：垄断、亲缘、利益、惰性、信赖、潜在 🙂\n第二行',
		1_700_000_000_000
	);
	await recordAnswer({
		questionId: 'loyalty-001',
		chapter: 'loyalty',
		response: ['A', 'C'],
		correct: false,
		source: 'drill',
		now: 1_700_000_100_000
	});
	await recordAnswer({
		questionId: 'loyalty-002',
		chapter: 'loyalty',
		response: true,
		correct: true,
		unsure: true,
		source: 'drill',
		now: 1_700_000_200_000
	});
	await saveDraft('icbc-lifecycle', 'q2', '草稿', 1_700_000_300_000);
	await submitDraft('icbc-lifecycle', 'q1', '客户生命周期分为四个阶段', 1_700_000_400_000);
	await saveTeachAssignment(sampleAssignment, 1_700_000_500_000);
	await saveTeacherCase(sampleAuthoredCase, 1_700_000_550_000);
	await startWork(sampleAssignment, { name: '李四', number: '2026002' }, 1_700_000_600_000);
	await saveWorkAnswer(sampleAssignment.id, 'i3', ['A', 'B'], 1_700_000_700_000);
	const submission = await sampleSubmission(2, 1_700_000_800_000);
	await importSubmissions(sampleAssignment, [{ name: 's.json', text: submissionFile(submission) }]);
	await saveMark({
		submissionChecksum: submission.checksum,
		assignmentId: sampleAssignment.id,
		itemId: 'i1',
		ticked: [0, 2],
		score: 14,
		comment: '分析到位',
		markedAt: 1_700_000_900_000
	});
}

async function currentTables() {
	return (await createBackup(new Date(0))).tables;
}

async function expectRejected(text: string, message: RegExp) {
	const before = await currentTables();
	const db = await database();
	await expect(parseBackup(text, db.verno)).rejects.toThrow(BackupError);
	await expect(parseBackup(text, db.verno)).rejects.toThrow(message);
	expect(await currentTables()).toEqual(before);
}

describe('backup', () => {
	it('round-trips exactly, Chinese text and times included', async () => {
		await fill();
		const backup = await createBackup(new Date('2026-11-25T08:00:00Z'));
		expect(backup).toMatchObject({
			app: 'crm-workbench',
			schemaVersion: 6,
			exportedAt: '2026-11-25T08:00:00.000Z'
		});
		expect(backup.counts).toMatchObject({
			notes: 1,
			attempts: 2,
			caseAnswers: 2,
			reviewCards: 2,
			teachAssignments: 1,
			assignmentWork: 1,
			gradebookSubmissions: 1,
			gradebookMarks: 1,
			teacherCases: 1
		});
		const text = JSON.stringify(backup);

		await closeDatabaseForTests();
		indexedDB.deleteDatabase(DATABASE_NAME);
		const db = await database();
		await importBackup(await parseBackup(text, db.verno), 'replace');
		expect(await currentTables()).toEqual(backup.tables);
	});

	describe('rejects a damaged or foreign file and changes nothing', () => {
		let text = '';
		beforeEach(async () => {
			await fill();
			text = JSON.stringify(await createBackup());
		});
		const edit = (change: (b: Backup) => void) => {
			const backup = JSON.parse(text) as Backup;
			change(backup);
			return JSON.stringify(backup);
		};

		it('cut at 1 byte', () => expectRejected(text.slice(0, 1), /不是完整的 JSON/));
		it('cut at 150 bytes', () => expectRejected(text.slice(0, 150), /不是完整的 JSON/));
		it('cut at half', () => expectRejected(text.slice(0, text.length / 2), /不是完整的 JSON/));
		it('empty', () => expectRejected('', /空的/));
		it('not JSON', () => expectRejected('客户编号,日期,金额\n1,2024-01-01,3', /不是完整的 JSON/));
		it('another app', () =>
			expectRejected(
				edit((b) => ((b as { app: string }).app = 'anki')),
				/其他应用（anki）/
			));
		it('no header', () => expectRejected('{"notes": []}', /不是本站的备份/));
		it('newer schema', () =>
			expectRejected(
				edit((b) => (b.schemaVersion = 99)),
				/更新版本.*99/
			));
		it('edited after export', () =>
			expectRejected(
				edit((b) => ((b.tables.notes[0] as { text: string }).text = '改过')),
				/校验和不符/
			));
		it('a bad field, named with its table and row', async () => {
			const bad = edit((b) => {
				(b.tables.attempts[1] as { answeredAt: unknown }).answeredAt = '昨天';
			});
			const backup = JSON.parse(bad) as Backup;
			// Re-sign it, so only the field check can catch it.
			const data = new TextEncoder().encode(JSON.stringify(backup.tables));
			const digest = await crypto.subtle.digest('SHA-256', data);
			backup.checksum = [...new Uint8Array(digest)]
				.map((b) => b.toString(16).padStart(2, '0'))
				.join('');
			await expectRejected(JSON.stringify(backup), /答题记录第 2 条的字段「answeredAt」有误/);
		});
		it('a bad gradebook mark, named with its table and field', async () => {
			const backup = JSON.parse(text) as Backup;
			(backup.tables.gradebookMarks[0] as { ticked: unknown }).ticked = '全部';
			const data = new TextEncoder().encode(JSON.stringify(backup.tables));
			const digest = await crypto.subtle.digest('SHA-256', data);
			backup.checksum = [...new Uint8Array(digest)]
				.map((b) => b.toString(16).padStart(2, '0'))
				.join('');
			await expectRejected(JSON.stringify(backup), /成绩册中的批改第 1 条的字段「ticked」有误/);
		});
	});

	it('merges, keeping the newer of two versions of one item, and can undo the import', async () => {
		await fill();
		const theirs = await createBackup();
		await saveNote('loyalty', '本机较新的笔记', 1_800_000_000_000);
		await saveNote('satisfaction', '只在本机', 1_800_000_000_000);
		(theirs.tables.notes[0] as { text: string; updatedAt: number }).updatedAt = 1;
		theirs.tables.notes.push({ chapter: 'kano', text: '只在备份里', updatedAt: 5 });
		theirs.tables.attempts.push({
			questionId: 'kano-001',
			chapter: 'satisfaction',
			answeredAt: 1_750_000_000_000,
			correct: true,
			response: 'B',
			source: 'drill',
			id: 1
		});
		const before = await currentTables();

		await importBackup(theirs, 'merge', 42);
		const after = await currentTables();
		const notes = Object.fromEntries(
			(after.notes as { chapter: string; text: string }[]).map((n) => [n.chapter, n.text])
		);
		expect(notes).toEqual({
			loyalty: '本机较新的笔记',
			satisfaction: '只在本机',
			kano: '只在备份里'
		});
		expect(after.attempts).toHaveLength(3);
		expect(new Set((after.attempts as { id: number }[]).map((a) => a.id)).size).toBe(3);
		expect(await lastImportSnapshot()).toBe(42);

		expect(await planUndo()).toEqual({ takenAt: 42, restored: 2, kept: 0 });
		expect(await undoLastImport()).toEqual({ takenAt: 42, restored: 2, kept: 0 });
		expect(await currentTables()).toEqual(before);
		expect(await lastImportSnapshot()).toBeUndefined();
		expect(await undoLastImport()).toBeNull();
	});

	it('undoes an import but keeps what was written after it, and says how much', async () => {
		await fill();
		const theirs = await createBackup();
		theirs.tables.notes.push({ chapter: 'kano', text: '只在备份里', updatedAt: 5 });
		theirs.tables.notes.push({ chapter: 'crm-basics', text: '备份里的第一章', updatedAt: 5 });
		await importBackup(theirs, 'merge', 42);

		// After the import: a new note, an edit of an imported note, a new case draft.
		await saveNote('satisfaction', '导入之后写的', 50);
		await saveNote('crm-basics', '导入之后改过的第一章', 60);
		await saveDraft('haier-made-to-order', 'q1', '导入之后的草稿', 70);

		expect(await planUndo()).toEqual({ takenAt: 42, restored: 1, kept: 3 });
		await undoLastImport();
		const tables = await currentTables();
		const notes = Object.fromEntries(
			(tables.notes as { chapter: string; text: string }[]).map((n) => [n.chapter, n.text])
		);
		expect(notes.kano).toBeUndefined();
		expect(notes.satisfaction).toBe('导入之后写的');
		expect(notes['crm-basics']).toBe('导入之后改过的第一章');
		expect(
			(tables.caseAnswers as { caseId: string; text: string }[]).find(
				(a) => a.caseId === 'haier-made-to-order'
			)?.text
		).toBe('导入之后的草稿');
	});
});

describe('schema upgrades', () => {
	it('opens a full first-version database with the current code and loses nothing', async () => {
		await closeDatabaseForTests();
		// The version-1 schema as released.
		const v1 = new Dexie(DATABASE_NAME);
		v1.version(1).stores(RELEASED_STORES[0]);
		await v1.open();
		await v1.table('notes').put({ chapter: 'loyalty', text: '旧版本的笔记', updatedAt: 1 });
		await v1.table('attempts').bulkAdd(
			Array.from({ length: 500 }, (_, i) => ({
				questionId: `q${i}`,
				chapter: 'loyalty',
				answeredAt: i,
				correct: i % 2 === 0,
				response: 'A',
				source: 'drill'
			}))
		);
		await v1
			.table('chapterProgress')
			.put({ slug: 'loyalty', readAt: 5, scrollRatio: 0.5, lastVisitedAt: 5, timeSpentMs: 60_000 });
		v1.close();

		const db = await database();
		expect(db.verno).toBe(6);
		expect(await db.notes.get('loyalty')).toEqual({
			chapter: 'loyalty',
			text: '旧版本的笔记',
			updatedAt: 1
		});
		expect(await db.attempts.count()).toBe(500);
		expect(await db.attempts.where('questionId').equals('q499').count()).toBe(1);
		expect((await db.chapterProgress.get('loyalty'))?.timeSpentMs).toBe(60_000);
		expect(await db.snapshots.count()).toBe(0);
	});
});

describe('backup reminder', () => {
	const DAY = 86_400_000;
	it('reminds after a week of work without an export, and not before or after one', async () => {
		expect(await backupReminderDue(10 * DAY)).toBe(false);
		await saveNote('loyalty', '第一天的笔记', 1 * DAY);
		expect(await backupReminderDue(7 * DAY)).toBe(false);
		expect(await backupReminderDue(9 * DAY)).toBe(true);
		expect(await backupReminderDue(9 * DAY, 8 * DAY)).toBe(false);
		await saveNote('loyalty', '导出后又写了', 9 * DAY);
		expect(await backupReminderDue(12 * DAY, 8 * DAY)).toBe(false);
		expect(await backupReminderDue(16 * DAY, 8 * DAY)).toBe(true);
	});
});
