import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import {
	addHistory,
	readDraft,
	replaceDraft,
	replayJournal,
	resetReplayForTests,
	writeDraft
} from './drafts';
import { journalEntries, journalWrite, textDigest } from './journal';
import { saveDraft } from './case-answers';
import { saveScenario } from './lab-scenarios';
import { MemoryStorage } from './drafts.test-storage';

const caseRef = { kind: 'case', caseId: 'icbc-lifecycle', questionId: 'q1' } as const;
const history = async () => (await database()).history.toArray();

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
	resetReplayForTests();
});

describe('writeDraft', () => {
	it('saves over the text the editor started from', async () => {
		expect(await writeDraft(caseRef, '第一稿', '', 5)).toEqual({
			status: 'saved',
			at: 5,
			stored: '第一稿'
		});
		expect((await writeDraft(caseRef, '第二稿', '第一稿', 6)).status).toBe('saved');
		expect(await readDraft(caseRef)).toBe('第二稿');
	});

	it('writes nothing and returns the other text when the record changed meanwhile', async () => {
		await saveDraft('icbc-lifecycle', 'q1', '另一个标签页写的', 1);
		expect(await writeDraft(caseRef, '这个标签页写的', '', 2)).toEqual({
			status: 'conflict',
			theirs: '另一个标签页写的'
		});
		expect(await readDraft(caseRef)).toBe('另一个标签页写的');
	});

	it('keeps drafts of the same question id in different cases apart', async () => {
		await writeDraft(caseRef, '工行的答案', '');
		expect(await readDraft({ ...caseRef, caseId: 'haier-made-to-order' })).toBe('');
	});

	it('refuses an empty or duplicate scenario name with a reason', async () => {
		const first = await saveScenario('kano', '方案甲', {});
		await saveScenario('kano', '方案乙', {});
		const ref = { kind: 'scenario', id: first } as const;
		await expect(writeDraft(ref, '  ', '方案甲')).rejects.toThrow('方案名称不能为空');
		await expect(writeDraft(ref, '方案乙', '方案甲')).rejects.toThrow('已有名为“方案乙”');
		expect(await writeDraft(ref, ' 方案丙 ', '方案甲')).toMatchObject({ stored: '方案丙' });
	});

	it('keeps a marking comment before the item is marked, and in the mark once it is', async () => {
		const ref = { kind: 'comment', markId: 'abc/q1' } as const;
		await writeDraft(ref, '要点二没有展开', '');
		expect(await readDraft(ref)).toBe('要点二没有展开');
		const db = await database();
		await db.gradebookMarks.put({
			id: 'abc/q1',
			submissionChecksum: 'abc',
			assignmentId: 'a1',
			itemId: 'q1',
			ticked: [0],
			score: 5,
			comment: '要点二没有展开',
			markedAt: 1
		});
		await writeDraft(ref, '要点二没有展开，案例用得好', '要点二没有展开');
		expect((await db.gradebookMarks.get('abc/q1'))?.comment).toBe('要点二没有展开，案例用得好');
		expect(await db.commentDrafts.count()).toBe(0);
	});
});

describe('replaceDraft', () => {
	it('keeps this tab’s text and puts the other into the history', async () => {
		await saveDraft('icbc-lifecycle', 'q1', '另一个标签页写的', 1);
		await replaceDraft(caseRef, '这个标签页写的', 2);
		expect(await readDraft(caseRef)).toBe('这个标签页写的');
		expect(await history()).toEqual([
			expect.objectContaining({
				key: 'case:icbc-lifecycle/q1',
				text: '另一个标签页写的',
				reason: 'other-tab'
			})
		]);
	});
});

describe('replayJournal', () => {
	const entry = (text: string, base: string) => ({
		ref: caseRef,
		text,
		base,
		at: 10,
		owner: 'x',
		seq: 1
	});

	it('stores text typed before a reload when the record is as the typing found it', async () => {
		await saveDraft('icbc-lifecycle', 'q1', '开头', 1);
		journalWrite('case:icbc-lifecycle/q1', entry('开头和后来打的字', '开头'));
		expect(await replayJournal()).toBe(1);
		expect(await readDraft(caseRef)).toBe('开头和后来打的字');
		expect(journalEntries()).toEqual([]);
	});

	it('stores the text over the editor’s own save that committed after the entry', async () => {
		await saveDraft('icbc-lifecycle', 'q1', '开头和', 1);
		journalWrite('case:icbc-lifecycle/q1', {
			...entry('开头和后来打的字', '开头'),
			inflight: '开头和'
		});
		await replayJournal();
		expect(await readDraft(caseRef)).toBe('开头和后来打的字');
		expect(await history()).toEqual([]);
	});

	it('puts the typed text into the history when the record changed since', async () => {
		await saveDraft('icbc-lifecycle', 'q1', '别处改过的', 1);
		journalWrite('case:icbc-lifecycle/q1', entry('本机打的字', '开头'));
		await replayJournal();
		expect(await readDraft(caseRef)).toBe('别处改过的');
		expect(await history()).toEqual([
			expect.objectContaining({ text: '本机打的字', reason: 'unsaved' })
		]);
	});

	it('keeps the text of a record that is gone in the history', async () => {
		journalWrite('scenario:99', {
			...entry('新名字', '旧名字'),
			ref: { kind: 'scenario', id: 99 }
		});
		await replayJournal();
		expect(await history()).toEqual([
			expect.objectContaining({ key: 'scenario:99', text: '新名字' })
		]);
	});

	it('compares a long text by its digest: the typing goes on top when it matches', async () => {
		const long = '开头'.repeat(20_000);
		await saveDraft('icbc-lifecycle', 'q1', long, 1);
		journalWrite('case:icbc-lifecycle/q1', {
			ref: caseRef,
			text: `${long}后来打的字`,
			baseDigest: textDigest(long),
			at: 10,
			owner: 'x',
			seq: 1
		});
		await replayJournal();
		expect(await readDraft(caseRef)).toBe(`${long}后来打的字`);
		expect(await history()).toEqual([]);
	});

	it('keeps the typed text in the history when a long record’s digest no longer matches', async () => {
		const long = '开头'.repeat(20_000);
		await saveDraft('icbc-lifecycle', 'q1', `${long}别处改过`, 1);
		journalWrite('case:icbc-lifecycle/q1', {
			ref: caseRef,
			text: `${long}本机打的字`,
			baseDigest: textDigest(long),
			inflightDigest: textDigest(`${long}本机`),
			at: 10,
			owner: 'x',
			seq: 1
		});
		await replayJournal();
		expect(await readDraft(caseRef)).toBe(`${long}别处改过`);
		expect(await history()).toEqual([
			expect.objectContaining({ text: `${long}本机打的字`, reason: 'unsaved' })
		]);
	});

	it('rebuilds a long text journalled as edits over the record it was typed over', async () => {
		const long = '开头'.repeat(20_000);
		await saveDraft('icbc-lifecycle', 'q1', `${long}本机`, 1);
		journalWrite('case:icbc-lifecycle/q1', {
			ref: caseRef,
			baseEdit: { head: long.length, tail: 0, middle: '本机打的字' },
			baseDigest: textDigest(long),
			// The in-flight save of `${long}本机` committed after this entry was written.
			inflightEdit: { head: long.length + 2, tail: 0, middle: '打的字' },
			inflightDigest: textDigest(`${long}本机`),
			at: 10,
			owner: 'x',
			seq: 1
		});
		await replayJournal();
		expect(await readDraft(caseRef)).toBe(`${long}本机打的字`);
		expect(await history()).toEqual([]);
	});

	it('drops edits it cannot rebuild because another tab replaced their text', async () => {
		const long = '开头'.repeat(20_000);
		await saveDraft('icbc-lifecycle', 'q1', '别处改过', 1);
		journalWrite('case:icbc-lifecycle/q1', {
			ref: caseRef,
			baseEdit: { head: long.length, tail: 0, middle: '本机打的字' },
			baseDigest: textDigest(long),
			at: 10,
			owner: 'x',
			seq: 1
		});
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await replayJournal()).toBe(1);
		expect(await readDraft(caseRef)).toBe('别处改过');
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
		expect(localStorage.length).toBe(0);
	});

	it('drops entries that are not journal entries', async () => {
		localStorage.setItem('crm-workbench:unsaved:case:x/q1', '{not json');
		journalWrite('note:loyalty', { ...entry('a', ''), ref: { kind: 'case' } as never });
		expect(await replayJournal()).toBe(0);
		expect(localStorage.length).toBe(0);
	});
});

describe('addHistory', () => {
	it('does not keep empty texts', async () => {
		await addHistory(caseRef, '   ', 'before-load');
		expect(await history()).toEqual([]);
	});
});
