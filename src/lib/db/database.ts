/**
 * The one Dexie database. Only src/lib/db imports Dexie; the rest of the app calls the typed
 * functions beside this file. Dexie itself (about 30 KB gzip) is loaded by the first read or
 * write, not with the page: the class lives in ./crm-database.ts behind a dynamic import.
 */
import { whenIdle } from '$lib/idle';
import type { CrmDatabase } from './crm-database';

export type { CrmDatabase } from './crm-database';
export { DATABASE_NAME } from './database-name';

export type StorageMode = 'indexeddb' | 'memory';

const outdatedListeners = new Set<() => void>();
const quotaListeners = new Set<() => void>();

/** Calls back when a write failed because the browser's storage quota is full. */
export function onQuotaExceeded(listener: () => void): () => void {
	quotaListeners.add(listener);
	return () => quotaListeners.delete(listener);
}

const isQuotaError = (error: unknown) =>
	error instanceof Error &&
	(error.name === 'QuotaExceededError' ||
		(error as { inner?: Error }).inner?.name === 'QuotaExceededError');

/**
 * Every write goes through this: a full disk fails the one write (its transaction rolls back,
 * so the last good state stays) and tells the page, which offers an export.
 */
function reportQuotaErrors(db: CrmDatabase) {
	db.use({
		stack: 'dbcore',
		name: 'quota-errors',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (request) =>
						table.mutate(request).catch((error: unknown) => {
							if (isQuotaError(error)) for (const listener of quotaListeners) listener();
							throw error;
						})
				};
			}
		})
	});
}

/**
 * Calls back when another tab opened the database with a newer schema. This tab's code is then
 * out of date: the connection is closed so it writes nothing, and the page asks for a reload.
 */
export function onOutdated(listener: () => void): () => void {
	outdatedListeners.add(listener);
	return () => outdatedListeners.delete(listener);
}

/**
 * How long an upgrade may wait on another tab before the page says so. The wait itself is
 * normal for a moment (the other tab is asked to close its connection and usually does).
 */
export const BLOCKED_NOTICE_MS = 3000;

const blockedListeners = new Set<(blocked: boolean) => void>();

/**
 * Calls back with true when opening the database has waited BLOCKED_NOTICE_MS, which happens when
 * another tab still holds the old version open (it ignored the request to close), and with false
 * once the database opened after all.
 */
export function onBlocked(listener: (blocked: boolean) => void): () => void {
	blockedListeners.add(listener);
	return () => blockedListeners.delete(listener);
}

/**
 * Opens `db`, telling onBlocked listeners when it has not opened after BLOCKED_NOTICE_MS. An open
 * only waits that long behind another connection: the old tab's (Dexie's 'blocked' event), or,
 * after a reload, the queued upgrade of this tab's previous page, which gets no 'blocked' event
 * of its own. So the timer runs from the start rather than from the event.
 */
async function openReportingBlocked(db: CrmDatabase): Promise<void> {
	let told = false;
	let blockedEvent = false;
	db.on('blocked', () => {
		blockedEvent = true;
	});
	const timer = setTimeout(() => {
		told = true;
		console.warn(
			`本地数据库 ${BLOCKED_NOTICE_MS / 1000} 秒仍未打开${blockedEvent ? '：另一个标签页没有关闭旧版本的连接' : ''}`
		);
		for (const listener of blockedListeners) listener(true);
	}, BLOCKED_NOTICE_MS);
	try {
		await db.open();
	} finally {
		clearTimeout(timer);
		if (told) for (const listener of blockedListeners) listener(false);
	}
}

const databaseClass = () => import('./crm-database').then((module) => module.CrmDatabase);

let opening: Promise<{ db: CrmDatabase; mode: StorageMode }> | null = null;

/**
 * Opens the database once. Where IndexedDB is missing or blocked (private modes, disabled
 * storage) it falls back to an in-memory IndexedDB so every feature still works for the visit.
 */
export function openDatabase(): Promise<{ db: CrmDatabase; mode: StorageMode }> {
	opening ??= (async () => {
		try {
			if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
			// Stored data is shown just after the page, never instead of it: Dexie is fetched
			// and the database opened once the browser is idle after the first paint.
			await whenIdle();
			const Database = await databaseClass();
			const db = new Database();
			reportQuotaErrors(db);
			db.on('versionchange', () => {
				db.close();
				for (const listener of outdatedListeners) listener();
				return false;
			});
			await openReportingBlocked(db);
			return { db, mode: 'indexeddb' as const };
		} catch (error) {
			// A newer version of the site already upgraded the database: this code is outdated.
			if ((error as Error | undefined)?.name === 'VersionError') {
				for (const listener of outdatedListeners) listener();
			}
			const [{ IDBFactory, IDBKeyRange }, Database] = await Promise.all([
				import('fake-indexeddb'),
				databaseClass()
			]);
			const db = new Database({ indexedDB: new IDBFactory(), IDBKeyRange });
			await db.open();
			return { db, mode: 'memory' as const };
		}
	})();
	return opening;
}

export async function database(): Promise<CrmDatabase> {
	return (await openDatabase()).db;
}

/** Forgets the open database; tests use it to start from a fresh one. */
export async function closeDatabaseForTests(): Promise<void> {
	if (!opening) return;
	const { db } = await opening;
	db.close();
	opening = null;
}
