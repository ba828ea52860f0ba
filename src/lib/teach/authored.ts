/**
 * Writing a case of one's own: a fresh draft, a draft made safe to edit whatever a backup held,
 * question marks kept equal to their points, keywords typed as one line, and the check that says
 * — in Chinese, by question and point — why a case cannot go into an assignment yet.
 */
import { z } from 'zod';
import { CASE_QUESTION_TYPES, type CaseQuestionType } from '../content/ids';
import {
	authoredCaseSchema,
	fieldName,
	type AuthoredCase,
	type AuthoredPoint,
	type AuthoredQuestion
} from './assignment';

const randomId = (random: () => number) =>
	Array.from({ length: 10 }, () => Math.floor(random() * 36).toString(36)).join('');

export function newPoint(): AuthoredPoint {
	return { text: '', marks: 2, keywords: [] };
}

export function newQuestion(existing: readonly { id: string }[]): AuthoredQuestion {
	const used = new Set(existing.map((q) => q.id));
	let n = 1;
	while (used.has(`q${n}`)) n += 1;
	return { id: `q${n}`, type: '案例分析', prompt: '', marks: 2, points: [newPoint()] };
}

export function newAuthoredCase(now: number, random: () => number = Math.random): AuthoredCase {
	return {
		id: `my-${randomId(random)}`,
		title: '',
		text: '',
		questions: [newQuestion([])],
		updatedAt: now
	};
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');
const asMarks = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? value : 0;
const asObjects = (value: unknown): Record<string, unknown>[] =>
	Array.isArray(value)
		? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
		: [];

/**
 * A stored record as an editable draft: missing or wrongly typed fields get empty values, so a
 * case restored from an odd backup still opens (and the check then says what is missing).
 */
export function editableCase(record: { id: string } & Record<string, unknown>): AuthoredCase {
	const seen = new Set<string>();
	const questions = asObjects(record.questions).map((q, i): AuthoredQuestion => {
		const type = CASE_QUESTION_TYPES.includes(q.type as CaseQuestionType)
			? (q.type as CaseQuestionType)
			: '案例分析';
		// Ids key the editor's list: a repeated or odd one gets a fresh id.
		let id = typeof q.id === 'string' && /^q[0-9]{1,2}$/.test(q.id) ? q.id : `q${i + 1}`;
		for (let n = 1; seen.has(id); n++) id = `q${n}`;
		seen.add(id);
		return withMarks({
			id,
			type,
			prompt: asText(q.prompt),
			marks: 0,
			points: asObjects(q.points).map((p) => ({
				text: asText(p.text),
				marks: asMarks(p.marks),
				keywords: Array.isArray(p.keywords)
					? p.keywords.filter((k): k is string => typeof k === 'string')
					: []
			}))
		});
	});
	return {
		id: record.id,
		title: asText(record.title),
		text: asText(record.text),
		questions,
		updatedAt: asMarks(record.updatedAt)
	};
}

/** A question whose marks are the sum of its points (rounded to the exam's 0.1). */
export function withMarks(question: AuthoredQuestion): AuthoredQuestion {
	const sum = question.points.reduce((total, point) => total + point.marks, 0);
	return { ...question, marks: Math.round(sum * 10) / 10 };
}

/** 「考察期、回访, 复购；优惠」 → four keywords: any of 、，,；; and spaces separate them. */
export function parseKeywords(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[、，,；;\s]+/)
				.map((k) => k.trim())
				.filter(Boolean)
		)
	];
}

/** Why the case cannot go into an assignment yet; empty when it can. At most `limit` reasons. */
export function caseProblems(draft: AuthoredCase, limit = 5): string[] {
	const result = authoredCaseSchema.safeParse(
		{ ...draft, questions: draft.questions.map(withMarks) },
		{ error: z.locales.zhCN().localeError }
	);
	if (result.success) return [];
	return result.error.issues.slice(0, limit).map((issue) => {
		const where = fieldName(issue.path.length ? issue.path : ['title']);
		return `${where}：${issue.message}`;
	});
}

/** The case ready to travel inside an assignment, or null while it has problems. */
export function completeCase(draft: AuthoredCase): AuthoredCase | null {
	const candidate = { ...draft, questions: draft.questions.map(withMarks) };
	return authoredCaseSchema.safeParse(candidate).success ? candidate : null;
}
