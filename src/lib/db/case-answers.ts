/**
 * Answers to case questions. Each question has at most one draft (what the editor shows) and
 * any number of submitted attempts, kept so a learner can see how their answers improved.
 */
import { database, type CrmDatabase } from './database';
import type { CaseAnswer } from './schema';

/** The draft being written for a question, if any. */
export async function draftFor(
	caseId: string,
	questionId: string
): Promise<CaseAnswer | undefined> {
	const db = await database();
	return db.caseAnswers
		.where('[caseId+questionId]')
		.equals([caseId, questionId])
		.filter((answer) => answer.status === 'draft')
		.first();
}

/** Saves the draft's text, creating the draft on the first keystroke. Returns the draft id. */
export async function saveDraft(
	caseId: string,
	questionId: string,
	text: string,
	now = Date.now()
): Promise<number> {
	const db = await database();
	return db.transaction('rw', db.caseAnswers, async () => {
		const draft = await draftFor(caseId, questionId);
		if (draft?.id !== undefined) {
			await db.caseAnswers.update(draft.id, { text, updatedAt: now });
			return draft.id;
		}
		return db.caseAnswers.add({
			caseId,
			questionId,
			text,
			status: 'draft',
			startedAt: now,
			updatedAt: now
		}) as Promise<number>;
	});
}

/** Turns the draft into a submitted attempt; the editor then starts empty for the next try. */
export async function submitDraft(
	caseId: string,
	questionId: string,
	text: string,
	now = Date.now()
): Promise<number> {
	const id = await saveDraft(caseId, questionId, text, now);
	const db = await database();
	await db.caseAnswers.update(id, { status: 'submitted', submittedAt: now });
	return id;
}

/** Stores the learner's own marking of a submitted attempt. */
export async function recordMarking(
	id: number,
	confirmedPoints: number[],
	score: number,
	maxScore: number
): Promise<void> {
	const db = await database();
	await db.caseAnswers.update(id, { confirmedPoints, score, maxScore });
}

/** Submitted attempts for one question, newest first. For `live()`. */
export function submittedAnswers(
	db: CrmDatabase,
	caseId: string,
	questionId: string
): Promise<CaseAnswer[]> {
	return db.caseAnswers
		.where('[caseId+questionId]')
		.equals([caseId, questionId])
		.filter((answer) => answer.status === 'submitted')
		.reverse()
		.sortBy('submittedAt');
}

/** The latest attempt when it was submitted but never marked, e.g. because the tab closed. */
export async function unmarkedAttempt(
	caseId: string,
	questionId: string
): Promise<CaseAnswer | undefined> {
	const [latest] = await submittedAnswers(await database(), caseId, questionId);
	return latest && latest.score === undefined ? latest : undefined;
}

export interface CaseResult {
	caseId: string;
	/** Questions with at least one marked attempt. */
	questionsDone: number;
	/** Sum over marked questions of each question's best score. */
	score: number;
	maxScore: number;
	lastAt: number;
}

/** Per case: how many of its questions are marked and the best score on each. For `live()`. */
export async function caseResults(db: CrmDatabase): Promise<Map<string, CaseResult>> {
	const best = new Map<string, CaseAnswer>();
	await db.caseAnswers
		.where('status')
		.equals('submitted')
		.each((answer) => {
			if (answer.score === undefined) return;
			const key = `${answer.caseId}\u0000${answer.questionId}`;
			const previous = best.get(key);
			if (!previous || answer.score > (previous.score ?? 0)) best.set(key, answer);
		});
	const results = new Map<string, CaseResult>();
	for (const answer of best.values()) {
		const result = results.get(answer.caseId) ?? {
			caseId: answer.caseId,
			questionsDone: 0,
			score: 0,
			maxScore: 0,
			lastAt: 0
		};
		result.questionsDone += 1;
		result.score += answer.score ?? 0;
		result.maxScore += answer.maxScore ?? 0;
		result.lastAt = Math.max(result.lastAt, answer.submittedAt ?? 0);
		results.set(answer.caseId, result);
	}
	return results;
}

/** The cases' results, the most recently worked on first. For `live()`. */
export async function caseResultsLatestFirst(db: CrmDatabase): Promise<CaseResult[]> {
	return [...(await caseResults(db)).values()].sort((a, b) => b.lastAt - a.lastAt);
}
