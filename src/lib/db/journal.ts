/**
 * A small synchronous journal of unsaved text in localStorage. IndexedDB writes are
 * asynchronous, and one started when the page is hidden or reloaded may never commit; a
 * localStorage write is done when `setItem` returns. Every keystroke in an autosaved editor
 * writes its text here, the entry is cleared once the same text has committed to IndexedDB, and
 * entries left over (a reload, a closed tab, a crash) are replayed on the next page load
 * (`replayJournal` in drafts.ts).
 */
import type { DraftRef } from './draft-ref';

const PREFIX = 'crm-workbench:unsaved:';

export interface JournalEntry {
	ref: DraftRef;
	/** The text typed. */
	text: string;
	/** The record's text the typing started from: replaying over anything else is a conflict. */
	base: string;
	/**
	 * The text of this editor's save that was under way at the keystroke, if any: it may have
	 * committed after this entry was written, and is then this editor's own, not a conflict.
	 */
	inflight?: string;
	at: number;
	/** Which editor wrote it, and its keystroke count: only that editor's own save clears it. */
	owner: string;
	seq: number;
}

function storage(): Storage | null {
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
			typeof entry.text !== 'string' ||
			typeof entry.base !== 'string' ||
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
