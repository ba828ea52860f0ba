import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import { deleteScenario, saveScenario, scenariosFor } from './lab-scenarios';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

describe('lab scenarios', () => {
	it('saves, replaces by name, lists newest first and deletes', async () => {
		await saveScenario('kano', '问卷一', { a: 1 }, 1);
		const id = await saveScenario('kano', '问卷二', { a: 2 }, 2);
		await saveScenario('kano', '问卷一', { a: 3 }, 3);
		await saveScenario('satisfaction', '施乐', {}, 4);
		const db = await database();
		const list = await scenariosFor(db, 'kano');
		expect(list.map((s) => [s.name, s.data])).toEqual([
			['问卷一', { a: 3 }],
			['问卷二', { a: 2 }]
		]);
		await deleteScenario(id);
		expect((await scenariosFor(db, 'kano')).map((s) => s.name)).toEqual(['问卷一']);
	});

	it('refuses an empty name and an oversized scenario with a clear message, saving nothing', async () => {
		await expect(saveScenario('kano', '  ', {})).rejects.toThrow('请给方案起一个名字');
		await expect(saveScenario('kano', '大', { big: 'x'.repeat(2_100_000) })).rejects.toThrow(
			/超过 2 MB 的上限/
		);
		await expect(saveScenario('kano', '大', {})).resolves.toBeGreaterThan(0);
		expect(await scenariosFor(await database(), 'kano')).toHaveLength(1);
	});
});
