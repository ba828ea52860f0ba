/** Messages between the segmentation page and its analysis worker (the shared file protocol). */
import type { CustomerColumnNames, KindChoice } from '$lib/analytics/import/customer-file';
import type { ColumnNames, TransactionSummary } from '$lib/analytics/import/transaction-file';
import type { FileRead, FileWorkerReply, InspectRequest } from '$lib/labs/file-protocol';

export type { ReadChoice } from '$lib/labs/file-protocol';

export type AnalyseRequest =
	| (FileRead & { kind: 'analyse'; columns: ColumnNames; dropFuture?: boolean })
	| (FileRead & {
			kind: 'analyse-customers';
			columns: CustomerColumnNames;
			/** The day recency in days counts back from. */
			asOfDay: number;
			dropFuture?: boolean;
	  });

export type WorkerRequest = InspectRequest | AnalyseRequest;

export type WorkerReply = FileWorkerReply<TransactionSummary, KindChoice>;
