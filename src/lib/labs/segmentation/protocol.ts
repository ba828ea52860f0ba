/** Messages between the segmentation page and its analysis worker (the shared file protocol). */
import type { CustomerColumnNames, KindChoice } from '$lib/analytics/import/customer-file';
import type { ColumnNames, TransactionSummary } from '$lib/analytics/import/transaction-file';
import type { FileRead, FileWorkerReply, InspectRequest } from '$lib/labs/file-protocol';
import type { PackedScores } from './results';

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

/**
 * Scores a summary the page already holds: at another as-of day, or reopened from a scenario.
 * The summary travels with every request, so the worker keeps nothing between requests (a
 * cancelled or crashed worker loses nothing).
 */
export interface ScoreRequest {
	kind: 'score';
	summary: TransactionSummary;
	/** The file's default when absent. */
	asOfDay?: number;
}

export type SegmentationRequest = AnalyseRequest | ScoreRequest;

/** A file read and scored, or (for a ScoreRequest, whose summary the page has) only the scores. */
export interface Analysis {
	summary?: TransactionSummary;
	scores: PackedScores;
}

export type WorkerRequest = InspectRequest | SegmentationRequest;

export type WorkerReply = FileWorkerReply<Analysis, KindChoice>;
