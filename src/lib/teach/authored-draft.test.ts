import { describe, expect, it } from 'vitest';
import {
	caseProblems,
	completeCase,
	editableCase,
	newAuthoredCase,
	newQuestion,
	parseKeywords,
	withMarks
} from './authored';
import { sampleAuthoredCase } from './sample';

describe('writing a case', () => {
	it('starts a draft with one question and one point, and a my- id', () => {
		const draft = newAuthoredCase(5, () => 0.5);
		expect(draft.id).toBe('my-iiiiiiiiii');
		expect(draft.questions).toEqual([
			{
				id: 'q1',
				type: '案例分析',
				prompt: '',
				marks: 2,
				points: [{ text: '', marks: 2, keywords: [] }]
			}
		]);
		expect(newQuestion([{ id: 'q1' }, { id: 'q3' }]).id).toBe('q2');
	});

	it('says what is missing, by question and point', () => {
		const problems = caseProblems(newAuthoredCase(Date.UTC(2026, 0, 1)));
		expect(problems).toEqual([
			'标题：不能为空',
			'第 1 小题的题干：不能为空',
			'第 1 小题的评分要点第 1 条的内容：不能为空'
		]);
		expect(completeCase(newAuthoredCase(Date.UTC(2026, 0, 1)))).toBeNull();
	});

	it('keeps question marks equal to the sum of the points', () => {
		const question = withMarks({
			...sampleAuthoredCase.questions[0],
			marks: 99,
			points: [
				{ text: 'a', marks: 1.5, keywords: [] },
				{ text: 'b', marks: 0.2, keywords: [] }
			]
		});
		expect(question.marks).toBe(1.7);
		expect(caseProblems(sampleAuthoredCase)).toEqual([]);
		expect(completeCase({ ...sampleAuthoredCase, questions: [question] })?.questions[0].marks).toBe(
			1.7
		);
	});

	it.each([
		['考察期、回访, 复购；优惠', ['考察期', '回访', '复购', '优惠']],
		['  会员  会员 ', ['会员']],
		['', []]
	])('reads the keywords %j', (text, keywords) => {
		expect(parseKeywords(text)).toEqual(keywords);
	});

	it('opens an odd record from a backup as an editable draft', () => {
		const draft = editableCase({
			id: 'my-odd0000001',
			title: 7,
			questions: [{ type: '随笔', points: [{ text: '要点', marks: '3', keywords: ['a', 1] }] }, 'x']
		});
		expect(draft).toEqual({
			id: 'my-odd0000001',
			title: '',
			text: '',
			updatedAt: 0,
			questions: [
				{
					id: 'q1',
					type: '案例分析',
					prompt: '',
					marks: 0,
					points: [{ text: '要点', marks: 0, keywords: ['a'] }]
				}
			]
		});
		expect(caseProblems(draft).length).toBeGreaterThan(0);
	});

	it('gives repeated question ids fresh ones, so the editor can key its list', () => {
		const draft = editableCase({
			id: 'my-twice000001',
			questions: [
				{ id: 'q1', prompt: 'a', points: [] },
				{ id: 'q1', prompt: 'b', points: [] },
				{ id: 'q2', prompt: 'c', points: [] }
			]
		});
		expect(draft.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
	});
});
