import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from '../db/database';
import { createBackup, importBackup, parseBackup } from '../db/backup';
import { getSetting, setSetting } from '../db/settings';
import { planRecords } from './records';
import { PLAN_SETTING, type ExamPlanSettings } from './readiness';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
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
});
