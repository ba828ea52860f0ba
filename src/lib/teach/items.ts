/**
 * What each assignment item is, given the site's content: its prompt, the scoring points a
 * marker ticks, and whether the site marks it by itself. Content is passed in (not imported) so
 * the same code runs in the page, the units and the Node bench.
 */
import { QUESTION_TYPE_LABELS } from '../content/ids';
import { labInfo } from '../content/labs';
import type { CaseQuestion, Question, ScoringPoint } from '../content/schema';
import { isCorrect, isObjective, type Response } from '../practice/grade';
import { scoreOf } from '../marking/suggest';
import type { Assignment, AssignmentItem, AuthoredCase } from './assignment';

export interface ContentLookup {
	/** The case question with its case's title and its 1-based position in the case. */
	caseQuestion(
		caseId: string,
		questionId: string
	): { caseTitle: string; question: CaseQuestion; number: number } | undefined;
	bankQuestion(id: string): Question | undefined;
	/** A case the instructor wrote, carried by the assignment (the site's cases are pages). */
	authoredCase?(caseId: string): AuthoredCase | undefined;
}

/**
 * The site's content plus the cases an assignment carries: what every page that shows, answers or
 * marks an assignment looks items up in. A carried case wins over a site case of the same id.
 */
export function assignmentContent(
	assignment: Pick<Assignment, 'cases'>,
	content: ContentLookup
): ContentLookup {
	const cases = assignment.cases ?? [];
	if (!cases.length) return content;
	const byId = new Map(cases.map((c) => [c.id, c]));
	return {
		caseQuestion(caseId, questionId) {
			const own = byId.get(caseId);
			if (!own) return content.caseQuestion(caseId, questionId);
			const index = own.questions.findIndex((q) => q.id === questionId);
			return index >= 0
				? { caseTitle: own.title, question: own.questions[index], number: index + 1 }
				: undefined;
		},
		bankQuestion: (id) => content.bankQuestion(id),
		authoredCase: (id) => byId.get(id) ?? content.authoredCase?.(id)
	};
}

/** Builds a lookup from plain lists (the site passes its content; tests pass fixtures). */
export function contentLookup(
	cases: readonly { slug: string; title: string; questions: CaseQuestion[] }[],
	questions: readonly Question[]
): ContentLookup {
	const caseBySlug = new Map(cases.map((c) => [c.slug, c]));
	const questionById = new Map(questions.map((q) => [q.id, q]));
	return {
		caseQuestion(caseId, questionId) {
			const study = caseBySlug.get(caseId);
			const index = study?.questions.findIndex((q) => q.id === questionId) ?? -1;
			return study && index >= 0
				? { caseTitle: study.title, question: study.questions[index], number: index + 1 }
				: undefined;
		},
		bankQuestion: (id) => questionById.get(id)
	};
}

/** Items that name a case question or bank question this site does not have. */
export function missingContent(assignment: Assignment, site: ContentLookup): string[] {
	const content = assignmentContent(assignment, site);
	return assignment.items.flatMap((item, index) => {
		if (item.kind === 'case' && !content.caseQuestion(item.caseId, item.questionId)) {
			const own = content.authoredCase?.(item.caseId);
			return [
				`第 ${index + 1} 题（${own ? `自编案例「${own.title}」` : `案例「${item.caseId}」`}的 ${item.questionId}）`
			];
		}
		if (item.kind === 'question' && !content.bankQuestion(item.questionId)) {
			return [`第 ${index + 1} 题（题库题目「${item.questionId}」）`];
		}
		return [];
	});
}

/**
 * The scoring points a marker ticks for a written item, and what they add up to: the points the
 * instructor rewrote for this assignment, else the case's or question's own.
 */
export function scoringPoints(
	item: AssignmentItem,
	content: ContentLookup
): { points: ScoringPoint[]; marks: number } | undefined {
	if (item.kind === 'case') {
		if (item.points?.length) {
			return { points: item.points, marks: item.points.reduce((s, p) => s + p.marks, 0) };
		}
		const found = content.caseQuestion(item.caseId, item.questionId);
		return found && { points: found.question.points, marks: found.question.marks };
	}
	if (item.kind === 'question') {
		const question = content.bankQuestion(item.questionId);
		if (!question?.points?.length) return undefined;
		return { points: question.points, marks: question.points.reduce((s, p) => s + p.marks, 0) };
	}
	return undefined;
}

/** Whether the site marks the item itself (choice, true/false, numeric lab answers). */
export function isAutoMarked(item: AssignmentItem, content: ContentLookup): boolean {
	if (item.kind === 'question') {
		const question = content.bankQuestion(item.questionId);
		return question !== undefined && isObjective(question);
	}
	if (item.kind === 'lab') return item.tolerance !== null && parseNumber(item.expected) !== null;
	return false;
}

/** A number as students type it: 「23.5」, 「23.5%」, 「２３．５」; null when it is not one. */
export function parseNumber(text: string): number | null {
	const cleaned = text.normalize('NFKC').replace(/[%\s,，]/g, '');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
	return Number(cleaned);
}

/** Rounds to one decimal, the precision of the exam's marks. */
export const roundMarks = (value: number) => Math.round(value * 10) / 10;

/**
 * Score of an auto-marked item, in the item's marks; null when the item needs a marker. A
 * choice is all or nothing (a multiple choice needs every letter and no extra one).
 */
export function autoScore(
	item: AssignmentItem,
	response: Response | undefined,
	content: ContentLookup
): number | null {
	if (!isAutoMarked(item, content)) return null;
	if (response === undefined || response === '') return 0;
	if (item.kind === 'question') {
		const question = content.bankQuestion(item.questionId) as Question;
		return isCorrect(question, response) ? item.marks : 0;
	}
	if (item.kind === 'lab') {
		const given = typeof response === 'string' ? parseNumber(response) : null;
		const expected = parseNumber(item.expected) as number;
		return given !== null && Math.abs(given - expected) <= (item.tolerance ?? 0) + 1e-9
			? item.marks
			: 0;
	}
	return null;
}

/** Auto scores of every auto-marked item of an assignment. */
export function autoScores(
	assignment: Assignment,
	answers: Record<string, Response>,
	content: ContentLookup
): Record<string, number> {
	const scores: Record<string, number> = {};
	for (const item of assignment.items) {
		const score = autoScore(item, answers[item.id], content);
		if (score !== null) scores[item.id] = score;
	}
	return scores;
}

/** A marker's ticked points as the item's score, scaled when the item's marks differ. */
export function tickedScore(
	item: AssignmentItem,
	ticked: number[],
	content: ContentLookup
): number {
	const rubric = scoringPoints(item, content);
	if (!rubric) return 0;
	return roundMarks((scoreOf(rubric.points, ticked) * item.marks) / rubric.marks);
}

/** Default marks of a new item: the question's own marks, or 2 per objective bank question. */
export function defaultMarks(
	item:
		| { kind: 'case'; caseId: string; questionId: string }
		| { kind: 'question'; questionId: string }
		| { kind: 'lab' },
	content: ContentLookup
): number {
	if (item.kind === 'case')
		return content.caseQuestion(item.caseId, item.questionId)?.question.marks ?? 10;
	if (item.kind === 'question') {
		const question = content.bankQuestion(item.questionId);
		if (!question || isObjective(question)) return 2;
		return question.points?.reduce((s, p) => s + p.marks, 0) ?? 5;
	}
	return 10;
}

/** One line naming an item, for lists, the gradebook and feedback. */
export function describeItem(item: AssignmentItem, content: ContentLookup): string {
	if (item.kind === 'case') {
		const found = content.caseQuestion(item.caseId, item.questionId);
		if (!found) return `案例 ${item.caseId}`;
		const own = content.authoredCase?.(item.caseId) ? '自编' : '';
		const edited = item.points?.length ? '（评分要点已修改）' : '';
		return `${own}案例「${found.caseTitle}」第 ${found.number} 题${edited}`;
	}
	if (item.kind === 'question') {
		const question = content.bankQuestion(item.questionId);
		return question
			? `${QUESTION_TYPE_LABELS[question.type]}：${question.stem.slice(0, 30)}${question.stem.length > 30 ? '…' : ''}`
			: `题目 ${item.questionId}`;
	}
	return `实验任务（${labInfo(item.lab).name}）`;
}
