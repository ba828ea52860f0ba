import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	BLOCKED_NOTICE_MS,
	closeDatabaseForTests,
	DATABASE_NAME,
	onBlocked,
	openDatabase
} from './database';
// Loaded up front, so the open below takes the same few event-loop turns it takes in a browser
// that has fetched the module: openDatabase imports the class lazily.
import './crm-database';

/** An old tab: a connection at an older version that ignores the request to close. */
function openOldConnection(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE_NAME, 1);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

beforeEach(async () => {
	await closeDatabaseForTests();
	await new Promise((done) => {
		const request = indexedDB.deleteDatabase(DATABASE_NAME);
		request.onsuccess = request.onerror = done;
	});
});

afterEach(() => vi.useRealTimers());

describe('a database another tab keeps open at an old version', () => {
	it('says so after BLOCKED_NOTICE_MS, and says it is over once the other tab closes', async () => {
		const old = await openOldConnection();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const told: boolean[] = [];
		const stop = onBlocked((blocked) => told.push(blocked));
		let opened = false;
		const opening = openDatabase().then((result) => {
			opened = true;
			return result;
		});
		try {
			// Let the open request reach the blocked state.
			for (let turn = 0; turn < 20; turn++) await new Promise((next) => setImmediate(next));
			expect(vi.getTimerCount()).toBe(1);
			await vi.advanceTimersByTimeAsync(BLOCKED_NOTICE_MS - 1);
			expect(told).toEqual([]);
			await vi.advanceTimersByTimeAsync(1);
			expect(told).toEqual([true]);
			expect(opened).toBe(false);
		} finally {
			vi.useRealTimers();
			old.close();
		}
		const { mode } = await opening;
		expect(mode).toBe('indexeddb');
		expect(told).toEqual([true, false]);
		stop();
	});

	it('says nothing when the database opens at once', async () => {
		const told: boolean[] = [];
		const stop = onBlocked((blocked) => told.push(blocked));
		expect((await openDatabase()).mode).toBe('indexeddb');
		expect(told).toEqual([]);
		stop();
	});
});
