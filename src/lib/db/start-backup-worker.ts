/** Vite bundles the worker from this `new Worker(new URL(…))` pattern; see backup-request.ts. */
export const startBackupWorker = () =>
	new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
