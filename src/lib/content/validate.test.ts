import { describe, expect, it } from 'vitest';
import { summaryLine, validateContent, type ContentFile } from './validate';

const chapter = (slug: string, extra = '', body = '## 一节\n\n正文。') => ({
	path: `content/chapters/01-${slug}.md`,
	text: `---
title: 标题
description: 一句话。
objectives: [目标]
keyPoints:
  - { term: 术语, point: 要点 }
${extra}---
${body}
`
});

const topics = {
	path: 'content/topics.yaml',
	text: '- { id: crm-definition, name: 定义, chapter: crm-basics }\n'
};

const glossary = {
	path: 'content/glossary/01-crm-basics.yaml',
	text: `- id: crm
  term: 客户关系管理
  chapter: crm-basics
  definition: 定义。
`
};

const question = (fields: string) => ({
	path: 'content/questions/01-crm-basics.yaml',
	text: `- id: crm-basics-001
  chapter: crm-basics
  topics: [crm-definition]
  difficulty: 1
  stem: 题干
  explanation: 解析
${fields}`
});

const caseFile = (marks: number) => ({
	path: 'content/cases/icbc-lifecycle.md',
	text: `---
title: 工行
description: 简介
source: 试卷
chapters: [crm-basics]
glossary: [crm]
questions:
  - id: q1
    type: 案例分析
    prompt: 分析
    marks: ${marks}
    points:
      - { text: 定义, marks: 1, keywords: [生命周期] }
      - { text: 四个阶段, marks: 4, keywords: [潜在客户] }
---
案例正文。
`
});

const check = (...files: ContentFile[]) => validateContent([topics, glossary, ...files]);

describe('content validation', () => {
	it('accepts well-formed content and counts it', () => {
		const report = check(
			chapter('crm-basics', '', '## 一节\n\n<Term id="crm">CRM</Term>'),
			caseFile(5),
			question('  type: single\n  options: [甲, 乙, 丙]\n  answer: C\n')
		);
		expect(report.problems).toEqual([]);
		expect(summaryLine(report.counts)).toBe('content: chapters=1 cases=1 questions=1 glossary=1');
	});

	it.each([
		['a single-choice answer outside the options', '  type: single\n  options: [甲, 乙]\n  answer: D\n', 'answer', '超出选项范围'],
		['a multiple choice with one correct option', '  type: multiple\n  options: [甲, 乙, 丙]\n  answer: [A]\n', 'answer', '至少有两个'],
		['a true/false answer that is not a boolean', '  type: truefalse\n  answer: 对\n', 'answer', 'true 或 false'],
		['a choice question without options', '  type: single\n  answer: A\n', 'options', '必须有选项'],
		['a written question without scoring points', '  type: short\n  answer: 参考答案\n', 'points', '评分要点'],
		['a case question that names no case', '  type: case\n  answer: 参考答案\n  points: [{ text: 要点, marks: 2, keywords: [词] }]\n', 'case', '指向一个案例'],
		['an unknown question type', '  type: essay\n  answer: 参考答案\n', 'type', '']
	])('rejects %s, naming the field', (_name, fields, field, message) => {
		const { problems } = check(chapter('crm-basics'), question(fields));
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'content/questions/01-crm-basics.yaml',
				field: `0.${field}`,
				message: expect.stringContaining(message)
			})
		);
	});

	it('rejects a case whose scoring points do not add up to its marks', () => {
		const { problems } = check(chapter('crm-basics'), caseFile(20));
		expect(problems).toContainEqual({
			file: 'content/cases/icbc-lifecycle.md',
			field: 'questions.0.points',
			message: '评分要点合计 5 分，与本题 20 分不符'
		});
	});

	it('rejects tags that name nothing', () => {
		const unknownTopic = question('  type: truefalse\n  answer: true\n');
		unknownTopic.text = unknownTopic.text.replace('[crm-definition]', '[no-topic]');
		const { problems } = check(
			chapter('crm-basics', 'related:\n  cases: [no-such-case]\n', '## 节\n\n<Term id="nope">x</Term>'),
			unknownTopic
		);
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'related.cases.0: 案例「no-such-case」不存在',
			'body <Term>: 术语「nope」不存在',
			'crm-basics-001.topics.0: 知识点「no-topic」不存在'
		]);
	});

	it('rejects a missing front matter, broken YAML and a missing required field', () => {
		const { problems } = check(
			{ path: 'content/chapters/01-crm-basics.md', text: '没有 front matter' },
			{ path: 'content/questions/02-x.yaml', text: '- id: [unclosed' },
			{ path: 'content/chapters/02-loyalty.md', text: '---\ntitle: 忠诚\n---\n正文' }
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'content/chapters/01-crm-basics.md', message: expect.stringContaining('front matter') })
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'content/questions/02-x.yaml', message: expect.stringContaining('YAML 无法解析') })
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'content/chapters/02-loyalty.md', field: 'description' })
		);
	});

	it('rejects duplicate ids across files', () => {
		const { problems } = check(chapter('crm-basics'), {
			...glossary,
			path: 'content/glossary/02-other.yaml'
		});
		expect(problems).toContainEqual(
			expect.objectContaining({ field: 'id', message: expect.stringContaining('重复') })
		);
	});
});
