/**
 * The wrong-answer book (错题本): a question enters when answered wrong and leaves after three
 * correct answers in a row, each on a different day.
 */

export interface AnswerRecord {
	answeredAt: number;
	/** null: a written answer not yet self-marked; it does not move the question either way. */
	correct: boolean | null;
}

export const CORRECT_DAYS_TO_LEAVE = 3;

const localDay = (ms: number) => {
	const d = new Date(ms);
	return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
};

const sortedMarked = (answers: AnswerRecord[]) =>
	answers.filter((a) => a.correct !== null).sort((a, b) => a.answeredAt - b.answeredAt);

/** Correct days since the last wrong answer, for "2 / 3" progress; null if never wrong. */
export function correctDaysSinceLastWrong(answers: AnswerRecord[]): number | null {
	const marked = sortedMarked(answers);
	const lastWrong = marked.findLastIndex((a) => !a.correct);
	if (lastWrong < 0) return null;
	return new Set(marked.slice(lastWrong + 1).map((a) => localDay(a.answeredAt))).size;
}

/** Whether a question with these answers (any order) is in the wrong-answer book. */
export function inWrongBook(answers: AnswerRecord[]): boolean {
	const days = correctDaysSinceLastWrong(answers);
	return days !== null && days < CORRECT_DAYS_TO_LEAVE;
}
