/**
 * The learner's file on its way to histories (the shared FileSession with this lab's worker). The
 * last good read (`dataset`) stays until a new one succeeds, so a bad file changes nothing.
 */
import type { ColumnNames } from '$lib/analytics/import/columns';
import type { CustomerTableColumns, HistoriesRead } from '$lib/analytics/lifecycle-input';
import { FileSession } from '$lib/labs/file-session.svelte';
import type { LifecycleKind, LifecycleRequest } from './protocol';

/** What the page computes from: a read file, or one reopened from a scenario. */
export interface Dataset {
	source: string;
	read: HistoriesRead;
}

export class LifecycleSession extends FileSession<LifecycleRequest, HistoriesRead, LifecycleKind> {
	dataset = $state.raw<Dataset | null>(null);

	constructor() {
		super(
			() =>
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite bundles the worker only from this literal `new URL(…, import.meta.url)` form; nothing reacts to it
				new Worker(new URL('./lifecycle.worker.ts', import.meta.url), { type: 'module' })
		);
	}

	protected override get hasResult(): boolean {
		return this.dataset !== null;
	}

	/** Inspects a new file; `columns` (sample data) reads it straight away with no mapping step. */
	async open(bytes: Uint8Array, fileName: string, columns?: ColumnNames): Promise<boolean> {
		const inspection = await this.load(bytes, fileName);
		if (!inspection || !columns) return false;
		return this.readTransactions(columns);
	}

	async readTransactions(columns: ColumnNames): Promise<boolean> {
		const file = this.fileRead();
		return !!file && this.#read({ kind: 'transactions', ...file, columns });
	}

	async readCustomers(columns: CustomerTableColumns): Promise<boolean> {
		const file = this.fileRead();
		return !!file && this.#read({ kind: 'customers', ...file, columns });
	}

	/** Puts back a read saved in a scenario (no file, so no mapping step). */
	restore(dataset: Dataset): void {
		this.dataset = dataset;
		this.settle();
	}

	#read(request: LifecycleRequest): Promise<boolean> {
		return this.run(request, (read) => (this.dataset = { source: this.fileName, read }));
	}
}
