/** Vite bundles the worker from this `new Worker(new URL(…))` pattern; see read-bank.ts. */
export const startReadBankWorker = () =>
	new Worker(new URL('./read-bank.worker.ts', import.meta.url), { type: 'module' });
