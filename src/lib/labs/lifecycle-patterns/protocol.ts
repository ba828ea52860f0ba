/** Messages between the lifecycle patterns page and its worker (the shared file protocol). */
import type { ColumnNames } from '$lib/analytics/import/columns';
import type {
	CustomerTableColumns,
	CustomerTableGuess,
	HistoriesRead
} from '$lib/analytics/lifecycle-input';
import type { FileRead, FileWorkerReply, InspectRequest, KindGuess } from '$lib/labs/file-protocol';

export type LifecycleRequest =
	| (FileRead & { kind: 'transactions'; columns: ColumnNames })
	| (FileRead & { kind: 'customers'; columns: CustomerTableColumns });

/** The guess whether rows are customers, with the per-customer columns recognised. */
export type LifecycleKind = KindGuess & CustomerTableGuess;

export type WorkerRequest = InspectRequest | LifecycleRequest;
export type WorkerReply = FileWorkerReply<HistoriesRead, LifecycleKind>;
