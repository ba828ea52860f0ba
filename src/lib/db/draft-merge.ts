/**
 * After a backup merge a question can have two drafts — one from this browser, one from the
 * backup (another device), each with its own start time. The editor shows one draft per
 * (case, question), so merging keeps the most recently edited and moves the other into the
 * record's history, where the editor lists it. Pure, so the rule is unit-tested on its own.
 */
import { draftKey } from './draft-ref';
import type { CaseAnswer, HistoryEntry } from './schema';

export function oneDraftPerQuestion(
	answers: CaseAnswer[],
	now: number
): { answers: CaseAnswer[]; history: HistoryEntry[] } {
	const newest = new Map<string, CaseAnswer>();
	for (const answer of answers) {
		if (answer.status !== 'draft') continue;
		const key = draftKey({ kind: 'case', caseId: answer.caseId, questionId: answer.questionId });
		const kept = newest.get(key);
		// Ties keep the first (this browser's: the merge lists local records first).
		if (!kept || answer.updatedAt > kept.updatedAt) newest.set(key, answer);
	}
	const keptDrafts = new Set(newest.values());
	const history: HistoryEntry[] = [];
	const kept = answers.filter((answer) => {
		if (answer.status !== 'draft' || keptDrafts.has(answer)) return true;
		const key = draftKey({ kind: 'case', caseId: answer.caseId, questionId: answer.questionId });
		const winner = newest.get(key);
		if (answer.text.trim() && answer.text !== winner?.text)
			history.push({ key, text: answer.text, savedAt: now, reason: 'merge' });
		return false;
	});
	return { answers: kept, history };
}
