/**
 * Fixed identifiers shared by content, routes and the content check.
 * Chapter slugs come from file names (`content/chapters/NN-slug.md`); the lists here let
 * code refer to them with types and let the check reject a tag that names nothing.
 */

/** Labs, by route slug under /lab/. */
export const LAB_IDS = [
	'segmentation',
	'clv',
	'lifecycle',
	'lifecycle-patterns',
	'satisfaction',
	'satisfaction-survey',
	'kano',
	'delivered-value',
	'loyalty-types'
] as const;
export type LabId = (typeof LAB_IDS)[number];

/** Case question kinds as the exam names them. */
export const CASE_QUESTION_TYPES = ['案例分析', '论述', '简答'] as const;
export type CaseQuestionType = (typeof CASE_QUESTION_TYPES)[number];

/** Bank question kinds: 单选, 多选, 判断, 名词解释, 简答, 案例分析. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'definition', 'short', 'case'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
	single: '单选题',
	multiple: '多选题',
	truefalse: '判断题',
	definition: '名词解释',
	short: '简答题',
	case: '案例分析'
};
