/** Mock exams: one paper at a time is open; answers and time are saved as the learner works. */
import { database, type CrmDatabase } from './database';
import type { MockExam } from './schema';

/** `optionOrders`: the display order of each choice question, drawn once for the paper. */
export async function startExam(
	questionIds: string[],
	now = Date.now(),
	optionOrders: Record<string, number[]> = {}
): Promise<number> {
	const db = await database();
	return (await db.mockExams.add({
		status: 'running',
		startedAt: now,
		elapsedMs: 0,
		questionIds,
		answers: {},
		optionOrders
	})) as number;
}

/** The paper not yet finished, if any. For `live()`. */
export function openExam(db: CrmDatabase): Promise<MockExam | undefined> {
	return db.mockExams.where('status').anyOf('running', 'paused', 'marking').last();
}

export async function updateExam(id: number, changes: Partial<MockExam>): Promise<void> {
	const db = await database();
	await db.mockExams.update(id, changes);
}

/** Saves one answer without touching the others (two quick answers must not overwrite each other). */
export async function saveExamAnswer(
	id: number,
	questionId: string,
	answer: string | string[] | boolean
): Promise<void> {
	const db = await database();
	await db.transaction('rw', db.mockExams, async () => {
		const exam = await db.mockExams.get(id);
		if (!exam) return;
		await db.mockExams.update(id, { answers: { ...exam.answers, [questionId]: answer } });
	});
}

/** Records the self-marked share of one written item without touching the others. */
export async function saveWrittenShare(
	id: number,
	questionId: string,
	share: number
): Promise<void> {
	const db = await database();
	await db.transaction('rw', db.mockExams, async () => {
		const exam = await db.mockExams.get(id);
		if (!exam) return;
		await db.mockExams.update(id, {
			writtenShares: { ...exam.writtenShares, [questionId]: share }
		});
	});
}

/** Finished papers, oldest first. For `live()`. */
export function finishedExams(db: CrmDatabase): Promise<MockExam[]> {
	return db.mockExams.where('status').equals('submitted').sortBy('startedAt');
}

export async function discardExam(id: number): Promise<void> {
	const db = await database();
	await db.mockExams.delete(id);
}
