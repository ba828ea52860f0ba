/**
 * Reactive reads from the database. The query re-runs when the data it read changes, in this
 * tab or another (Dexie's liveQuery), and when reactive values it reads change.
 *
 *   const progress = live((db) => db.chapterProgress.get(slug), undefined);
 *   {progress.current?.readAt}
 */
import { liveQuery } from 'dexie';
import { openDatabase, type CrmDatabase, type StorageMode } from './database';

let ready = $state.raw<CrmDatabase | null>(null);
let mode = $state<StorageMode | null>(null);

function ensureOpen() {
	if (ready || typeof window === 'undefined') return;
	openDatabase().then((opened) => {
		ready = opened.db;
		mode = opened.mode;
	});
}

/** 'memory' when IndexedDB was unavailable and nothing will survive a reload. */
export const storage = {
	get mode() {
		ensureOpen();
		return mode;
	}
};

export function live<T>(query: (db: CrmDatabase) => Promise<T> | T, initial: T) {
	let current = $state.raw(initial);
	let loaded = $state(false);
	ensureOpen();
	$effect(() => {
		const db = ready;
		if (!db) return;
		// liveQuery runs the query synchronously on subscribe, so reactive values it reads
		// before its first await are tracked by this effect.
		const subscription = liveQuery(() => query(db)).subscribe({
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
