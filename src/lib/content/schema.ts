/**
 * The shape of everything in content/. Used by `npm run content:check` and by the build
 * (bin/content-check-plugin.ts), never shipped to the browser: the site imports content
 * already known to be valid.
 */
import { z } from 'zod';
import { CASE_QUESTION_TYPES, LAB_IDS, QUESTION_TYPES } from './ids.ts';

const text = z.string().trim().min(1, '不能为空');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '只能用小写字母、数字和连字符');

/** One scoring point of a written answer: what the marker looks for and what it is worth. */
export const scoringPointSchema = z.object({
	text,
	marks: z.number().positive(),
	/** Terms whose presence in a student's answer suggests the point was made. */
	keywords: z.array(text).min(1)
});

export const chapterSchema = z.object({
	title: text,
	/** One sentence for <meta name="description"> and the chapter list. */
	description: text,
	objectives: z.array(text).min(1),
	/** 考点: the exam-oriented summary at the end of the chapter. */
	keyPoints: z.array(z.object({ term: text, point: text })).min(1),
	/** 容易混淆: pairs of ideas students mix up. */
	confusions: z.array(z.object({ pair: text, note: text })).default([]),
	/** TeX by name, typeset with KaTeX where the body says <Formula name="..." />. */
	formulas: z.record(slug, text).default({}),
	related: z
		.object({
			cases: z.array(slug).default([]),
			labs: z.array(z.enum(LAB_IDS)).default([])
		})
		.default({ cases: [], labs: [] })
});

export const topicSchema = z.object({ id: slug, name: text, chapter: slug });

export const glossaryTermSchema = z.object({
	id: slug,
	term: text,
	/** English name or acronym, shown beside the term and matched by search. */
	en: z.string().trim().optional(),
	aliases: z.array(text).default([]),
	/** Slug of the chapter that teaches the term. */
	chapter: slug,
	definition: text
});

export const caseQuestionSchema = z
	.object({
		id: slug,
		type: z.enum(CASE_QUESTION_TYPES),
		prompt: text,
		marks: z.number().positive(),
		points: z.array(scoringPointSchema).min(1)
	})
	.superRefine((question, ctx) => {
		const sum = question.points.reduce((total, point) => total + point.marks, 0);
		if (Math.abs(sum - question.marks) > 1e-9) {
			ctx.addIssue({
				code: 'custom',
				path: ['points'],
				message: `评分要点合计 ${sum} 分，与本题 ${question.marks} 分不符`
			});
		}
	});

export const caseSchema = z.object({
	title: text,
	description: text,
	/** Where the facts come from, e.g. the exam paper or textbook. */
	source: text,
	chapters: z.array(slug).min(1),
	glossary: z.array(slug).default([]),
	lab: z.enum(LAB_IDS).optional(),
	questions: z.array(caseQuestionSchema).min(1).max(4)
});

const choiceLetters = z.string().regex(/^[A-H]$/, '答案须为 A–H 的一个字母');

export const questionSchema = z
	.object({
		id: slug,
		/** The name an imported question came with (GIFT ::第1题::, Moodle <name>); the site's bank has none. */
		title: z.string().trim().min(1).max(100).optional(),
		type: z.enum(QUESTION_TYPES),
		chapter: slug,
		topics: z.array(slug).min(1),
		difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
		stem: text,
		options: z.array(text).min(2, '至少要有 2 个选项').max(8, '最多 8 个选项（A–H）').optional(),
		/** single: 'B'; multiple: ['A', 'C']; truefalse: true/false; written kinds: the model answer. */
		answer: z.union([choiceLetters, z.array(choiceLetters), z.boolean(), text]),
		explanation: text,
		points: z.array(scoringPointSchema).optional(),
		case: slug.optional()
	})
	.superRefine((q, ctx) => {
		const issue = (path: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message });
		const isChoice = q.type === 'single' || q.type === 'multiple';
		if (isChoice && !q.options) issue('options', '选择题必须有选项');
		if (!isChoice && q.options) issue('options', '只有选择题才有选项');
		const optionCount = q.options?.length ?? 0;
		const inRange = (letter: string) => letter.charCodeAt(0) - 65 < optionCount;
		if (q.type === 'single' && (typeof q.answer !== 'string' || !/^[A-H]$/.test(q.answer))) {
			issue('answer', '单选题的答案必须是一个选项字母');
		} else if (q.type === 'single' && !inRange(q.answer as string)) {
			issue('answer', '答案字母超出选项范围');
		}
		if (q.type === 'multiple') {
			if (!Array.isArray(q.answer) || q.answer.length < 2) {
				issue('answer', '多选题至少有两个正确选项');
			} else if (!q.answer.every(inRange) || new Set(q.answer).size !== q.answer.length) {
				issue('answer', '多选题答案字母重复或超出选项范围');
			}
		}
		if (q.type === 'truefalse' && typeof q.answer !== 'boolean') {
			issue('answer', '判断题的答案必须是 true 或 false');
		}
		const isWritten = q.type === 'definition' || q.type === 'short' || q.type === 'case';
		if (isWritten && (typeof q.answer !== 'string' || /^[A-H]$/.test(q.answer))) {
			issue('answer', '主观题的答案必须是参考答案文字');
		}
		if (isWritten && !q.points?.length) issue('points', '主观题必须有评分要点');
		if (q.type === 'case' && !q.case) issue('case', '案例分析题必须指向一个案例');
	});

export type ChapterMeta = z.infer<typeof chapterSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type ScoringPoint = z.infer<typeof scoringPointSchema>;
export type CaseQuestion = z.infer<typeof caseQuestionSchema>;
export type CaseMeta = z.infer<typeof caseSchema>;
export type Question = z.infer<typeof questionSchema>;
