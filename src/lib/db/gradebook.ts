/**
 * The instructor's gradebook: submission files imported for an assignment (all kept, keyed by
 * checksum) and the marks given to written items.
 */
import type { Assignment } from '../teach/assignment';
import { markId, planImport, type ImportPlan } from '../teach/grades';
import { database, type CrmDatabase } from './database';
import type { ItemMark, StoredSubmission } from './schema';

/**
 * Checks a batch of files and adds the valid new submissions in one transaction; files for
 * another assignment, damaged or edited ones are reported and never written.
 */
export async function importSubmissions(
	assignment: Assignment,
	files: readonly { name: string; text: string }[],
	now = Date.now()
): Promise<ImportPlan> {
	const db = await database();
	const existing = new Set(
		(await db.gradebookSubmissions.where('assignmentId').equals(assignment.id).primaryKeys()).map(
			String
		)
	);
	// Checksums are computed outside the transaction: IndexedDB transactions end at an await
	// on anything that is not the database.
	const plan = await planImport(assignment, existing, files, now);
	if (plan.added.length) {
		await db.transaction('rw', db.gradebookSubmissions, () =>
			db.gradebookSubmissions.bulkPut(plan.added)
		);
	}
	return plan;
}

/** Every submission imported for an assignment. For `live()`. */
export function submissionsFor(db: CrmDatabase, assignmentId: string): Promise<StoredSubmission[]> {
	return db.gradebookSubmissions.where('assignmentId').equals(assignmentId).toArray();
}

/** Every mark given for an assignment. For `live()`. */
export function marksFor(db: CrmDatabase, assignmentId: string): Promise<ItemMark[]> {
	return db.gradebookMarks.where('assignmentId').equals(assignmentId).toArray();
}

export { markId };

/** Saves the instructor's marking of one item of one submission (replacing an earlier one). */
export async function saveMark(mark: Omit<ItemMark, 'id'>): Promise<void> {
	const db = await database();
	await db.gradebookMarks.put({ ...mark, id: markId(mark.submissionChecksum, mark.itemId) });
}

/** Submission counts per assignment, for the list of assignments. For `live()`. */
export async function submissionCounts(db: CrmDatabase): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	await db.gradebookSubmissions.each((s) =>
		counts.set(s.assignmentId, (counts.get(s.assignmentId) ?? 0) + 1)
	);
	return counts;
}
