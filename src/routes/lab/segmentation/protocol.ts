/** Messages between the segmentation page and its analysis worker. */
import type {
	ColumnNames,
	EncodingChoice,
	FileInspection,
	TransactionSummary
} from '$lib/analytics/import/transaction-file';

export type WorkerRequest =
	| { kind: 'inspect'; bytes: Uint8Array; encoding: EncodingChoice }
	| {
			kind: 'analyse';
			bytes: Uint8Array;
			encoding: EncodingChoice;
			delimiter: string;
			columns: ColumnNames;
	  };

export type WorkerReply =
	| { kind: 'inspection'; inspection: FileInspection }
	| { kind: 'progress'; rowsRead: number; fraction: number }
	| { kind: 'summary'; summary: TransactionSummary }
	/** `message` is already in Chinese for the learner. */
	| { kind: 'error'; message: string };
