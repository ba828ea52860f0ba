/**
 * Messages between a lab page that reads a learner's table and the Web Worker that reads it. Every
 * such lab speaks the same protocol: one inspection step (shared), then the lab's own analysis
 * requests, whose result type the lab chooses.
 */
import type { FileKind } from '$lib/analytics/import/customer-file';
import type { EncodingChoice, FileInspection } from '$lib/analytics/import/transaction-file';

/** How to read the table: as inspected, or as the learner changed it. */
export interface ReadChoice {
	encoding: EncodingChoice;
	/** A workbook's sheet (its first when absent). */
	sheet?: string;
	/** Whether the first row is a header (detected when absent). */
	header?: boolean;
}

/** What every analysis request carries: the file and how it was inspected. */
export interface FileRead {
	bytes: Uint8Array;
	read: ReadChoice;
	/** As detected at inspection ('' for a workbook). */
	delimiter: string;
}

export interface InspectRequest {
	kind: 'inspect';
	bytes: Uint8Array;
	read: ReadChoice;
}

/** The lab's guess whether each row is a transaction or a customer, as the mapper shows it. */
export interface KindGuess {
	value: FileKind;
	/** True while `value` is the guess rather than the learner's choice. */
	guessed: boolean;
}

export type FileWorkerReply<Result, Kind extends KindGuess> =
	| { kind: 'inspection'; inspection: FileInspection; fileKind: Kind }
	| { kind: 'progress'; rowsRead: number; fraction: number }
	| { kind: 'result'; result: Result }
	/** `message` is already in Chinese for the learner. */
	| { kind: 'error'; message: string };
