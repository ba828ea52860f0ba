/**
 * Cases the instructor writes (/teach/cases/): kept here as drafts, copied whole into an
 * assignment when one of their questions is added to it.
 */
import { database, type CrmDatabase } from './database';
import type { TeacherCase } from './schema';

/** Saves the case as it stands (a draft may be incomplete), stamped with the time. */
export async function saveTeacherCase(draft: TeacherCase, now = Date.now()): Promise<TeacherCase> {
	const record = { ...draft, updatedAt: now };
	await (await database()).teacherCases.put(record);
	return record;
}

export async function teacherCase(id: string): Promise<TeacherCase | undefined> {
	return (await database()).teacherCases.get(id);
}

export async function deleteTeacherCase(id: string): Promise<void> {
	await (await database()).teacherCases.delete(id);
}

/** The instructor's cases, most recently edited first. For `live()`. */
export function teacherCases(db: CrmDatabase): Promise<TeacherCase[]> {
	return db.teacherCases.orderBy('updatedAt').reverse().toArray();
}
