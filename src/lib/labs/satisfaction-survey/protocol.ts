/** Messages between the satisfaction-survey page and its two workers (file reading, bootstrap). */
import type { BootstrapResult } from '$lib/analytics/pls-bootstrap';
import type { PlsModel } from '$lib/analytics/pls';
import type { SurveyTable } from '$lib/analytics/survey-data';
import type { FileRead, FileWorkerReply, InspectRequest, KindGuess } from '$lib/labs/file-protocol';

export type SurveyRequest = FileRead & { kind: 'survey' };
/** A survey is always one row per respondent; the shared protocol still asks for a guess. */
export type SurveyKind = KindGuess;

export type FileWorkerRequest = InspectRequest | SurveyRequest;
export type FileReply = FileWorkerReply<SurveyTable, SurveyKind>;

export interface BootstrapRequest {
	rows: number[][];
	columns: string[];
	model: PlsModel;
	resamples: number;
	seed: number;
}

export type BootstrapReply =
	| { kind: 'progress'; done: number }
	| { kind: 'result'; result: BootstrapResult }
	/** Already in Chinese for the learner. */
	| { kind: 'error'; message: string };
