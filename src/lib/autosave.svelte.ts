/**
 * Autosave for one free-text record — a note, a case draft, an assignment answer, a marking
 * comment, a scenario name. The one helper every editor uses:
 *
 *   const draft = $derived(new Autosave({ kind: 'note', chapter: slug }));
 *   $effect(() => draft.start());
 *   <textarea value={draft.text} oninput={(e) => draft.input(e.currentTarget.value)}
 *     disabled={!draft.loaded}></textarea>
 *   <AutosaveStatus {draft} />
 *
 * (`$derived` makes a new helper when the entity changes; the effect stops the old one, which
 * saves what it had, and starts the new one.)
 *
 * - Every keystroke goes synchronously into a localStorage journal, so a reload, a closed tab
 *   or a crash loses nothing; the journal is replayed on the next load. A text over
 *   JOURNAL_SYNC_LIMIT characters is journalled as its edit of the saved text (a few characters
 *   when typing), and only an edit that large (a big paste) is journalled in full, at most every
 *   JOURNAL_COALESCE_MS (and at once when the page is hidden or left, or the editor closes):
 *   writing a megabyte per keystroke made typing lag by seconds.
 * - IndexedDB is written at most PAUSE_MS after typing stops and at least every MAX_WAIT_MS
 *   while typing goes on, and when the page is hidden; "已保存 hh:mm:ss" shows only once the
 *   transaction has committed.
 * - The record is watched: when another tab changes it, the editor follows (nothing unsaved
 *   here) or says so and lets the learner keep theirs or load the other; the text not kept goes
 *   into the record's history.
 */
import {
	addHistory,
	DraftError,
	readDraft,
	replaceDraft,
	replayJournal,
	watchDraft,
	writeDraft,
	type WriteResult
} from '$lib/db/drafts';
import { draftKey, type DraftRef } from '$lib/db/draft-ref';
import { onPageLeave } from '$lib/page-leave';
import {
	comparedText,
	journalClear,
	journalRemove,
	journalWrite,
	textDigest,
	textEdit,
	type JournalEntry
} from '$lib/db/journal';

/** Save this long after the last keystroke (the promise is "within 1 s of a pause"). */
export const PAUSE_MS = 800;
/** While typing without a pause, save at least this often. */
export const MAX_WAIT_MS = 2000;

/**
 * Longer texts are journalled per keystroke as their edit of the saved text; one whose edit is
 * this long too is journalled in full at most every JOURNAL_COALESCE_MS per 100,000 characters:
 * writing a megabyte to localStorage took ~300 ms on a loaded machine (JSON and setItem, measured
 * by `npm run bench -- note-typing`), and five a second left no time to type. A reload or a
 * closed tab still loses nothing (pagehide journals at once); only a crash could lose the last
 * second after such a paste, as long as the IndexedDB save waits anyway.
 */
export const JOURNAL_SYNC_LIMIT = 100_000;
export const JOURNAL_COALESCE_MS = 100;
const journalWait = (length: number) =>
	JOURNAL_COALESCE_MS * Math.max(1, Math.ceil(length / JOURNAL_SYNC_LIMIT));

export type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error' | 'conflict';

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain registry for flushAllDrafts; nothing renders from it
const live = new Set<Autosave>();

/** Saves every editor on the page now (before a submission reads the records, say). */
export async function flushAllDrafts(): Promise<void> {
	await Promise.all([...live].map((draft) => draft.flush()));
}

const randomId = () => Math.random().toString(36).slice(2, 10);

export interface AutosaveOptions {
	/** Called with the text whenever the record takes a new one (saved here or loaded). */
	onsaved?: (text: string) => void;
	/** Shown while the record is still empty (e.g. the last comment on a changed answer); saved
	 * only once the user types or the caller saves it. */
	seed?: string;
}

export class Autosave {
	/** The text in the editor. Change it through `input()`. */
	text = $state('');
	/** False until the record (and any journal left from a reload) has been read. */
	loaded = $state(false);
	status = $state<SaveStatus>('idle');
	/** When the last write committed (epoch ms). */
	savedAt = $state<number | null>(null);
	/** What went wrong, in Chinese, when status is 'error'. */
	problem = $state('');
	/** The other tab's text while there is a conflict to resolve; null otherwise. */
	theirs = $state<string | null>(null);
	/** A one-off explanation, e.g. that another tab's text was loaded. */
	notice = $state('');
	/** Journal and history key; null for an editor that keeps nothing (a preview). */
	readonly key: string | null;

	readonly #ref: DraftRef | null;
	readonly #onsaved: ((text: string) => void) | undefined;
	readonly #seed: string;
	readonly #owner = randomId();
	/** The record's text as this editor last knew it. */
	#base = '';
	/** Typed since the last save began. */
	#dirty = false;
	#seq = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#firstUnsavedAt: number | null = null;
	#inflight: string | null = null;
	/** A journal write waiting (long texts only); see JOURNAL_COALESCE_MS. */
	#journalTimer: ReturnType<typeof setTimeout> | undefined;
	/** Digests last computed, so a long base is hashed once per save, not per keystroke. */
	#digests: Record<'base' | 'inflight', { text: string; digest: string } | null> = {
		base: null,
		inflight: null
	};
	#chain: Promise<void> = Promise.resolve();

	constructor(ref: DraftRef | null, options: AutosaveOptions = {}) {
		this.#ref = ref;
		this.key = ref ? draftKey(ref) : null;
		this.#onsaved = options.onsaved;
		this.#seed = options.seed ?? '';
	}

	/** Loads the record, watches it, saves on page hide. Returns the stop function (which saves). */
	start(initial = ''): () => void {
		const ref = this.#ref;
		live.add(this);
		if (!ref) {
			this.text = initial;
			this.loaded = true;
			return () => live.delete(this);
		}
		let stopped = false;
		let unwatch = () => {};
		const fail = (error: unknown) => {
			console.error('读取本机保存的内容失败', error);
			this.status = 'error';
			this.problem = '读取本机保存的内容失败。请刷新页面；若仍失败，请在“我的”页面导出备份。';
		};
		void (async () => {
			await replayJournal();
			const text = await readDraft(ref);
			if (stopped) return;
			this.#base = text;
			this.text = text || this.#seed;
			this.loaded = true;
			unwatch = watchDraft(ref, (current) => this.#remote(current), fail);
		})().catch(fail);
		const stopWatchingLeave = onPageLeave(() => {
			this.#journalPending();
			void this.flush();
		});
		return () => {
			stopped = true;
			unwatch();
			stopWatchingLeave();
			this.#journalPending();
			void this.flush();
			live.delete(this);
		};
	}

	/** The learner typed: journal now, save soon. */
	input(text: string): void {
		this.text = text;
		this.notice = '';
		const ref = this.#ref;
		if (!ref || !this.key) {
			this.#onsaved?.(text);
			return;
		}
		this.#dirty = true;
		this.#seq += 1;
		if (text.length <= JOURNAL_SYNC_LIMIT) this.#journal('full');
		else if (!this.#journal('edits'))
			this.#journalTimer ??= setTimeout(() => {
				this.#journalTimer = undefined;
				this.#journal('full');
			}, journalWait(text.length));
		if (this.theirs !== null) {
			// Nothing is written over the other tab's text until the learner chooses.
			this.status = 'conflict';
			return;
		}
		if (this.status !== 'saving') this.status = 'unsaved';
		const now = Date.now();
		this.#firstUnsavedAt ??= now;
		clearTimeout(this.#timer);
		const wait = Math.min(PAUSE_MS, this.#firstUnsavedAt + MAX_WAIT_MS - now);
		this.#timer = setTimeout(() => void this.flush(), Math.max(0, wait));
	}

	#digestOf(which: 'base' | 'inflight', text: string): string {
		let known = this.#digests[which];
		if (known?.text !== text) known = this.#digests[which] = { text, digest: textDigest(text) };
		return known.digest;
	}

	/**
	 * Journals the editor's text now, with what it is to be compared against on replay: in full,
	 * or as its edits of those texts. Edits are refused (false, nothing written) while there is a
	 * conflict, whose other text they could not be replayed over, or when they are long too.
	 */
	#journal(as: 'full' | 'edits'): boolean {
		const ref = this.#ref;
		if (!ref || !this.key) return false;
		const text = this.text;
		const base = this.#base;
		const inflight = this.#inflight;
		let typed: Partial<JournalEntry> = { text };
		if (as === 'edits') {
			if (this.theirs !== null) return false;
			const baseEdit = textEdit(base, text);
			const inflightEdit = inflight === null ? undefined : textEdit(inflight, text);
			if (baseEdit.middle.length + (inflightEdit?.middle.length ?? 0) > JOURNAL_SYNC_LIMIT)
				return false;
			typed = { baseEdit, inflightEdit };
		}
		clearTimeout(this.#journalTimer);
		this.#journalTimer = undefined;
		journalWrite(this.key, {
			ref,
			...typed,
			...comparedText('base', base, () => this.#digestOf('base', base)),
			...(inflight === null
				? {}
				: comparedText('inflight', inflight, () => this.#digestOf('inflight', inflight))),
			at: Date.now(),
			owner: this.#owner,
			seq: this.#seq
		});
		return true;
	}

	/** Writes a journal entry still waiting (the page is being hidden or left). */
	#journalPending(): void {
		if (this.#journalTimer !== undefined) this.#journal('full');
	}

	#cancelJournal(): void {
		clearTimeout(this.#journalTimer);
		this.#journalTimer = undefined;
	}

	/** Saves what is unsaved now; resolves when it has committed (or failed, or conflicted). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#chain = this.#chain.then(() => this.#save());
		return this.#chain;
	}

	async #save(): Promise<void> {
		const ref = this.#ref;
		if (!ref || !this.key || !this.#dirty || this.theirs !== null) return;
		const text = this.text;
		const seq = this.#seq;
		this.#dirty = false;
		this.#firstUnsavedAt = null;
		this.status = 'saving';
		this.#inflight = text;
		try {
			const result = await writeDraft(ref, text, this.#base);
			if (result.status === 'conflict') {
				this.#dirty = true;
				this.theirs = result.theirs;
				this.status = 'conflict';
				return;
			}
			this.#committed(result, seq);
		} catch (error) {
			this.#dirty = true;
			this.status = 'error';
			this.problem =
				error instanceof DraftError
					? error.message
					: '保存失败：你的文字仍在本页，并已临时记在本机浏览器中；请先复制一份，再刷新页面。';
			if (!(error instanceof DraftError)) console.error('自动保存失败', error);
		} finally {
			this.#inflight = null;
		}
	}

	#committed(result: Extract<WriteResult, { status: 'saved' }>, seq: number) {
		this.#base = result.stored;
		// A journal write still waiting is of text now committed, unless typing went on since.
		if (seq === this.#seq) this.#cancelJournal();
		if (this.key) journalClear(this.key, this.#owner, seq);
		this.problem = '';
		this.savedAt = result.at;
		this.status = this.#dirty ? 'unsaved' : 'saved';
		this.#onsaved?.(result.stored);
	}

	/** The record changed (in this tab or another). */
	#remote(current: string) {
		if (current === this.#base || current === this.#inflight) return;
		if (current === this.text) {
			this.#base = current;
			return;
		}
		if (!this.#dirty && this.#inflight === null && this.theirs === null) {
			// Nothing unsaved here (nor being saved): follow the other tab.
			this.#base = current;
			this.text = current;
			this.notice = '另一个标签页修改了这里的内容，已显示最新的版本。';
			this.#onsaved?.(current);
			return;
		}
		clearTimeout(this.#timer);
		this.theirs = current;
		this.status = 'conflict';
		// A long text journalled as edits of the base could not be replayed over the other text.
		if (this.text.length > JOURNAL_SYNC_LIMIT) this.#journal('full');
	}

	/** Conflict: keep this tab's text; the other tab's goes into the history. */
	async keepMine(): Promise<void> {
		const ref = this.#ref;
		if (!ref) return;
		const seq = this.#seq;
		try {
			const result = await replaceDraft(ref, this.text);
			if (result.status !== 'saved') return;
			this.theirs = null;
			this.#dirty = this.#seq !== seq;
			this.#committed(result, seq);
			this.notice = '已保留你的版本；另一个标签页的版本已存入“历史版本”。';
		} catch (error) {
			this.status = 'error';
			this.problem =
				error instanceof DraftError ? error.message : '保存失败，请复制你的文字后重试。';
		}
	}

	/** Conflict: load the other tab's text; this tab's goes into the history. */
	async loadTheirs(): Promise<void> {
		const ref = this.#ref;
		if (!ref || !this.key) return;
		const mine = this.text;
		try {
			const current = await readDraft(ref);
			if (mine !== current) await addHistory(ref, mine, 'before-load');
			this.#cancelJournal();
			journalRemove(this.key);
			clearTimeout(this.#timer);
			this.#base = current;
			this.text = current;
			this.#dirty = false;
			this.theirs = null;
			this.status = 'saved';
			this.notice = '已载入另一个标签页的版本；你原来的文字已存入“历史版本”。';
			this.#onsaved?.(current);
		} catch (error) {
			this.status = 'error';
			this.problem = '载入失败，你的文字仍在本页。';
			console.error(error);
		}
	}

	/** Puts an earlier text back; the text replaced goes into the history first. */
	async restore(text: string): Promise<void> {
		const ref = this.#ref;
		if (!ref) return;
		if (this.text !== text) await addHistory(ref, this.text, 'before-restore');
		this.input(text);
		await this.flush();
	}

	/**
	 * Runs an action that changes the record itself (e.g. submitting a case draft turns it into
	 * an attempt), after saving; the editor then shows `after` without calling it a conflict.
	 */
	async commit<T>(action: (text: string) => Promise<T>, after = ''): Promise<T> {
		await this.flush();
		if (this.theirs !== null)
			throw new DraftError('另一个标签页也修改了这里的内容：请先选择保留哪个版本。');
		if (this.status === 'error') throw new DraftError(this.problem);
		this.#inflight = after;
		try {
			const result = await action(this.text);
			this.#base = after;
			this.text = after;
			this.#dirty = false;
			this.#cancelJournal();
			if (this.key) journalRemove(this.key);
			return result;
		} finally {
			this.#inflight = null;
		}
	}
}
