/**
 * The shape of a backup file, checked field by field before anything is written. Mirrors
 * schema.ts; a record that does not fit is reported with its table, position and field.
 */
import { z } from 'zod';
import { questionSchema } from '../content/schema';
import { assignmentSchema } from '../teach/assignment';
import { studentSchema, submissionSchema } from '../teach/submission';
import { LATEST_TIME } from '../teach/limits';

/** Epoch ms; a time past 2100 (9e15 is past the Date range) would break every date shown. */
const time = z.number().int().nonnegative().max(LATEST_TIME, '晚于 2100 年，不是有效的时间');
/** A year in ms: more reading time than that on one chapter is a damaged record. */
const YEAR_MS = 365 * 86_400_000;
const response = z.union([z.string(), z.array(z.string()), z.boolean()]);
const id = z.number().int().positive().optional();
/** A display order of choice options (file indexes); older backups have none. */
const optionOrder = z.array(z.number().int().nonnegative()).max(8);

const reviewCard = z.object({
	questionId: z.string().min(1),
	due: time,
	state: z.record(z.string(), z.union([z.number(), z.string(), z.null()]))
});

export const tableSchemas = {
	chapterProgress: z.object({
		slug: z.string().min(1),
		readAt: time.nullable(),
		scrollRatio: z.number().min(0).max(1),
		lastVisitedAt: time,
		timeSpentMs: z.number().nonnegative().max(YEAR_MS, '超过一年，不是有效的阅读时长')
	}),
	notes: z.object({ chapter: z.string().min(1), text: z.string(), updatedAt: time }),
	attempts: z.object({
		id,
		questionId: z.string().min(1),
		chapter: z.string(),
		answeredAt: time,
		correct: z.boolean().nullable(),
		response,
		order: optionOrder.optional(),
		score: z.number().optional(),
		maxScore: z.number().optional(),
		unsure: z.boolean().optional(),
		source: z.enum(['drill', 'mock', 'review', 'assignment', 'wrong-book'])
	}),
	caseAnswers: z.object({
		id,
		caseId: z.string().min(1),
		questionId: z.string().min(1),
		text: z.string(),
		status: z.enum(['draft', 'submitted']),
		startedAt: time,
		updatedAt: time,
		submittedAt: time.optional(),
		confirmedPoints: z.array(z.number().int().nonnegative()).optional(),
		score: z.number().optional(),
		maxScore: z.number().optional()
	}),
	reviewCards: reviewCard,
	reviewLogs: z.object({
		id,
		questionId: z.string().min(1),
		reviewedAt: time,
		rating: z.number().int(),
		previous: reviewCard.nullable()
	}),
	mockExams: z.object({
		id,
		status: z.enum(['running', 'paused', 'marking', 'submitted']),
		startedAt: time,
		elapsedMs: z.number().nonnegative(),
		questionIds: z.array(z.string()),
		answers: z.record(z.string(), response),
		optionOrders: z.record(z.string(), optionOrder).optional(),
		writtenShares: z.record(z.string(), z.number()).optional(),
		submittedAt: time.optional(),
		score: z.number().optional(),
		maxScore: z.number().optional(),
		predicted: z
			.object({
				expected: z.number().nonnegative(),
				low: z.number().nonnegative(),
				high: z.number().nonnegative()
			})
			.optional()
	}),
	labScenarios: z.object({
		id,
		lab: z.string().min(1),
		name: z.string().min(1),
		createdAt: time,
		updatedAt: time,
		data: z.unknown()
	}),
	settings: z.object({ key: z.string().min(1), value: z.unknown() }),
	customQuestions: questionSchema,
	// A draft may still be incomplete, so only its identity is checked here.
	teachAssignments: z.object({
		id: z.string().min(1),
		assignment: z.looseObject({ id: z.string().min(1) }),
		updatedAt: time,
		sharedAt: time.optional()
	}),
	assignmentWork: z.object({
		assignmentId: z.string().min(1),
		assignment: assignmentSchema,
		student: studentSchema.nullable(),
		answers: z.record(z.string(), response),
		startedAt: time,
		updatedAt: time,
		submittedAt: time.optional(),
		autoScores: z.record(z.string(), z.number()).optional(),
		submissionChecksum: z.string().optional()
	}),
	gradebookSubmissions: submissionSchema.extend({ fileName: z.string(), importedAt: time }),
	history: z.object({
		id,
		key: z.string().min(1),
		text: z.string(),
		savedAt: time,
		reason: z.enum(['other-tab', 'before-load', 'unsaved', 'merge', 'before-restore'])
	}),
	gradebookMarks: z.object({
		id: z.string().min(1),
		submissionChecksum: z.string().min(1),
		assignmentId: z.string().min(1),
		itemId: z.string().min(1),
		ticked: z.array(z.number().int().nonnegative()),
		score: z.number(),
		comment: z.string(),
		markedAt: time
	}),
	// Like teachAssignments: a case being written may be incomplete, so only its identity is checked.
	teacherCases: z.looseObject({ id: z.string().min(1), updatedAt: time })
};

export type TableName = keyof typeof tableSchemas;
export const TABLE_NAMES = Object.keys(tableSchemas) as TableName[];

/** Chinese names of the tables, for messages. */
export const TABLE_LABELS: Record<TableName, string> = {
	chapterProgress: '阅读进度',
	notes: '笔记',
	attempts: '答题记录',
	caseAnswers: '案例答案',
	reviewCards: '复习卡片',
	reviewLogs: '复习记录',
	mockExams: '模拟考试',
	labScenarios: '实验室方案',
	settings: '设置',
	customQuestions: '我的题目',
	teachAssignments: '教师的作业',
	assignmentWork: '我的作业',
	gradebookSubmissions: '成绩册中的提交',
	gradebookMarks: '成绩册中的批改',
	history: '历史版本',
	teacherCases: '教师的自编案例'
};
