/**
 * The records the learner (or instructor) edits as free text and that autosave: which record,
 * and the one string key that names it in the journal and the history.
 */
export type DraftRef =
	/** A chapter's note. */
	| { kind: 'note'; chapter: string }
	/** The draft answer to one question of one case. */
	| { kind: 'case'; caseId: string; questionId: string }
	/** A student's written answer to one item of an assignment. */
	| { kind: 'assignment'; assignmentId: string; itemId: string }
	/** The instructor's comment on one item of one submission (`${checksum}/${itemId}`). */
	| { kind: 'comment'; markId: string }
	/** The name of a saved lab scenario. */
	| { kind: 'scenario'; id: number }
	/** The text of a case the instructor is writing. */
	| { kind: 'teacher-case'; caseId: string };

export function draftKey(ref: DraftRef): string {
	switch (ref.kind) {
		case 'note':
			return `note:${ref.chapter}`;
		case 'case':
			return `case:${ref.caseId}/${ref.questionId}`;
		case 'assignment':
			return `assignment:${ref.assignmentId}/${ref.itemId}`;
		case 'comment':
			return `comment:${ref.markId}`;
		case 'scenario':
			return `scenario:${ref.id}`;
		case 'teacher-case':
			return `teacher-case:${ref.caseId}`;
	}
}

const text = (value: unknown) => typeof value === 'string' && value.length > 0;

/** True for a well-formed ref (the journal in localStorage may hold anything). */
export function isDraftRef(value: unknown): value is DraftRef {
	if (typeof value !== 'object' || value === null) return false;
	const ref = value as Record<string, unknown>;
	switch (ref.kind) {
		case 'note':
			return text(ref.chapter);
		case 'case':
			return text(ref.caseId) && text(ref.questionId);
		case 'assignment':
			return text(ref.assignmentId) && text(ref.itemId);
		case 'comment':
			return text(ref.markId);
		case 'scenario':
			return Number.isInteger(ref.id);
		case 'teacher-case':
			return text(ref.caseId);
		default:
			return false;
	}
}
