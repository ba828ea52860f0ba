/** Mock exams: one paper at a time is open; answers and time are saved as the learner works. */
import { clearAnswer, journalAnswer, pendingAnswers, type PendingAnswer } from './answer-journal';
import { database, type CrmDatabase } from './database';
import { recordAnswerIn, type AnswerInput } from './practice';
import type { MockExam, PredictedScore } from './schema';

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
	answer: string | string[] | boolean,
	now = Date.now()
): Promise<void> {
	// Journalled before the first await, so a reload right after the click keeps it.
	const pending = { itemId: questionId, response: answer, at: now };
	journalAnswer(scopeOf(id), pending);
	await commitExamAnswer(await database(), id, pending);
}

/** Applies answers a reload cut off before they committed (call when the paper opens). */
export async function applyPendingExamAnswers(id: number): Promise<void> {
	const db = await database();
	for (const pending of pendingAnswers(scopeOf(id))) await commitExamAnswer(db, id, pending);
}

async function commitExamAnswer(
	db: CrmDatabase,
	id: number,
	{ itemId, response, at }: PendingAnswer
): Promise<void> {
	await db.transaction('rw', db.mockExams, async () => {
		const exam = await db.mockExams.get(id);
		if (!exam) return;
		await db.mockExams.update(id, { answers: { ...exam.answers, [itemId]: response } });
	});
	clearAnswer(scopeOf(id), itemId, at);
}

const scopeOf = (id: number) => `mock:${id}`;

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

/** An answer of the paper as it goes into the practice history. */
export type ExamAnswer = Omit<AnswerInput, 'source' | 'now'>;

/**
 * Hands the paper in: every answer recorded as practice (attempts, review cards, review log) and
 * the paper marked submitted with its score, in one transaction — a failure records nothing, and
 * a second call for a paper already handed in records nothing again.
 */
export async function submitExam(
	id: number,
	answers: ExamAnswer[],
	result: { score: number; maxScore: number; predicted?: PredictedScore },
	now = Date.now()
): Promise<'submitted' | 'already-submitted'> {
	const db = await database();
	return db.transaction(
		'rw',
		[db.mockExams, db.attempts, db.reviewCards, db.reviewLogs],
		async () => {
			const exam = await db.mockExams.get(id);
			if (!exam) throw new Error(`没有编号为 ${id} 的试卷`);
			if (exam.status === 'submitted') return 'already-submitted' as const;
			for (const answer of answers) await recordAnswerIn(db, { ...answer, source: 'mock', now });
			await db.mockExams.update(id, {
				status: 'submitted',
				submittedAt: now,
				score: result.score,
				maxScore: result.maxScore,
				...(result.predicted ? { predicted: result.predicted } : {})
			});
			return 'submitted' as const;
		}
	);
}
