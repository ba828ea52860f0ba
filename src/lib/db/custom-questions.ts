/** The learner's own questions, imported from GIFT, Moodle XML or plain text. */
import type { Question } from '$lib/content/schema';
import { database, type CrmDatabase } from './database';

export interface AddResult {
	added: number;
	/** Ids already in the bank or in 我的题目: left as they were. */
	skipped: string[];
}

/**
 * Adds questions in one transaction. A question whose id is taken (by the bank or an earlier
 * import) is skipped, so an import never changes anything already saved.
 */
export async function addCustomQuestions(
	questions: Question[],
	bankIds: Set<string>
): Promise<AddResult> {
	const db = await database();
	return db.transaction('rw', db.customQuestions, async () => {
		const existing = new Set(await db.customQuestions.toCollection().primaryKeys());
		const fresh = questions.filter((q) => !bankIds.has(q.id) && !existing.has(q.id));
		await db.customQuestions.bulkAdd(fresh);
		return {
			added: fresh.length,
			skipped: questions.filter((q) => !fresh.includes(q)).map((q) => q.id)
		};
	});
}

/** For `live()` and drills. */
export function customQuestions(db: CrmDatabase): Promise<Question[]> {
	return db.customQuestions.toArray();
}

export async function allCustomQuestions(): Promise<Question[]> {
	return customQuestions(await database());
}
