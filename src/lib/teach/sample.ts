/**
 * A small, fixed piece of content (copied from the site's case and bank, so the e2e tests can
 * open the same assignment in the browser) and an assignment over it, with generated class
 * submissions: shared by the units, the e2e tests and `npm run bench`, which run without the
 * site's content loader.
 */
import type { CaseQuestion, Question } from '../content/schema';
import type { Response } from '../practice/grade';
import {
	ASSIGNMENT_FORMAT,
	ASSIGNMENT_VERSION,
	type Assignment,
	type AuthoredCase
} from './assignment';
import { autoScores, contentLookup } from './items';
import { createSubmission, type Submission } from './submission';

const lifecycleQuestion: CaseQuestion = {
	id: 'q1',
	type: '案例分析',
	prompt: '分析工商银行如何依据客户生命周期不同阶段实施客户关系管理。',
	marks: 20,
	points: [
		{ text: '生命周期四个阶段', marks: 4, keywords: ['潜在客户', '新客户'] },
		{ text: '潜在客户阶段的做法', marks: 6, keywords: ['数据库营销'] },
		{ text: '忠诚客户阶段的做法', marks: 10, keywords: ['交叉销售'] }
	]
};

const bank: Question[] = [
	{
		id: 'crm-basics-001',
		type: 'single',
		chapter: 'crm-basics',
		topics: ['crm-definition'],
		difficulty: 1,
		stem: '客户关系管理的英文缩写是（  ）。',
		options: ['ERP', 'CRM', 'SCM', 'BI'],
		answer: 'B',
		explanation: 'CRM。'
	},
	{
		id: 'customer-lifecycle-017',
		type: 'multiple',
		chapter: 'customer-lifecycle',
		topics: ['lifecycle-stages'],
		difficulty: 1,
		stem: '客户生命周期的四个阶段包括（  ）。',
		options: ['潜在客户', '新客户', '忠诚客户', '新业务的新客户', '流失客户'],
		answer: ['A', 'B', 'C', 'D'],
		explanation: '四个阶段。'
	},
	{
		id: 'crm-basics-025',
		type: 'truefalse',
		chapter: 'crm-basics',
		topics: ['crm-definition'],
		difficulty: 1,
		stem: '客户关系管理就是购买并安装一套 CRM 软件。',
		answer: false,
		explanation: '软件只是技术层。'
	}
];

export const sampleContent = contentLookup(
	[
		{
			slug: 'icbc-lifecycle',
			title: '中国工商银行的客户生命周期管理',
			questions: [lifecycleQuestion]
		}
	],
	bank
);

export const sampleAssignment: Assignment = {
	format: ASSIGNMENT_FORMAT,
	version: ASSIGNMENT_VERSION,
	id: 'k3j9x0abc123',
	title: '第二章作业：客户生命周期',
	instructions: '独立完成，案例题分点作答。',
	dueAt: Date.UTC(2026, 11, 8, 16, 0),
	showModelAnswers: true,
	createdAt: Date.UTC(2026, 11, 1),
	items: [
		{ kind: 'case', id: 'i1', caseId: 'icbc-lifecycle', questionId: 'q1', marks: 20 },
		{ kind: 'question', id: 'i2', questionId: 'crm-basics-001', marks: 2 },
		{ kind: 'question', id: 'i3', questionId: 'customer-lifecycle-017', marks: 3 },
		{ kind: 'question', id: 'i4', questionId: 'crm-basics-025', marks: 1 },
		{
			kind: 'lab',
			id: 'i5',
			lab: 'segmentation',
			task: '对样例数据做 RFM 细分，报告重要价值客户的占比（%）。',
			expected: '12.5',
			tolerance: 0.5,
			marks: 4
		}
	]
};

/** Submission number `index` of a class: every seventh student answers the choice wrongly. */
export async function sampleSubmission(index: number, submittedAt: number): Promise<Submission> {
	const answers: Record<string, Response> = {
		i1: `学生 ${index} 的答案：潜在客户阶段用数据库营销，忠诚客户阶段做交叉销售。`,
		i2: index % 7 === 0 ? 'A' : 'B',
		i3: ['A', 'B', 'C', 'D'],
		i4: false,
		i5: index % 2 === 0 ? '12.3' : '20'
	};
	return createSubmission({
		assignment: sampleAssignment,
		student: { name: `学生${index}`, number: `2026${String(index).padStart(4, '0')}` },
		answers,
		autoScores: autoScores(sampleAssignment, answers, sampleContent),
		startedAt: submittedAt - 3_600_000,
		submittedAt
	});
}

/** A case an instructor wrote about a local business, with three scoring points. */
export const sampleAuthoredCase: AuthoredCase = {
	id: 'my-teahouse01',
	title: '社区茶饮店的会员经营',
	text: '## 背景\n\n一家开在大学城的茶饮店有 **3,000** 名会员。\n\n- 复购集中在考试周\n- 新会员流失快\n\n网址 https://example.com 只是文字。',
	questions: [
		{
			id: 'q1',
			type: '案例分析',
			prompt: '这家店应怎样留住新会员？结合客户生命周期回答。',
			marks: 10,
			points: [
				{ text: '指出新会员处于考察期', marks: 3, keywords: ['考察期'] },
				{ text: '提出首月回访或优惠', marks: 4, keywords: ['回访', '优惠'] },
				{ text: '用复购数据衡量效果', marks: 3, keywords: ['复购'] }
			]
		}
	],
	updatedAt: Date.UTC(2026, 10, 20)
};

/** An assignment with the instructor's own case and a site case question with rewritten points. */
export const authoredAssignment: Assignment = {
	...sampleAssignment,
	id: 'own0case0001',
	title: '自编案例作业',
	cases: [sampleAuthoredCase],
	items: [
		{ kind: 'case', id: 'i1', caseId: sampleAuthoredCase.id, questionId: 'q1', marks: 10 },
		{
			kind: 'case',
			id: 'i2',
			caseId: 'icbc-lifecycle',
			questionId: 'q1',
			marks: 10,
			points: [
				{ text: '说出四个阶段', marks: 5, keywords: ['潜在客户'] },
				{ text: '结合本地银行举例', marks: 5, keywords: [] }
			]
		}
	]
};
