import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database, DATABASE_NAME } from './database';
import { createBackup, importBackup, parseBackup } from './backup';
import { examPlanSetting, getSetting, setSetting } from './settings';
import { addToWrongBook, recordAnswer } from './practice';
import { answeredQuestionIds, planRecords } from './plan';
import { PLAN_SETTING, type ExamPlanSettings } from '../plan/exam-plan';
import { RELEASED_STORES } from './crm-database';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase(DATABASE_NAME);
});

const settings: ExamPlanSettings = {
	examDate: '2027-01-01',
	minutesPerDay: 45,
	daysOff: [0],
	since: 1_790_000_000_000
};

describe('the exam plan in the settings table', () => {
	it('is read back by the plan, goes into a backup and comes back from it', async () => {
		await setSetting(PLAN_SETTING, settings);
		expect((await planRecords(await database())).settings).toEqual(settings);
		const text = JSON.stringify(await createBackup());
		await setSetting(PLAN_SETTING, { ...settings, examDate: '2027-06-01' });
		const db = await database();
		await importBackup(await parseBackup(text, db.verno), 'replace');
		expect(await getSetting(PLAN_SETTING)).toEqual(settings);
	});

	it('survives opening a first-version database with the current code, with its review history', async () => {
		await closeDatabaseForTests();
		// The version-1 schema as released: the settings table and the review tables were there.
		const v1 = new Dexie(DATABASE_NAME);
		v1.version(1).stores(RELEASED_STORES[0]);
		await v1.open();
		await v1.table('settings').put({ key: PLAN_SETTING, value: settings });
		await v1.table('reviewCards').put({ questionId: 'q1', due: 5, state: { stability: 2 } });
		await v1
			.table('reviewLogs')
			.add({ questionId: 'q1', reviewedAt: 4, rating: 3, previous: null });
		v1.close();

		const db = await database();
		expect(db.verno).toBe(6);
		expect(await examPlanSetting(db)).toEqual({ settings, unreadable: false });
		const { records } = await planRecords(db);
		expect(records.cards).toEqual([{ questionId: 'q1', due: 5, state: { stability: 2 } }]);
		expect(records.logs).toHaveLength(1);
	});
});

describe('a damaged exam plan setting', () => {
	it('is reported as unreadable instead of reaching the plan', async () => {
		await setSetting(PLAN_SETTING, { examDate: 5, minutesPerDay: 'lots' });
		const read = await planRecords(await database());
		expect(read.settings).toBeUndefined();
		expect(read.unreadableSettings).toBe(true);
	});
});

describe('answeredQuestionIds', () => {
	it('lists each answered question once and leaves out one only put into the wrong-answer book', async () => {
		for (const correct of [true, false])
			await recordAnswer({
				questionId: 'q1',
				chapter: 'c',
				response: 'A',
				correct,
				source: 'drill',
				now: 1000
			});
		await addToWrongBook({ questionId: 'q2', chapter: 'c', now: 2000 });
		expect(await answeredQuestionIds(await database())).toEqual(['q1']);
	});
});
