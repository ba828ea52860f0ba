/**
 * Assignments in this browser: the instructor's drafts and shared assignments (/teach), and a
 * student's own work on an assignment they opened (/teach/assignment/, listed on /me).
 */
import type { Response } from '../practice/grade';
import type { Assignment } from '../teach/assignment';
import type { Student, Submission } from '../teach/submission';
import { clearAnswer, journalAnswer, pendingAnswers, type PendingAnswer } from './answer-journal';
import { database, type CrmDatabase } from './database';
import type { AssignmentWork, TeachAssignment } from './schema';

/** Saves the instructor's assignment as it stands (a draft may be incomplete). */
export async function saveTeachAssignment(assignment: Assignment, now = Date.now()): Promise<void> {
	const db = await database();
	await db.transaction('rw', db.teachAssignments, async () => {
		const existing = await db.teachAssignments.get(assignment.id);
		await db.teachAssignments.put({ ...existing, id: assignment.id, assignment, updatedAt: now });
	});
}

/**
 * Saves the draft being edited, unless it was deleted meanwhile: a change still waiting when the
 * builder closes because its assignment was deleted must not bring it back.
 */
export async function updateTeachAssignment(
	assignment: Assignment,
	now = Date.now()
): Promise<void> {
	const db = await database();
	await db.teachAssignments.update(assignment.id, { assignment, updatedAt: now });
}

/** Records that a link or file was made, so the list can show it as shared. */
export async function markShared(id: string, now = Date.now()): Promise<void> {
	const db = await database();
	await db.teachAssignments.update(id, { sharedAt: now });
}

export async function teachAssignment(id: string): Promise<TeachAssignment | undefined> {
	return (await database()).teachAssignments.get(id);
}

export async function deleteTeachAssignment(id: string): Promise<void> {
	await (await database()).teachAssignments.delete(id);
}

/** The instructor's assignments, most recently edited first. For `live()`. */
export function teachAssignments(db: CrmDatabase): Promise<TeachAssignment[]> {
	return db.teachAssignments.orderBy('updatedAt').reverse().toArray();
}

/** The student's work on an assignment, with any answer a reload cut off applied first. */
export async function workFor(assignmentId: string): Promise<AssignmentWork | undefined> {
	const db = await database();
	const pending = pendingAnswers(scopeOf(assignmentId));
	if (pending.length && (await db.assignmentWork.get(assignmentId))) {
		for (const answer of pending) await commitAnswer(db, assignmentId, answer);
	} else {
		// Nothing to attach them to (the work was deleted): they cannot be kept.
		for (const answer of pending) clearAnswer(scopeOf(assignmentId), answer.itemId, answer.at);
	}
	return db.assignmentWork.get(assignmentId);
}

/**
 * Starts (or resumes) the student's work on an assignment with their name and number; answers
 * already written are kept, and the stored assignment is refreshed to the one just opened.
 */
export async function startWork(
	assignment: Assignment,
	student: Student,
	now = Date.now()
): Promise<AssignmentWork> {
	const db = await database();
	return db.transaction('rw', db.assignmentWork, async () => {
		const existing = await db.assignmentWork.get(assignment.id);
		const work: AssignmentWork = existing
			? { ...existing, assignment, student, updatedAt: now }
			: {
					assignmentId: assignment.id,
					assignment,
					student,
					answers: {},
					startedAt: now,
					updatedAt: now
				};
		await db.assignmentWork.put(work);
		return work;
	});
}

/** Keeps the student's answer to one item (autosave). */
export async function saveWorkAnswer(
	assignmentId: string,
	itemId: string,
	response: Response,
	now = Date.now()
): Promise<void> {
	// Journalled before the first await, so a reload right after the click keeps it.
	const pending = { itemId, response, at: now };
	journalAnswer(scopeOf(assignmentId), pending);
	await commitAnswer(await database(), assignmentId, pending);
}

async function commitAnswer(
	db: CrmDatabase,
	assignmentId: string,
	{ itemId, response, at }: PendingAnswer
): Promise<void> {
	await db.transaction('rw', db.assignmentWork, async () => {
		const work = await db.assignmentWork.get(assignmentId);
		if (!work) throw new Error(`没有作业 ${assignmentId} 的作答记录`);
		await db.assignmentWork.put({
			...work,
			answers: { ...work.answers, [itemId]: response },
			updatedAt: Math.max(work.updatedAt, at)
		});
	});
	clearAnswer(scopeOf(assignmentId), itemId, at);
}

const scopeOf = (assignmentId: string) => `assignment:${assignmentId}`;

/** Notes the latest 提交 with its auto scores and the checksum of the file produced. */
export async function recordSubmitted(submission: Submission): Promise<void> {
	const db = await database();
	await db.assignmentWork.update(submission.assignmentId, {
		submittedAt: submission.submittedAt,
		autoScores: submission.autoScores,
		submissionChecksum: submission.checksum,
		updatedAt: submission.submittedAt
	});
}

/** The student's assignments, most recent first. For `live()` on /me. */
export function myAssignments(db: CrmDatabase): Promise<AssignmentWork[]> {
	return db.assignmentWork.orderBy('updatedAt').reverse().toArray();
}
