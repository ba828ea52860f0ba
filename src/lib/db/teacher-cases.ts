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

/**
 * Saves everything but the case text, which autosaves on its own (drafts.ts): the two writers
 * then never overwrite each other. A case deleted meanwhile stays deleted.
 */
export async function saveTeacherCaseDetails(
	draft: Omit<TeacherCase, 'text'>,
	now = Date.now()
): Promise<void> {
	const db = await database();
	await db.transaction('rw', db.teacherCases, async () => {
		const stored = await db.teacherCases.get(draft.id);
		if (stored) await db.teacherCases.put({ ...draft, text: stored.text, updatedAt: now });
	});
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
