/**
 * Record shapes kept in IndexedDB. Times are epoch milliseconds so they sort, index and
 * survive export/import without Date conversions.
 */
import type { Response } from '../practice/grade';
import type { Assignment, AuthoredCase } from '../teach/assignment';
import type { Student } from '../teach/submission';

export interface ChapterProgress {
	/** Chapter slug, e.g. `crm-basics`. */
	slug: string;
	/** When the learner marked the chapter read; null once unmarked. */
	readAt: number | null;
	/** Last scroll position as a share of the page height (0–1), to resume reading. */
	scrollRatio: number;
	lastVisitedAt: number;
	timeSpentMs: number;
}

export interface ChapterNote {
	chapter: string;
	/** Markdown written by the learner; rendered through marked + DOMPurify. */
	text: string;
	updatedAt: number;
}

/** 'wrong-book': not an answer, the learner put the question into the wrong-answer book by hand. */
export type AttemptSource = 'drill' | 'mock' | 'review' | 'assignment' | 'wrong-book';

export interface Attempt {
	id?: number;
	questionId: string;
	chapter: string;
	answeredAt: number;
	/** null for written answers that have not been self-marked. */
	correct: boolean | null;
	/** The learner's answer: file letters (see option order), true/false or text. */
	response: string | string[] | boolean;
	/**
	 * Choice questions: the option order the learner saw; entry i is the file index of the option
	 * shown as letter i. Absent on attempts saved before options were shuffled (file order).
	 */
	order?: number[];
	score?: number;
	maxScore?: number;
	/** The learner said "unsure" even if correct; feeds the review rating. */
	unsure?: boolean;
	source: AttemptSource;
}

export interface CaseAnswer {
	id?: number;
	caseId: string;
	questionId: string;
	text: string;
	status: 'draft' | 'submitted';
	startedAt: number;
	updatedAt: number;
	submittedAt?: number;
	/** Indexes of the scoring points the learner confirmed. */
	confirmedPoints?: number[];
	score?: number;
	maxScore?: number;
}

export interface ReviewCard {
	questionId: string;
	/** Next due time; indexed for the daily queue. */
	due: number;
	/** The scheduler's card state (ts-fsrs fields with dates as epoch ms). */
	state: Record<string, number | string | null>;
}

export interface ReviewLog {
	id?: number;
	questionId: string;
	reviewedAt: number;
	rating: number;
	/** The card before this review, so the rating can be undone. */
	previous: ReviewCard | null;
}

export interface MockExam {
	id?: number;
	/** marking: answers handed in, written items being self-marked. */
	status: 'running' | 'paused' | 'marking' | 'submitted';
	startedAt: number;
	/** Time spent answering, excluding pauses. */
	elapsedMs: number;
	questionIds: string[];
	/** File letters (see optionOrders), true/false or text, by question id. */
	answers: Record<string, string | string[] | boolean>;
	/** Display order of each choice question's options (as Attempt.order); absent on old papers. */
	optionOrders?: Record<string, number[]>;
	/** Self-marked share (0–1) of each written item's marks. */
	writtenShares?: Record<string, number>;
	submittedAt?: number;
	score?: number;
	maxScore?: number;
	/**
	 * The predicted score and its 80% interval from the records as they stood when the paper was
	 * started, saved at hand-in so the report can set it against the actual score.
	 */
	predicted?: PredictedScore;
}

export interface PredictedScore {
	expected: number;
	low: number;
	high: number;
}

export interface LabScenario {
	id?: number;
	lab: string;
	name: string;
	createdAt: number;
	updatedAt: number;
	/** Settings and derived aggregates of the lab; never a raw uploaded file. */
	data: unknown;
}

export interface Setting {
	key: string;
	value: unknown;
}

/** Everything in the learning tables just before a backup import, so it can be undone. */
export interface Snapshot {
	id?: number;
	takenAt: number;
	/** The tables before the import. */
	tables: Record<string, unknown[]>;
	/** The tables as the import left them; absent in snapshots taken before undo kept later work. */
	after?: Record<string, unknown[]>;
}

/** An assignment the instructor is building or has shared (/teach). */
export interface TeachAssignment {
	id: string;
	/** Possibly incomplete while a draft (e.g. no title yet); checked in full when shared. */
	assignment: Assignment;
	updatedAt: number;
	/** When a link or file was last made from it. */
	sharedAt?: number;
}

/** A student's own work on an assignment they opened from a link or file. */
export interface AssignmentWork {
	assignmentId: string;
	/** The assignment as received, so it can be reopened without the link. */
	assignment: Assignment;
	student: Student | null;
	answers: Record<string, Response>;
	startedAt: number;
	updatedAt: number;
	/** Set at the latest 提交; the student may change answers and submit again. */
	submittedAt?: number;
	autoScores?: Record<string, number>;
	submissionChecksum?: string;
}

// The gradebook's records are defined beside its arithmetic, which the db layer builds on.
export type { ItemMark, StoredSubmission } from '../teach/grades';

/**
 * Why a text was put into a record's history instead of being thrown away. Shown to the learner
 * beside the editor, with the text, so they can copy or restore it.
 */
export type HistoryReason =
	/** Another tab saved a different text; this tab kept its own. */
	| 'other-tab'
	/** This tab's text, set aside when the learner loaded another tab's version. */
	| 'before-load'
	/** Typed before a reload or crash, but the record had changed meanwhile. */
	| 'unsaved'
	/** A backup import had two drafts for one question; this is the older one. */
	| 'merge'
	/** The text in the editor when the learner restored an older version. */
	| 'before-restore';

/** One earlier text of an edited record (a note, a case draft, an answer, a comment, a name). */
export interface HistoryEntry {
	id?: number;
	/** The record, e.g. `case:haier-made-to-order/q1`, `note:loyalty` (see drafts.ts). */
	key: string;
	text: string;
	savedAt: number;
	reason: HistoryReason;
}

/** A marking comment written before the item has a mark to hold it. */
export interface CommentDraft {
	/** The mark it belongs to: `${submissionChecksum}/${itemId}`. */
	markId: string;
	text: string;
	updatedAt: number;
}
/**
 * A case the instructor is writing or has written (/teach/cases/). Possibly incomplete while a
 * draft; checked in full when it goes into an assignment, which carries a copy.
 */
export type TeacherCase = AuthoredCase;
