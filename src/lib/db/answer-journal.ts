/**
 * The synchronous journal of answers picked but not yet committed (an assignment's or a mock
 * exam's). A choice is one click, and the IndexedDB write it starts may never commit when the page
 * reloads at once; the localStorage write is done when `setItem` returns. The save functions write
 * here first and clear the entry after their transaction; reopening applies what is left. A scope
 * names the paper: `assignment:<id>`, `mock:<id>`.
 */
import type { Response } from '../practice/grade';
import { storage } from './journal';

const PREFIX = 'crm-workbench:answer:';

export interface PendingAnswer {
	itemId: string;
	response: Response;
	at: number;
}

const keyOf = (scope: string, itemId: string) => `${PREFIX}${JSON.stringify([scope, itemId])}`;

function isResponse(value: unknown): value is Response {
	return (
		typeof value === 'string' ||
		typeof value === 'boolean' ||
		(Array.isArray(value) && value.every((choice) => typeof choice === 'string'))
	);
}

export function journalAnswer(scope: string, pending: PendingAnswer): void {
	try {
		storage()?.setItem(keyOf(scope, pending.itemId), JSON.stringify(pending));
	} catch {
		// Full or unavailable: the IndexedDB write still goes ahead.
	}
}

/** Clears the entry once its answer committed, unless a newer click has replaced it. */
export function clearAnswer(scope: string, itemId: string, at: number): void {
	const store = storage();
	if (!store) return;
	const key = keyOf(scope, itemId);
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

/** The answers left uncommitted in one scope, oldest first; unreadable entries are dropped. */
export function pendingAnswers(scope: string): PendingAnswer[] {
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
			if (!Array.isArray(ids) || ids[0] !== scope) continue;
			const entry = parsePending(store.getItem(name));
			if (entry && entry.itemId === ids[1]) found.push(entry);
			else store.removeItem(name);
		}
	} catch {
		return found;
	}
	return found.sort((a, b) => a.at - b.at);
}
