/**
 * An assignment as an instructor builds it and a student receives it. It names content by id
 * (case questions, bank questions) rather than copying it, so a link stays short; the site that
 * opens it supplies prompts, keys and scoring points. Lab tasks carry their own text and the
 * answer the instructor expects.
 */
import { z } from 'zod';
import { LAB_IDS } from '../content/ids';

export const ASSIGNMENT_FORMAT = 'crm-workbench-assignment';
export const ASSIGNMENT_VERSION = 1;

const text = z.string().trim().min(1, '不能为空');
const marks = z.number().positive('分值须大于 0').max(1000, '分值不能超过 1000');
const itemId = z.string().regex(/^[a-z0-9-]{1,20}$/, '只能是小写字母、数字和连字符');

const caseItem = z.object({
	kind: z.literal('case'),
	id: itemId,
	caseId: text,
	questionId: text,
	marks
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
	task: text,
	/** The answer the instructor expects; a number is marked automatically within tolerance. */
	expected: text,
	/** Allowed absolute difference for a numeric answer; null means the instructor marks it. */
	tolerance: z.number().nonnegative().nullable(),
	marks
});

export const assignmentItemSchema = z.discriminatedUnion('kind', [caseItem, questionItem, labItem]);

export const assignmentSchema = z
	.object({
		format: z.literal(ASSIGNMENT_FORMAT),
		version: z.literal(ASSIGNMENT_VERSION),
		id: z.string().regex(/^[a-z0-9]{6,32}$/, '作业编号格式不对'),
		title: text,
		instructions: z.string(),
		/** Epoch ms; submissions after it are marked late. null: no deadline. */
		dueAt: z.number().int().nonnegative().nullable(),
		/** Whether the student sees model answers and scoring points once they have submitted. */
		showModelAnswers: z.boolean(),
		createdAt: z.number().int().nonnegative(),
		items: z.array(assignmentItemSchema).min(1, '作业里至少要有一道题')
	})
	.superRefine((assignment, ctx) => {
		const seen = new Set<string>();
		assignment.items.forEach((item, index) => {
			if (seen.has(item.id)) {
				ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: '题目编号重复' });
			}
			seen.add(item.id);
		});
	});

export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentItem = z.infer<typeof assignmentItemSchema>;
export type CaseItem = z.infer<typeof caseItem>;
export type QuestionItem = z.infer<typeof questionItem>;
export type LabItem = z.infer<typeof labItem>;

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
	tolerance: '允许误差'
};

/** 「第 2 题的分值」 for ['items', 1, 'marks']; 「标题」 for ['title']. */
export function fieldName(path: readonly PropertyKey[]): string {
	const parts: string[] = [];
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		if (key === 'items' && typeof path[i + 1] === 'number') {
			parts.push(`第 ${(path[i + 1] as number) + 1} 题`);
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
