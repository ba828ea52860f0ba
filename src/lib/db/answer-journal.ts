/**
 * The synchronous journal of assignment answers picked but not yet committed. A choice is one
 * click, and the IndexedDB write it starts may never commit when the page reloads at once; the
 * localStorage write is done when `setItem` returns. `saveWorkAnswer` writes here first and clears
 * the entry after its transaction; `workFor` applies what is left before it reads.
 */
import type { Response } from '../practice/grade';

const PREFIX = 'crm-workbench:answer:';

export interface PendingAnswer {
	itemId: string;
	response: Response;
	at: number;
}

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Some privacy settings throw on the mere access.
		return null;
	}
}

const keyOf = (assignmentId: string, itemId: string) =>
	`${PREFIX}${JSON.stringify([assignmentId, itemId])}`;

function isResponse(value: unknown): value is Response {
	return (
		typeof value === 'string' ||
		(Array.isArray(value) && value.every((choice) => typeof choice === 'string'))
	);
}

export function journalAnswer(assignmentId: string, pending: PendingAnswer): void {
	try {
		storage()?.setItem(keyOf(assignmentId, pending.itemId), JSON.stringify(pending));
	} catch {
		// Full or unavailable: the IndexedDB write still goes ahead.
	}
}

/** Clears the entry once its answer committed, unless a newer click has replaced it. */
export function clearAnswer(assignmentId: string, itemId: string, at: number): void {
	const store = storage();
	if (!store) return;
	const key = keyOf(assignmentId, itemId);
	try {
		const entry = parsePending(store.getItem(key));
		if (!entry || entry.at <= at) store.removeItem(key);
	} catch {
		// Nothing to clear.
	}
}

function parsePending(raw: string | null): PendingAnswer | null {
	if (!raw) return null;
	try {
		const entry = JSON.parse(raw) as Partial<PendingAnswer>;
		if (
			typeof entry.itemId !== 'string' ||
			!isResponse(entry.response) ||
			typeof entry.at !== 'number' ||
			!Number.isFinite(entry.at)
		)
			return null;
		return entry as PendingAnswer;
	} catch {
		return null;
	}
}

/** The answers left uncommitted for one assignment, oldest first; unreadable entries are dropped. */
export function pendingAnswers(assignmentId: string): PendingAnswer[] {
	const store = storage();
	if (!store) return [];
	const found: PendingAnswer[] = [];
	try {
		const names: string[] = [];
		for (let i = 0; i < store.length; i++) {
			const name = store.key(i);
			if (name?.startsWith(PREFIX)) names.push(name);
		}
		for (const name of names) {
			let ids: unknown;
			try {
				ids = JSON.parse(name.slice(PREFIX.length));
			} catch {
				ids = null;
			}
			if (!Array.isArray(ids) || ids[0] !== assignmentId) continue;
			const entry = parsePending(store.getItem(name));
			if (entry && entry.itemId === ids[1]) found.push(entry);
			else store.removeItem(name);
		}
	} catch {
		return found;
	}
	return found.sort((a, b) => a.at - b.at);
}
