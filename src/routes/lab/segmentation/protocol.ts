/** Messages between the segmentation page and its analysis worker. */
import type { CustomerColumnNames, KindChoice } from '$lib/analytics/import/customer-file';
import type {
	ColumnNames,
	EncodingChoice,
	FileInspection,
	TransactionSummary
} from '$lib/analytics/import/transaction-file';

/** How to read the table: as inspected, or as the learner changed it. */
export interface ReadChoice {
	encoding: EncodingChoice;
	/** A workbook's sheet (its first when absent). */
	sheet?: string;
	/** Whether the first row is a header (detected when absent). */
	header?: boolean;
}

export type AnalyseRequest =
	| {
			kind: 'analyse';
			bytes: Uint8Array;
			read: ReadChoice;
			delimiter: string;
			columns: ColumnNames;
			dropFuture?: boolean;
	  }
	| {
			kind: 'analyse-customers';
			bytes: Uint8Array;
			read: ReadChoice;
			delimiter: string;
			columns: CustomerColumnNames;
			/** The day recency in days counts back from. */
			asOfDay: number;
			dropFuture?: boolean;
	  };

export type WorkerRequest =
	{ kind: 'inspect'; bytes: Uint8Array; read: ReadChoice } | AnalyseRequest;

export type WorkerReply =
	| { kind: 'inspection'; inspection: FileInspection; fileKind: KindChoice }
	| { kind: 'progress'; rowsRead: number; fraction: number }
	| { kind: 'summary'; summary: TransactionSummary }
	/** `message` is already in Chinese for the learner. */
	| { kind: 'error'; message: string };
