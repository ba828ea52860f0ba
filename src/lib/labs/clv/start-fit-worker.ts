/** Vite bundles the worker from this `new Worker(new URL(…))` pattern; kept apart from rune code. */
export const startFitWorker = (): Worker =>
	new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' });
