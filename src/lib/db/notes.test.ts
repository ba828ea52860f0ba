import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import { allNotes, noteFor, saveNote } from './notes';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

describe('chapter notes', () => {
	it('keeps one note per chapter, replacing the older text', async () => {
		await saveNote('loyalty', '六种类型', 1);
		await saveNote('loyalty', '六种类型与七种类型', 2);
		expect(await noteFor('loyalty')).toEqual({
			chapter: 'loyalty',
			text: '六种类型与七种类型',
			updatedAt: 2
		});
	});

	it('deletes a note saved empty', async () => {
		await saveNote('loyalty', '草稿', 1);
		await saveNote('loyalty', '   ', 2);
		expect(await noteFor('loyalty')).toBeUndefined();
	});

	it('lists notes with the most recently edited first', async () => {
		await saveNote('crm-basics', 'a', 10);
		await saveNote('loyalty', 'b', 30);
		await saveNote('segmentation', 'c', 20);
		expect((await allNotes(await database())).map((n) => n.chapter)).toEqual([
			'loyalty',
			'segmentation',
			'crm-basics'
		]);
	});
});
