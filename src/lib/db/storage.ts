/** Persistent-storage status of this browser, shown on /me. */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

export async function requestPersistentStorage(): Promise<PersistenceState> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
	if (await navigator.storage.persisted()) return 'persisted';
	return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
}
