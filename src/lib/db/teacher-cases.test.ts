import { beforeEach, describe, expect, it } from 'vitest';
import { sampleAuthoredCase } from '../teach/sample';
import { closeDatabaseForTests, database, DATABASE_NAME } from './database';
import { deleteTeacherCase, saveTeacherCase, teacherCase, teacherCases } from './teacher-cases';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase(DATABASE_NAME);
});

describe("the instructor's cases", () => {
	it('are saved with the time, listed newest first and deleted', async () => {
		await saveTeacherCase(sampleAuthoredCase, 1_000);
		await saveTeacherCase({ ...sampleAuthoredCase, id: 'my-second01', title: '第二个' }, 2_000);
		expect((await teacherCase(sampleAuthoredCase.id))?.updatedAt).toBe(1_000);
		expect((await teacherCases(await database())).map((c) => c.title)).toEqual([
			'第二个',
			'社区茶饮店的会员经营'
		]);
		await deleteTeacherCase('my-second01');
		expect(await teacherCases(await database())).toHaveLength(1);
	});
});
