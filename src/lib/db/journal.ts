/**
 * A small synchronous journal of unsaved text in localStorage. IndexedDB writes are
 * asynchronous, and one started when the page is hidden or reloaded may never commit; a
 * localStorage write is done when `setItem` returns. Every keystroke in an autosaved editor
 * writes its text here, the entry is cleared once the same text has committed to IndexedDB, and
 * entries left over (a reload, a closed tab, a crash) are replayed on the next page load
 * (`replayJournal` in drafts.ts).
 *
 * A long text is costly to journal: a 1 MB note written as text, base and in-flight text was
 * 3 MB of JSON per keystroke, seconds of typing lag. So the texts the entry only compares
 * against (`base`, `inflight`) are kept as a digest once they are long, and a long text itself
 * is journalled as its edit of those texts (`TextEdit`: typing at one place in a megabyte is a
 * few characters to write). Only an edit too large for that (a big paste) is journalled in full,
 * at most every JOURNAL_COALESCE_MS (and at once when the page is hidden or left); see
 * autosave.svelte.ts.
 */
import type { DraftRef } from './draft-ref';

const PREFIX = 'crm-workbench:unsaved:';

/**
 * A text as a change of another: `from.slice(0, head) + middle + from.slice(from.length - tail)`.
 */
export interface TextEdit {
	head: number;
	tail: number;
	middle: string;
}

export interface JournalEntry {
	ref: DraftRef;
	/**
	 * The text typed, in full; or, for a long text, absent and given as its edit of the base
	 * (`baseEdit`) and of the in-flight text (`inflightEdit`), whichever the record turns out to
	 * hold on replay.
	 */
	text?: string;
	baseEdit?: TextEdit;
	inflightEdit?: TextEdit;
	/**
	 * The record's text the typing started from: replaying over anything else is a conflict.
	 * Kept in full up to FULL_TEXT_LIMIT characters, otherwise as `baseDigest`.
	 */
	base?: string;
	baseDigest?: string;
	/**
	 * The text of this editor's save that was under way at the keystroke, if any: it may have
	 * committed after this entry was written, and is then this editor's own, not a conflict.
	 * In full or as `inflightDigest`, like `base`.
	 */
	inflight?: string;
	inflightDigest?: string;
	at: number;
	/** Which editor wrote it, and its keystroke count: only that editor's own save clears it. */
	owner: string;
	seq: number;
}

/** Texts longer than this are journalled as a digest where only compared against. */
export const FULL_TEXT_LIMIT = 10_000;

/**
 * Length and a 53-bit hash (cyrb53) of a text: enough to tell whether the record still holds
 * the text an entry started from. A megabyte takes a few milliseconds.
 */
export function textDigest(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return `${text.length}:${hash.toString(36)}`;
}

/** The fields for one compared text: in full when short, else its digest. */
export function comparedText(
	name: 'base' | 'inflight',
	text: string,
	digest: () => string
): Partial<JournalEntry> {
	return text.length <= FULL_TEXT_LIMIT ? { [name]: text } : { [`${name}Digest`]: digest() };
}

/** Whether `current` is the entry's base (or in-flight) text, by full text or digest. */
export function journalMatches(
	current: string,
	full: string | undefined,
	digest: string | undefined
): boolean {
	if (full !== undefined) return current === full;
	if (digest === undefined) return false;
	return digest.startsWith(`${current.length}:`) && textDigest(current) === digest;
}

/** The smallest edit that turns `from` into `to`: their common start and end are kept. */
export function textEdit(from: string, to: string): TextEdit {
	const shorter = Math.min(from.length, to.length);
	let head = 0;
	while (head < shorter && from.charCodeAt(head) === to.charCodeAt(head)) head++;
	let tail = 0;
	while (
		tail < shorter - head &&
		from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)
	)
		tail++;
	return { head, tail, middle: to.slice(head, to.length - tail) };
}

function isTextEdit(value: unknown): value is TextEdit {
	if (typeof value !== 'object' || value === null) return false;
	const { head, tail, middle } = value as Partial<TextEdit>;
	return (
		Number.isSafeInteger(head) &&
		Number.isSafeInteger(tail) &&
		(head as number) >= 0 &&
		(tail as number) >= 0 &&
		typeof middle === 'string'
	);
}

function applyEdit(from: string, edit: TextEdit | undefined): string | null {
	if (!edit || edit.head + edit.tail > from.length) return null;
	return from.slice(0, edit.head) + edit.middle + from.slice(from.length - edit.tail);
}

/**
 * What an entry holds, read against the record's `current` text: the typed text, and whether it
 * was typed over `current` (this editor's base or its own in-flight save) rather than over a text
 * another tab has since replaced. Null when a long text was journalled as edits of a text the
 * record no longer holds: it cannot be rebuilt (the editor journals in full once it sees a
 * conflict, so this needs another tab's save and a crash within the same moment).
 */
export function journalledText(
	entry: JournalEntry,
	current: string
): { text: string; ours: boolean } | null {
	const overInflight = journalMatches(current, entry.inflight, entry.inflightDigest);
	const overBase = journalMatches(current, entry.base, entry.baseDigest);
	if (entry.text !== undefined) return { text: entry.text, ours: overInflight || overBase };
	const text =
		(overInflight ? applyEdit(current, entry.inflightEdit) : null) ??
		(overBase ? applyEdit(current, entry.baseEdit) : null);
	return text === null ? null : { text, ours: true };
}

/** localStorage, or null where it is missing or refused. */
export function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Some privacy settings throw on the mere access.
		return null;
	}
}

/** Records unsaved text; false when localStorage is unavailable or full. */
export function journalWrite(key: string, entry: JournalEntry): boolean {
	try {
		storage()?.setItem(PREFIX + key, JSON.stringify(entry));
		return storage() !== null;
	} catch {
		return false;
	}
}

function parse(raw: string | null): JournalEntry | null {
	if (!raw) return null;
	try {
		const entry = JSON.parse(raw) as Partial<JournalEntry>;
		if (
			(typeof entry.text !== 'string' && !isTextEdit(entry.baseEdit)) ||
			(entry.inflightEdit !== undefined && !isTextEdit(entry.inflightEdit)) ||
			(typeof entry.base !== 'string' && typeof entry.baseDigest !== 'string') ||
			typeof entry.ref !== 'object' ||
			entry.ref === null
		)
			return null;
		return entry as JournalEntry;
	} catch {
		return null;
	}
}

/** Clears the entry once its text committed, unless a newer keystroke has replaced it. */
export function journalClear(key: string, owner: string, seq: number): void {
	const store = storage();
	if (!store) return;
	try {
		const entry = parse(store.getItem(PREFIX + key));
		if (!entry || (entry.owner === owner && entry.seq <= seq)) store.removeItem(PREFIX + key);
	} catch {
		// Nothing to clear.
	}
}

export function journalRemove(key: string): void {
	try {
		storage()?.removeItem(PREFIX + key);
	} catch {
		// Nothing to remove.
	}
}

/** Every entry left in the journal, with its key. Unreadable entries are dropped. */
export function journalEntries(): { key: string; entry: JournalEntry }[] {
	const store = storage();
	if (!store) return [];
	const found: { key: string; entry: JournalEntry }[] = [];
	const unreadable: string[] = [];
	try {
		for (let i = 0; i < store.length; i++) {
			const name = store.key(i);
			if (!name?.startsWith(PREFIX)) continue;
			const entry = parse(store.getItem(name));
			if (entry) found.push({ key: name.slice(PREFIX.length), entry });
			else unreadable.push(name);
		}
		for (const name of unreadable) store.removeItem(name);
	} catch {
		return found;
	}
	return found;
}
