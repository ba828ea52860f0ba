/** What every importer returns: the questions it read, and every problem with its line number. */
import { questionSchema, type Question } from '../../content/schema';
import { letter } from '../grade';

export interface ImportProblem {
	/** 1-based line in the file where the faulty question starts (or the faulty line itself). */
	line: number;
	message: string;
}

export interface ImportResult {
	questions: Question[];
	problems: ImportProblem[];
}

/** Chapter and topic given to questions that arrive without the site's own metadata. */
export const CUSTOM_CHAPTER = 'my-questions';

export const WRITTEN_TYPES = new Set(['definition', 'short', 'case']);

/** Checks a question against the bank's schema; returns a Chinese message or null. */
export function schemaProblem(question: unknown): string | null {
	const result = questionSchema.safeParse(question);
	if (result.success) return null;
	const issue = result.error.issues[0];
	return `${issue.path.join('.') || '题目'}：${issue.message}`;
}

/** Scoring points for a written answer that came without any: the whole answer, 10 marks. */
export function defaultPoints(answer: string): Question['points'] {
	const keywords = answer
		.split(/[，。；、,.;\s]+/)
		.map((part) => part.trim())
		.filter((part) => part.length >= 2)
		.slice(0, 3)
		.map((part) => part.slice(0, 8));
	return [{ text: answer, marks: 10, keywords: keywords.length ? keywords : [answer.slice(0, 8)] }];
}

/** Letters of the correct options. */
export function keyLetters(question: Question): string[] {
	return Array.isArray(question.answer) ? question.answer : [String(question.answer)];
}

export const optionLetters = (count: number) => Array.from({ length: count }, (_, i) => letter(i));

/**
 * Gives questions that arrived without their own id (numbered my-questions-001, …) ids unique to
 * this import, so a second file never collides with the first.
 */
export function stampIds(questions: Question[], stamp: string): Question[] {
	const prefix = `${CUSTOM_CHAPTER}-`;
	return questions.map((q) =>
		q.id.startsWith(prefix) && /^\d+$/.test(q.id.slice(prefix.length))
			? { ...q, id: `${CUSTOM_CHAPTER}-${stamp}-${q.id.slice(prefix.length)}` }
			: q
	);
}
