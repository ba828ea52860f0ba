import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database, openDatabase } from './database';
import {
	allChapterProgress,
	chapterProgress,
	lastVisitedChapter,
	recordReading,
	setChapterRead
} from './progress';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

describe('chapter reading progress', () => {
	it('starts unread for a chapter never opened', async () => {
		expect(await chapterProgress('crm-basics')).toEqual({
			slug: 'crm-basics',
			readAt: null,
			scrollRatio: 0,
			lastVisitedAt: 0,
			timeSpentMs: 0
		});
	});

	it('remembers when a chapter was marked read and forgets it when unmarked', async () => {
		await setChapterRead('crm-basics', true, 1_700_000_000_000);
		expect((await chapterProgress('crm-basics')).readAt).toBe(1_700_000_000_000);
		await setChapterRead('crm-basics', false);
		expect((await chapterProgress('crm-basics')).readAt).toBeNull();
	});

	it('adds reading time across visits and keeps the latest scroll position', async () => {
		await recordReading('loyalty', 0.25, 60_000, 1000);
		await recordReading('loyalty', 0.6, 30_000, 2000);
		expect(await chapterProgress('loyalty')).toMatchObject({
			scrollRatio: 0.6,
			timeSpentMs: 90_000,
			lastVisitedAt: 2000
		});
	});

	it.each([
		[-0.5, 0],
		[1.7, 1]
	])('clamps a scroll ratio of %s to %s', async (given, kept) => {
		await recordReading('loyalty', given, 0);
		expect((await chapterProgress('loyalty')).scrollRatio).toBe(kept);
	});

	it('does not let negative time reduce the total', async () => {
		await recordReading('loyalty', 0, 5000);
		await recordReading('loyalty', 0, -3000);
		expect((await chapterProgress('loyalty')).timeSpentMs).toBe(5000);
	});

	it('finds the chapter visited most recently for "continue reading"', async () => {
		await recordReading('crm-basics', 0.1, 0, 1000);
		await recordReading('segmentation', 0.1, 0, 3000);
		await recordReading('loyalty', 0.1, 0, 2000);
		expect((await lastVisitedChapter())?.slug).toBe('segmentation');
		expect(await allChapterProgress(await database())).toHaveLength(3);
	});

	it('keeps marking read separate from the reading position', async () => {
		await recordReading('crm-basics', 0.8, 1000, 5000);
		await setChapterRead('crm-basics', true, 6000);
		expect(await chapterProgress('crm-basics')).toMatchObject({ scrollRatio: 0.8, readAt: 6000 });
	});
});

describe('opening the database', () => {
	it('uses IndexedDB when it is available', async () => {
		expect((await openDatabase()).mode).toBe('indexeddb');
		expect((await database()).tables.map((t) => t.name).sort()).toEqual([
			'assignmentWork',
			'attempts',
			'caseAnswers',
			'chapterProgress',
			'commentDrafts',
			'customQuestions',
			'gradebookMarks',
			'gradebookSubmissions',
			'history',
			'labScenarios',
			'mockExams',
			'notes',
			'reviewCards',
			'reviewLogs',
			'settings',
			'snapshots',
			'teachAssignments',
			'teacherCases'
		]);
	});
});
