/**
 * Reactive reads from the database, the one door pages and components read through: they name a
 * read exported from this folder and, for a read that takes arguments, a getter of them; the
 * database handle stays in here. The read re-runs when the data it read changes, in this tab or
 * another (Dexie's liveQuery), and when the reactive values the getter reads change.
 *
 *   const progress = live(storedProgress, undefined, () => [slug]);
 *   {progress.current?.readAt}
 */
import type { liveQuery as LiveQuery } from 'dexie';
import {
	onBlocked,
	onOutdated,
	onQuotaExceeded,
	openDatabase,
	type CrmDatabase,
	type StorageMode
} from './database';

let ready = $state.raw<CrmDatabase | null>(null);
/** Dexie's liveQuery, loaded with the database (Dexie is not part of the page's first download). */
let liveQuery: typeof LiveQuery | null = null;
let mode = $state<StorageMode | null>(null);
let outdated = $state(false);
let quotaExceeded = $state(false);
let blocked = $state(false);

let started = false;

function ensureOpen() {
	if (started || typeof window === 'undefined') return;
	started = true;
	onOutdated(() => (outdated = true));
	onQuotaExceeded(() => (quotaExceeded = true));
	onBlocked((waiting) => (blocked = waiting));
	void open();
}

async function open() {
	let opened: Awaited<ReturnType<typeof openDatabase>>;
	let dexie: typeof import('dexie');
	try {
		opened = await openDatabase();
		// Dexie is imported here only once the database is open, which waits for the page to be idle.
		dexie = await import('dexie');
	} catch (error) {
		// Not even the in-memory fallback opened: say so like a private mode.
		console.error('打开本地数据库失败', error);
		mode = 'memory';
		return;
	}
	liveQuery = dexie.liveQuery;
	ready = opened.db;
	mode = opened.mode;
}

/** 'memory' when IndexedDB was unavailable and nothing will survive a reload. */
export const storage = {
	get mode() {
		ensureOpen();
		return mode;
	},
	/** True once another tab upgraded the database: this tab must reload before writing. */
	get outdated() {
		ensureOpen();
		return outdated;
	},
	/**
	 * True while the database cannot open because another tab keeps the old version open; pages
	 * that read or save wait until it is closed.
	 */
	get blocked() {
		ensureOpen();
		return blocked;
	},
	/** True after a write failed because storage is full; earlier data is intact. */
	get quotaExceeded() {
		ensureOpen();
		return quotaExceeded;
	}
};

/** A read from this folder, run by `live()` with the open database and the getter's arguments. */
type Read<T, Args extends unknown[]> = (db: CrmDatabase, ...args: Args) => Promise<T> | T;

export interface Live<T> {
	/** The latest result; `initial` until the first read has come back. */
	readonly current: T;
	/** True once the first read has come back. */
	readonly loaded: boolean;
}

export function live<T>(read: Read<T, []>, initial: T): Live<T>;
// `[] | unknown[]` makes TypeScript read the getter's array as a tuple of the read's arguments.
export function live<T, Args extends [] | unknown[]>(
	read: Read<T, Args>,
	initial: T,
	/** The read's arguments, from props or state: the read re-runs when they change. */
	args: () => Args
): Live<T>;
export function live<T, Args extends unknown[]>(
	read: Read<T, Args>,
	initial: T,
	args?: () => Args
): Live<T> {
	let current = $state.raw(initial);
	let loaded = $state(false);
	ensureOpen();
	$effect(() => {
		const db = ready;
		// Read here, in the effect, so a change to them re-runs it.
		const values = args?.() ?? ([] as unknown[] as Args);
		if (!db || !liveQuery) return;
		const subscription = liveQuery(() => read(db, ...values)).subscribe({
			next: (value) => {
				current = value;
				loaded = true;
			},
			error: (error) => console.error('读取本地数据失败', error)
		});
		return () => subscription.unsubscribe();
	});
	return {
		get current() {
			return current;
		},
		get loaded() {
			return loaded;
		}
	};
}
