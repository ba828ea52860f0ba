import { describe, expect, it } from 'vitest';
import type { Response } from '../practice/grade';
import type { AssignmentItem } from './assignment';
import {
	autoScore,
	describeItem,
	isAutoMarked,
	missingContent,
	parseNumber,
	tickedScore
} from './items';
import { sampleAssignment, sampleContent } from './sample';

const item = (id: string) => sampleAssignment.items.find((i) => i.id === id) as AssignmentItem;

describe('auto marking', () => {
	it.each<[string, string, Response | undefined, number | null]>([
		['single, right', 'i2', 'B', 2],
		['single, wrong', 'i2', 'A', 0],
		['single, unanswered', 'i2', undefined, 0],
		['multiple, every letter', 'i3', ['D', 'C', 'B', 'A'], 3],
		['multiple, one missing', 'i3', ['A', 'B', 'C'], 0],
		['multiple, one extra', 'i3', ['A', 'B', 'C', 'D', 'E'], 0],
		['true/false, right', 'i4', false, 1],
		['true/false, wrong', 'i4', true, 0],
		['lab number inside the tolerance', 'i5', '12.9', 4],
		['lab number on the tolerance', 'i5', '13', 4],
		['lab number with a percent sign', 'i5', '12.5%', 4],
		['lab number in full-width digits', 'i5', '１２．３', 4],
		['lab number outside the tolerance', 'i5', '13.1', 0],
		['lab answer that is not a number', 'i5', '约一成', 0],
		['case answer, left to the marker', 'i1', '任何文字', null]
	])('%s', (_, id, response, score) => {
		expect(autoScore(item(id), response, sampleContent)).toBe(score);
	});

	it('leaves a lab task with a worded expected answer to the marker', () => {
		const worded = { ...item('i5'), expected: '重要价值客户最多' } as AssignmentItem;
		expect(isAutoMarked(worded, sampleContent)).toBe(false);
		expect(autoScore(worded, '重要价值客户最多', sampleContent)).toBeNull();
	});
});

describe('parseNumber', () => {
	it.each([
		['23.5', 23.5],
		[' 1,200 ', 1200],
		['-3', -3],
		['.5', 0.5],
		['12.5%', 12.5],
		['abc', null],
		['', null],
		['1.2.3', null]
	])('reads %j as %s', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});
});

describe('ticked scoring points', () => {
	it.each([
		[[0, 1, 2], 20, 20],
		[[0, 2], 20, 14],
		[[], 20, 0],
		// The instructor made the 20-mark question worth 10: every point counts half.
		[[0, 1], 10, 5],
		[[1], 15, 4.5]
	])('points %j on an item worth %i give %s', (ticked, marks, score) => {
		expect(tickedScore({ ...item('i1'), marks } as AssignmentItem, ticked, sampleContent)).toBe(
			score
		);
	});
});

describe('missing content', () => {
	it('names items whose case question or bank question the site does not have', () => {
		const assignment = {
			...sampleAssignment,
			items: [
				...sampleAssignment.items,
				{ kind: 'case' as const, id: 'i6', caseId: 'icbc-lifecycle', questionId: 'q9', marks: 5 },
				{ kind: 'question' as const, id: 'i7', questionId: 'gone-001', marks: 2 }
			]
		};
		expect(missingContent(assignment, sampleContent)).toEqual([
			'第 6 题（案例「icbc-lifecycle」的 q9）',
			'第 7 题（题库题目「gone-001」）'
		]);
		expect(missingContent(sampleAssignment, sampleContent)).toEqual([]);
	});
});

describe('describing items', () => {
	it.each([
		['i1', '案例「中国工商银行的客户生命周期管理」第 1 题'],
		['i2', '单选题：客户关系管理的英文缩写是（  ）。'],
		['i5', '实验任务（客户细分实验室）']
	])('names %s as %s', (id, text) => {
		expect(describeItem(item(id), sampleContent)).toBe(text);
	});
});
