/**
 * An assignment as an instructor builds it and a student receives it. It names the site's content
 * by id (case questions, bank questions) rather than copying it, so a link stays short; the site
 * that opens it supplies prompts, keys and scoring points. What the site does not have travels
 * inside: lab tasks with their text and expected answer, cases the instructor wrote (`cases`),
 * and scoring points the instructor rewrote for a site case question (`points` on the item).
 */
import { z } from 'zod';
import { CASE_QUESTION_TYPES, LAB_IDS } from '../content/ids';
import {
	CASE_TEXT_MAX_CHARS,
	CASES_PER_ASSIGNMENT,
	EARLIEST_TIME,
	ITEMS_PER_ASSIGNMENT,
	LATEST_TIME
} from './limits';

export const ASSIGNMENT_FORMAT = 'crm-workbench-assignment';
export const ASSIGNMENT_VERSION = 1;

const text = z.string().trim().min(1, '不能为空');
const shortText = (max: number) => text.max(max, `不能超过 ${max} 个字符`);
const marks = z.number().positive('分值须大于 0').max(1000, '分值不能超过 1000');
const itemId = z.string().regex(/^[a-z0-9-]{1,20}$/, '只能是小写字母、数字和连字符');
/** Epoch ms inside a plausible window (a year like 9e15 ms would break every date shown). */
export const plausibleTime = z
	.number()
	.int()
	.min(EARLIEST_TIME, '早于 2000 年，不是有效的时间')
	.max(LATEST_TIME, '晚于 2100 年，不是有效的时间');

/** Ids of cases an instructor wrote: 「my-」 and letters or digits, never a site case's slug. */
export const AUTHORED_CASE_ID = /^my-[a-z0-9]{4,24}$/;

/** A scoring point the instructor wrote; keywords only suggest, so none is allowed. */
export const authoredPointSchema = z.object({
	text: shortText(500),
	marks,
	keywords: z.array(shortText(40)).max(20, '关键词最多 20 个')
});

const sumsTo = (question: { marks: number; points: { marks: number }[] }, ctx: z.RefinementCtx) => {
	const sum = question.points.reduce((total, point) => total + point.marks, 0);
	if (Math.abs(sum - question.marks) > 1e-9) {
		ctx.addIssue({
			code: 'custom',
			path: ['points'],
			message: `评分要点合计 ${sum} 分，与本题 ${question.marks} 分不符`
		});
	}
};

export const authoredQuestionSchema = z
	.object({
		id: z.string().regex(/^q[0-9]{1,2}$/, '题号格式不对'),
		type: z.enum(CASE_QUESTION_TYPES),
		prompt: shortText(2000),
		marks,
		points: z
			.array(authoredPointSchema)
			.min(1, '至少要有一个评分要点')
			.max(20, '评分要点最多 20 个')
	})
	.superRefine(sumsTo);

/** A case the instructor wrote: Markdown text, 1–4 questions with scoring points and keywords. */
export const authoredCaseSchema = z.object({
	id: z.string().regex(AUTHORED_CASE_ID, '案例编号格式不对'),
	title: shortText(100),
	/** The case material in Markdown, rendered for students like their own answers. */
	text: z.string().max(CASE_TEXT_MAX_CHARS, `案例正文不能超过 ${CASE_TEXT_MAX_CHARS} 个字符`),
	questions: z
		.array(authoredQuestionSchema)
		.min(1, '至少要有一道题')
		.max(4, '一个案例最多 4 道题')
		.refine(
			(questions) => new Set(questions.map((q) => q.id)).size === questions.length,
			'题号重复'
		),
	updatedAt: plausibleTime
});

const caseItem = z.object({
	kind: z.literal('case'),
	id: itemId,
	caseId: text,
	questionId: text,
	marks,
	/** Scoring points rewritten for this class; absent: the case's own. */
	points: z.array(authoredPointSchema).min(1).max(20).optional()
});

const questionItem = z.object({
	kind: z.literal('question'),
	id: itemId,
	questionId: text,
	marks
});

const labItem = z.object({
	kind: z.literal('lab'),
	id: itemId,
	lab: z.enum(LAB_IDS),
	/** What the student is to do and report, e.g. the share of 重要价值客户. */
	task: shortText(2000),
	/** The answer the instructor expects; a number is marked automatically within tolerance. */
	expected: shortText(500),
	/** Allowed absolute difference for a numeric answer; null means the instructor marks it. */
	tolerance: z.number().nonnegative().max(1e9).nullable(),
	marks
});

export const assignmentItemSchema = z.discriminatedUnion('kind', [caseItem, questionItem, labItem]);

export const assignmentSchema = z
	.object({
		format: z.literal(ASSIGNMENT_FORMAT),
		version: z.literal(ASSIGNMENT_VERSION),
		id: z.string().regex(/^[a-z0-9]{6,32}$/, '作业编号格式不对'),
		title: shortText(200),
		instructions: z.string().max(5000, '不能超过 5000 个字符'),
		/** Epoch ms; submissions after it are marked late. null: no deadline. */
		dueAt: plausibleTime.nullable(),
		/** Whether the student sees model answers and scoring points once they have submitted. */
		showModelAnswers: z.boolean(),
		/**
		 * Closed-book work: only the instructor's own cases and lab tasks, none of the site's bank
		 * or cases (whose explanations anyone can read on the site).
		 */
		ownContentOnly: z.boolean().optional(),
		createdAt: plausibleTime,
		items: z
			.array(assignmentItemSchema)
			.min(1, '作业里至少要有一道题')
			.max(ITEMS_PER_ASSIGNMENT, `一份作业最多 ${ITEMS_PER_ASSIGNMENT} 道题`),
		/** Cases the instructor wrote that items refer to, carried whole. */
		cases: z
			.array(authoredCaseSchema)
			.max(CASES_PER_ASSIGNMENT, `一份作业最多带 ${CASES_PER_ASSIGNMENT} 个自编案例`)
			.optional()
	})
	.superRefine((assignment, ctx) => {
		const seen = new Set<string>();
		const cases = new Map((assignment.cases ?? []).map((c) => [c.id, c]));
		assignment.items.forEach((item, index) => {
			if (seen.has(item.id)) {
				ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: '题目编号重复' });
			}
			seen.add(item.id);
			if (item.kind === 'case' && AUTHORED_CASE_ID.test(item.caseId)) {
				const own = cases.get(item.caseId);
				if (!own?.questions.some((q) => q.id === item.questionId)) {
					ctx.addIssue({
						code: 'custom',
						path: ['items', index, 'caseId'],
						message: '引用的自编案例或其题目不在作业里'
					});
				}
			}
			if (
				assignment.ownContentOnly &&
				(item.kind === 'question' || (item.kind === 'case' && !cases.has(item.caseId)))
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', index, 'kind'],
					message: '作业设为「只用我自己的题目和案例」，不能包含本站题库或本站案例的题目'
				});
			}
		});
		if (cases.size !== (assignment.cases ?? []).length) {
			ctx.addIssue({ code: 'custom', path: ['cases'], message: '自编案例编号重复' });
		}
	});

export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentItem = z.infer<typeof assignmentItemSchema>;
export type CaseItem = z.infer<typeof caseItem>;
export type QuestionItem = z.infer<typeof questionItem>;
export type LabItem = z.infer<typeof labItem>;
export type AuthoredCase = z.infer<typeof authoredCaseSchema>;
export type AuthoredQuestion = z.infer<typeof authoredQuestionSchema>;
export type AuthoredPoint = z.infer<typeof authoredPointSchema>;

export class TeachInputError extends Error {}

/** Chinese names of assignment fields, so a message says 「第 2 题的分值」 and not `items.1.marks`. */
const FIELD_LABELS: Record<string, string> = {
	format: '文件类型',
	version: '格式版本',
	id: '编号',
	title: '标题',
	instructions: '说明',
	dueAt: '截止时间',
	showModelAnswers: '是否显示参考答案',
	createdAt: '创建时间',
	items: '题目列表',
	kind: '题目类型',
	caseId: '案例',
	questionId: '题目',
	marks: '分值',
	lab: '实验室',
	task: '任务说明',
	expected: '期望答案',
	tolerance: '允许误差',
	ownContentOnly: '只用自己的题目和案例',
	cases: '自编案例',
	questions: '题目',
	points: '评分要点',
	prompt: '题干',
	text: '内容',
	keywords: '关键词',
	type: '题型',
	updatedAt: '修改时间'
};

/** 「第 2 题的分值」 for ['items', 1, 'marks']; 「标题」 for ['title']. */
export function fieldName(path: readonly PropertyKey[]): string {
	const parts: string[] = [];
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		const next = path[i + 1];
		if (key === 'items' && typeof next === 'number') {
			parts.push(`第 ${next + 1} 题`);
			i++;
		} else if (key === 'cases' && typeof next === 'number') {
			parts.push(`第 ${next + 1} 个自编案例`);
			i++;
		} else if (key === 'questions' && typeof next === 'number') {
			parts.push(`第 ${next + 1} 小题`);
			i++;
		} else if ((key === 'points' || key === 'keywords') && typeof next === 'number') {
			parts.push(`${FIELD_LABELS[key]}第 ${next + 1} 条`);
			i++;
		} else {
			parts.push(FIELD_LABELS[String(key)] ?? String(key));
		}
	}
	return parts.join('的') || '内容';
}

/** Checks parsed JSON as an assignment; throws TeachInputError naming the first bad field. */
export function checkAssignment(data: unknown, where: string): Assignment {
	if (
		typeof data === 'object' &&
		data !== null &&
		(data as { format?: unknown }).format !== ASSIGNMENT_FORMAT
	) {
		throw new TeachInputError(`${where}不是本站的作业（缺少作业标记）。`);
	}
	const result = assignmentSchema.safeParse(data, { error: z.locales.zhCN().localeError });
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new TeachInputError(`${where}中${fieldName(issue.path)}有误：${issue.message}。`);
	}
	return result.data;
}

/** A fresh random id for a new assignment (not secret, only unique). */
export function newAssignmentId(random: () => number = Math.random): string {
	return Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
}

export const totalMarks = (assignment: Pick<Assignment, 'items'>) =>
	assignment.items.reduce((sum, item) => sum + item.marks, 0);
