import { describe, expect, it } from 'vitest';
import { searchDocuments } from './documents';

const caseFile = {
	path: 'content/cases/haier-made-to-order.md',
	text: `---
title: 海尔的按需定制
description: 说明
source: 教材
chapters: []
glossary: []
questions:
  - id: q1
    type: 简答
    prompt: 海尔为什么按需定制？
    marks: 10
    points: []
---
正文`
};
const questionFile = {
	path: 'content/questions/05-satisfaction.yaml',
	text: `- { id: satisfaction-trap-012, type: single, chapter: satisfaction, topics: [], difficulty: 1, stem: 满意陷阱是（  ）。, options: [甲, 乙], answer: A, explanation: 解析 }`
};

describe('search documents', () => {
	it('open a case at the case itself, not the case list', () => {
		const [doc] = searchDocuments([caseFile]);
		expect(doc).toMatchObject({ kind: 'case', url: '/cases/haier-made-to-order/' });
	});

	it('open a question as a one-question drill, ready to answer', () => {
		const [doc] = searchDocuments([questionFile]);
		expect(doc).toMatchObject({
			kind: 'question',
			url: '/practice/drill/?question=satisfaction-trap-012'
		});
	});
});
