/** Marking of objective answers (choice and true/false) against the bank's key. */
import type { Question } from '../content/schema';

/**
 * The pass line, as a share of the marks: a written answer scoring at least this counts as right
 * (and stays out of the wrong-answer book), and charts and filters draw the line here.
 */
export const PASS_SHARE = 0.6;
/** The pass line in percent, for text and axes: 60. */
export const PASS_PERCENT = Math.round(PASS_SHARE * 100);

/** What a learner gave: a letter, letters, true/false, or text for written kinds. */
export type Response = string | string[] | boolean;

export const isObjective = (question: Question) =>
	question.type === 'single' || question.type === 'multiple' || question.type === 'truefalse';

/** True when the response matches the key exactly (a multiple choice needs every letter, no extra). */
export function isCorrect(question: Question, response: Response): boolean {
	if (question.type === 'multiple') {
		if (!Array.isArray(response) || !Array.isArray(question.answer)) return false;
		const key = [...question.answer].sort().join('');
		return [...response].sort().join('') === key;
	}
	return response === question.answer;
}

/** The key as learners read it: 「B」, 「A、C」, 「对」/「错」. */
export function answerLabel(question: Question): string {
	const { answer } = question;
	if (typeof answer === 'boolean') return answer ? '对' : '错';
	if (Array.isArray(answer)) return answer.join('、');
	return answer;
}

/** Letter of the option at a position: 0 → A. */
export const letter = (index: number) => String.fromCharCode(65 + index);
