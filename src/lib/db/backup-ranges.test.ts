import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../sha256';
import { BackupError, createBackup, importBackup, parseBackup, type Backup } from './backup';
import { closeDatabaseForTests, database, DATABASE_NAME } from './database';
import { saveScenario, scenariosFor } from './lab-scenarios';
import { getTimeSetting, setSetting } from './settings';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase(DATABASE_NAME);
});

/** A backup file with its checksum made right again, so only the range checks can catch it. */
function signed(backup: Backup): string {
	return JSON.stringify({ ...backup, checksum: sha256Hex(JSON.stringify(backup.tables)) });
}

async function parse(text: string) {
	return parseBackup(text, (await database()).verno);
}

const KANO = { text: '功能,正向,反向\n扫码,1,5' };

describe('values out of range in a backup', () => {
	it.each([['昨天'], ['2026-13-45'], ['']])(
		'refuses an exportedAt of %j that is not a date, in Chinese',
		async (exportedAt) => {
			const backup = { ...(await createBackup()), exportedAt };
			await expect(parse(signed(backup))).rejects.toThrow(BackupError);
			await expect(parse(signed(backup))).rejects.toThrow(
				/导出时间.*不是 2000–2100 年间的有效日期/
			);
		}
	);

	it.each([
		[
			'a time past the Date range',
			'notes',
			{ chapter: 'loyalty', text: 'x', updatedAt: 9e15 },
			/笔记第 1 条的字段「updatedAt」有误：晚于 2100 年/
		],
		[
			'reading time of 1e308 ms',
			'chapterProgress',
			{ slug: 'loyalty', readAt: null, scrollRatio: 0, lastVisitedAt: 1, timeSpentMs: 1e308 },
			/阅读进度第 1 条的字段「timeSpentMs」有误：超过一年/
		]
	] as const)('refuses %s, naming table, row and field', async (_, table, record, message) => {
		const backup = await createBackup();
		(backup.tables[table] as unknown[]).push(record);
		await expect(parse(signed(backup))).rejects.toThrow(message);
	});
});

describe('lab scenarios in a backup', () => {
	it('skips those whose data the lab cannot use, naming each, and imports the rest', async () => {
		await saveScenario('kano', '好的问卷', KANO, 1);
		await saveScenario('satisfaction', '字符串', 'junk', 2);
		await saveScenario('delivered-value', '空对象', {}, 3);
		await saveScenario('lifecycle', '空值', null, 4);
		const text = JSON.stringify(await createBackup());
		const backup = await parse(text);
		expect(backup.skipped).toEqual([
			'满意度与忠诚度模拟器的方案“字符串”数据已损坏（缺少设置），已跳过',
			'顾客让渡价值计算器的方案“空对象”数据已损坏（缺少本企业），已跳过',
			'生命周期模拟器的方案“空值”数据已损坏（不是生命周期模拟的设置），已跳过'
		]);
		await importBackup(backup, 'replace');
		const db = await database();
		expect((await scenariosFor(db, 'kano')).map((s) => s.name)).toEqual(['好的问卷']);
		expect(await db.labScenarios.count()).toBe(1);
	});
});

describe('time settings', () => {
	it.each([['garbage'], [1e300], [-5], [Number.NaN], [null]])(
		'reads a lastExportAt of %j as no time at all',
		async (value) => {
			await setSetting('lastExportAt', value);
			expect(await getTimeSetting('lastExportAt')).toBeUndefined();
		}
	);

	it('reads a real time as it is', async () => {
		await setSetting('lastExportAt', 1_700_000_000_000);
		expect(await getTimeSetting('lastExportAt')).toBe(1_700_000_000_000);
	});
});
