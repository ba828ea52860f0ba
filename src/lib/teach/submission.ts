/**
 * A student's submission file: who, for which assignment, their answers, the scores the site
 * gave the auto-marked parts, when they started and handed in, and a SHA-256 checksum of all of
 * that. The checksum catches a file damaged in transit or edited by hand; it is not a signature
 * (anyone with this code could recompute it), and the gradebook re-marks auto items itself.
 */
import { z } from 'zod';
import type { Response } from '../practice/grade';
import { fieldName, plausibleTime, type Assignment } from './assignment';
import { sha256Hex } from '../sha256';
import { canonicalJson } from '../canonical-json';
import {
	ANSWER_MAX_CHARS,
	formatBytes,
	ITEMS_PER_ASSIGNMENT,
	SUBMISSION_MAX_BYTES
} from './limits';

export const SUBMISSION_FORMAT = 'crm-workbench-submission';
export const SUBMISSION_VERSION = 1;

const time = plausibleTime;
const response = z.union([
	z.string().max(ANSWER_MAX_CHARS, `一题的答案不能超过 ${ANSWER_MAX_CHARS} 个字符`),
	z.array(z.string().max(20)).max(26),
	z.boolean()
]);
/** Keys of answers and scores: item ids, never more than an assignment can hold. */
const byItem = <T extends z.ZodType>(value: T) =>
	z
		.record(z.string().max(20), value)
		.refine((record) => Object.keys(record).length <= ITEMS_PER_ASSIGNMENT, '题目数量超出上限');

export const studentSchema = z.object({
	name: z.string().trim().min(1, '姓名不能为空').max(60),
	number: z.string().trim().min(1, '学号不能为空').max(40)
});

export const submissionSchema = z.object({
	format: z.literal(SUBMISSION_FORMAT),
	version: z.literal(SUBMISSION_VERSION),
	assignmentId: z.string().min(1).max(64),
	assignmentTitle: z.string().max(200),
	student: studentSchema,
	answers: byItem(response),
	autoScores: byItem(z.number().min(0, '不能小于 0').max(1000, '不能超过 1000')),
	startedAt: time,
	submittedAt: time,
	checksum: z.string().regex(/^[0-9a-f]{64}$/, '须为 64 位十六进制')
});

export type Student = z.infer<typeof studentSchema>;
export type Submission = z.infer<typeof submissionSchema>;

const SUBMISSION_FIELDS: Record<string, string> = {
	assignmentId: '作业编号',
	assignmentTitle: '作业标题',
	student: '学生',
	name: '姓名',
	number: '学号',
	answers: '答案',
	autoScores: '自动评分',
	startedAt: '开始时间',
	submittedAt: '提交时间',
	checksum: '校验和'
};

const checksumOf = (submission: Omit<Submission, 'checksum'>) =>
	sha256Hex(canonicalJson(submission));

export async function createSubmission(input: {
	assignment: Assignment;
	student: Student;
	answers: Record<string, Response>;
	autoScores: Record<string, number>;
	startedAt: number;
	submittedAt: number;
}): Promise<Submission> {
	const unsigned = {
		format: SUBMISSION_FORMAT,
		version: SUBMISSION_VERSION,
		assignmentId: input.assignment.id,
		assignmentTitle: input.assignment.title,
		student: { name: input.student.name.trim(), number: input.student.number.trim() },
		// Only answers to this assignment's items, so a stale key cannot leak in.
		answers: Object.fromEntries(
			input.assignment.items
				.filter((item) => input.answers[item.id] !== undefined)
				.map((item) => [item.id, input.answers[item.id]])
		),
		autoScores: input.autoScores,
		startedAt: input.startedAt,
		submittedAt: input.submittedAt
	} as const;
	return { ...unsigned, checksum: checksumOf(unsigned) };
}

export const submissionFile = (submission: Submission) =>
	`${JSON.stringify(submission, null, 2)}\n`;

export const submissionFileName = (submission: Submission) =>
	`提交-${submission.student.number.replace(/[\\/:*?"<>|\s]+/g, '_')}-${submission.assignmentId}.json`;

export type SubmissionProblem = 'invalid' | 'checksum' | 'other-assignment';

/** The message for a file over the size limit (the gradebook checks sizes before reading). */
export const tooLarge = (size: number) =>
	`太大（${formatBytes(size)}）：提交文件不能超过 ${formatBytes(SUBMISSION_MAX_BYTES)}，未导入。请让学生检查答案里是否粘贴了大段无关内容后重新提交。`;

export type ParsedSubmission =
	{ ok: true; submission: Submission } | { ok: false; problem: SubmissionProblem; message: string };

/**
 * Reads one submission file for an assignment. A file for another assignment, with a checksum
 * that does not match, or that is not a submission at all is refused with a message that says so.
 */
export async function parseSubmission(
	text: string,
	fileName: string,
	assignment: Pick<Assignment, 'id' | 'title'>
): Promise<ParsedSubmission> {
	const fail = (problem: SubmissionProblem, message: string) =>
		({ ok: false, problem, message: `「${fileName}」${message}` }) as const;
	// Characters are never more than UTF-8 bytes, so a file under the byte limit always passes here.
	if (text.length > SUBMISSION_MAX_BYTES) return fail('invalid', tooLarge(text.length));
	if (!text.trim()) return fail('invalid', '是空文件。');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail('invalid', '不是完整的 JSON：文件可能被截断或不是提交文件。');
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== SUBMISSION_FORMAT
	) {
		return fail('invalid', '不是本站的作业提交文件。');
	}
	const result = submissionSchema.safeParse(data, { error: z.locales.zhCN().localeError });
	if (!result.success) {
		const issue = result.error.issues[0];
		const field = issue.path.map((key) => SUBMISSION_FIELDS[String(key)] ?? String(key));
		return fail('invalid', `的${field.join('的') || fieldName([])}有误：${issue.message}。`);
	}
	const submission = result.data;
	const { checksum, ...unsigned } = submission;
	if (checksumOf(unsigned) !== checksum) {
		return fail(
			'checksum',
			'的校验和不符：文件在提交后被修改或已损坏，未导入。请让学生重新提交原文件。'
		);
	}
	if (submission.assignmentId !== assignment.id) {
		return fail(
			'other-assignment',
			`属于另一份作业（「${submission.assignmentTitle}」，编号 ${submission.assignmentId}），不是「${assignment.title}」，未导入。`
		);
	}
	return { ok: true, submission };
}
