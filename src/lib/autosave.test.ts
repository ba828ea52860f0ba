import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WriteResult } from '$lib/db/drafts';

const writes: { at: number; text: string }[] = [];
let nextResult: (text: string) => Promise<WriteResult> = async (text) => ({
	status: 'saved',
	at: Date.now(),
	stored: text
});
const replaced: string[] = [];
/** What the record watcher was given: call it to play another tab's save. */
let remoteChange: (text: string) => void = () => {};

vi.mock('$lib/db/drafts', () => ({
	DraftError: class extends Error {},
	readDraft: async () => '',
	replayJournal: async () => 0,
	watchDraft: (_ref: unknown, changed: (text: string) => void) => {
		remoteChange = changed;
		return () => {};
	},
	addHistory: async () => {},
	writeDraft: (_ref: unknown, text: string) => {
		writes.push({ at: Date.now(), text });
		return nextResult(text);
	},
	replaceDraft: async (_ref: unknown, text: string) => {
		replaced.push(text);
		return { status: 'saved', at: Date.now(), stored: text };
	}
}));

const { Autosave, JOURNAL_COALESCE_MS, JOURNAL_SYNC_LIMIT, MAX_WAIT_MS, PAUSE_MS } =
	await import('./autosave.svelte');
const { MemoryStorage } = await import('./db/drafts.test-storage');

const noop = () => {};
beforeEach(() => {
	writes.length = 0;
	replaced.length = 0;
	nextResult = async (text) => ({ status: 'saved', at: Date.now(), stored: text });
	vi.useFakeTimers({ now: 0 });
	Object.assign(globalThis, {
		window: { addEventListener: noop, removeEventListener: noop },
		document: { visibilityState: 'visible', addEventListener: noop, removeEventListener: noop },
		localStorage: new MemoryStorage()
	});
});
afterEach(() => vi.useRealTimers());

async function started() {
	const draft = new Autosave({ kind: 'note', chapter: 'loyalty' });
	const stop = draft.start();
	await vi.advanceTimersByTimeAsync(0);
	expect(draft.loaded).toBe(true);
	return { draft, stop };
}

describe('Autosave', () => {
	it('promises a save within 1 s of a pause and at least every 2 s of typing', () => {
		expect(PAUSE_MS).toBeLessThanOrEqual(1000);
		expect(MAX_WAIT_MS).toBeLessThanOrEqual(2000);
	});

	it('saves PAUSE_MS after the last keystroke, not before', async () => {
		const { draft } = await started();
		draft.input('忠');
		await vi.advanceTimersByTimeAsync(PAUSE_MS - 1);
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(writes).toEqual([{ at: PAUSE_MS, text: '忠' }]);
	});

	it('saves at least every MAX_WAIT_MS while typing never pauses', async () => {
		const { draft } = await started();
		let text = '';
		for (let t = 0; t < 7000; t += 100) {
			text += '字';
			draft.input(text);
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(writes.length).toBeGreaterThanOrEqual(3);
		const times = [0, ...writes.map((w) => w.at)];
		for (let i = 1; i < times.length; i++)
			expect(times[i] - times[i - 1]).toBeLessThanOrEqual(MAX_WAIT_MS);
	});

	it('journals every keystroke synchronously', async () => {
		const { draft } = await started();
		draft.input('刚打的字');
		const raw = localStorage.getItem('crm-workbench:unsaved:note:loyalty');
		expect(JSON.parse(raw ?? '{}')).toMatchObject({ text: '刚打的字', base: '' });
	});

	it('says 已保存 only once the write has committed, and clears the journal then', async () => {
		let commit: () => void = noop;
		nextResult = (text) =>
			new Promise((resolve) => {
				commit = () => resolve({ status: 'saved', at: Date.now(), stored: text });
			});
		const { draft } = await started();
		draft.input('笔记');
		await vi.advanceTimersByTimeAsync(PAUSE_MS);
		expect(draft.status).toBe('saving');
		expect(draft.savedAt).toBeNull();
		expect(localStorage.length).toBe(1);
		commit();
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('saved');
		expect(draft.savedAt).toBe(PAUSE_MS);
		expect(localStorage.length).toBe(0);
	});

	it('after a conflict writes nothing more until the learner keeps their text', async () => {
		nextResult = async () => ({ status: 'conflict', theirs: '别的标签页' });
		const { draft } = await started();
		draft.input('我的');
		await vi.advanceTimersByTimeAsync(PAUSE_MS);
		expect(draft.theirs).toBe('别的标签页');
		draft.input('我的，接着写');
		await vi.advanceTimersByTimeAsync(5000);
		expect(writes).toHaveLength(1);
		expect(draft.status).toBe('conflict');
		await draft.keepMine();
		expect(replaced).toEqual(['我的，接着写']);
		expect(draft.theirs).toBeNull();
		expect(draft.status).toBe('saved');
	});

	it('shows a seed while the record is empty, without saving it', async () => {
		const draft = new Autosave({ kind: 'comment', markId: 'new/i1' }, { seed: '上次的评语' });
		const stop = draft.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.text).toBe('上次的评语');
		stop();
		await vi.advanceTimersByTimeAsync(PAUSE_MS);
		expect(writes).toEqual([]);
	});

	it('saves what is unsaved when stopped (the entity changed or the page closed)', async () => {
		const { draft, stop } = await started();
		draft.input('离开前打的字');
		stop();
		await vi.advanceTimersByTimeAsync(0);
		expect(writes.map((w) => w.text)).toEqual(['离开前打的字']);
	});

	describe('a text too long to journal per keystroke', () => {
		const long = '客'.repeat(JOURNAL_SYNC_LIMIT);
		const journalled = () =>
			JSON.parse(localStorage.getItem('crm-workbench:unsaved:note:loyalty') ?? 'null') as Record<
				string,
				unknown
			> | null;

		it('is journalled at each keystroke as its edit of the saved text', async () => {
			const { draft } = await started();
			draft.input(long);
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			expect(writes.map((w) => w.text.length)).toEqual([JOURNAL_SYNC_LIMIT]);
			draft.input(`${long}户`);
			expect(journalled()).toMatchObject({
				baseEdit: { head: JOURNAL_SYNC_LIMIT, tail: 0, middle: '户' },
				seq: 2
			});
			draft.input(`${long.slice(0, 10)}价${long.slice(10)}`);
			const entry = journalled();
			expect(entry?.baseEdit).toEqual({ head: 10, tail: JOURNAL_SYNC_LIMIT - 10, middle: '价' });
			expect(entry?.text).toBeUndefined();
			expect(entry?.base).toBeUndefined();
			expect(entry?.baseDigest).toMatch(/^100000:/);
		});

		it('is journalled against the in-flight save too, whichever commits', async () => {
			const { draft } = await started();
			draft.input(long);
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			let commit = noop;
			nextResult = (text) =>
				new Promise((resolve) => {
					commit = () => resolve({ status: 'saved', at: Date.now(), stored: text });
				});
			draft.input(`${long}户`);
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			draft.input(`${long}户价`);
			expect(journalled()).toMatchObject({
				baseEdit: { head: JOURNAL_SYNC_LIMIT, tail: 0, middle: '户价' },
				inflightEdit: { head: JOURNAL_SYNC_LIMIT + 1, tail: 0, middle: '价' },
				inflightDigest: expect.stringMatching(/^100001:/)
			});
			commit();
		});

		it('is journalled in full, within JOURNAL_COALESCE_MS per 100,000 characters, when the edit is long too', async () => {
			const { draft } = await started();
			draft.input(long);
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			const pasted = `${long}${'价'.repeat(JOURNAL_SYNC_LIMIT + 1)}`;
			draft.input(pasted);
			expect(journalled()).toBeNull();
			// 200,001 characters: three hundred-thousands, so three times JOURNAL_COALESCE_MS.
			await vi.advanceTimersByTimeAsync(2 * JOURNAL_COALESCE_MS);
			expect(journalled()).toBeNull();
			await vi.advanceTimersByTimeAsync(JOURNAL_COALESCE_MS);
			expect(journalled()).toMatchObject({ text: pasted, baseDigest: expect.any(String) });
		});

		it('is journalled in full once another tab’s text conflicts with it', async () => {
			const { draft } = await started();
			draft.input(long);
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			draft.input(`${long}户`);
			expect(journalled()?.text).toBeUndefined();
			remoteChange('另一个标签页的文字');
			expect(draft.status).toBe('conflict');
			expect(journalled()).toMatchObject({ text: `${long}户` });
		});

		it('is journalled at once when the page is left', async () => {
			const listeners = new Map<string, () => void>();
			Object.assign(globalThis, {
				window: {
					addEventListener: (name: string, listener: () => void) => listeners.set(name, listener),
					removeEventListener: noop
				}
			});
			const { draft } = await started();
			draft.input(`${long}尾`);
			listeners.get('pagehide')?.();
			expect(journalled()).toMatchObject({ text: `${long}尾`, base: '' });
		});
	});
});
