import { describe, expect, it } from 'vitest';
import { checkAssignment, type Assignment } from './assignment';
import { gradeTable, feedbackText } from './grades';
import {
	assignmentContent,
	describeItem,
	missingContent,
	scoringPoints,
	tickedScore
} from './items';
import { assignmentFile, decodeAssignment, encodeAssignment, parseAssignmentFile } from './link';
import { authoredAssignment, sampleAuthoredCase, sampleContent } from './sample';
import { createSubmission } from './submission';

const withChange = (change: (a: Assignment) => void) => {
	const copy = structuredClone(authoredAssignment);
	change(copy);
	return copy;
};

describe("an instructor's own case inside an assignment", () => {
	it('travels whole through the link, Markdown and keywords included', async () => {
		const decoded = await decodeAssignment(`#a=${await encodeAssignment(authoredAssignment)}`);
		expect(decoded).toEqual(authoredAssignment);
		expect(decoded.cases?.[0].text).toContain('**3,000**');
		expect(decoded.cases?.[0].questions[0].points.map((p) => p.keywords)).toEqual([
			['考察期'],
			['回访', '优惠'],
			['复购']
		]);
	});

	it('travels whole through the assignment file', () => {
		expect(parseAssignmentFile(assignmentFile(authoredAssignment), 'a.json')).toEqual(
			authoredAssignment
		);
	});

	it('is found by the lookup, named as 自编, and nothing is missing', () => {
		const content = assignmentContent(authoredAssignment, sampleContent);
		expect(missingContent(authoredAssignment, sampleContent)).toEqual([]);
		const [own, site] = authoredAssignment.items;
		expect(describeItem(own, content)).toBe('自编案例「社区茶饮店的会员经营」第 1 题');
		expect(describeItem(site, content)).toBe(
			'案例「中国工商银行的客户生命周期管理」第 1 题（评分要点已修改）'
		);
		expect(content.authoredCase?.(sampleAuthoredCase.id)?.title).toBe('社区茶饮店的会员经营');
		expect(scoringPoints(own, content)?.points).toHaveLength(3);
	});

	it("marks a site case question by the instructor's rewritten points", () => {
		const content = assignmentContent(authoredAssignment, sampleContent);
		const site = authoredAssignment.items[1];
		expect(scoringPoints(site, content)).toEqual({
			points: (site as { points: unknown[] }).points,
			marks: 10
		});
		expect(tickedScore(site, [1], content)).toBe(5);
	});

	it('shows in the gradebook and the feedback like a site case', async () => {
		const content = assignmentContent(authoredAssignment, sampleContent);
		const submission = await createSubmission({
			assignment: authoredAssignment,
			student: { name: '甲', number: '1' },
			answers: { i1: '新会员在考察期，首月回访。' },
			autoScores: {},
			startedAt: Date.UTC(2026, 11, 1),
			submittedAt: Date.UTC(2026, 11, 2)
		});
		const stored = { ...submission, fileName: 'a.json', importedAt: 1 };
		const [row] = gradeTable(
			authoredAssignment,
			[stored],
			[
				{
					id: `${stored.checksum}/i1`,
					submissionChecksum: stored.checksum,
					assignmentId: authoredAssignment.id,
					itemId: 'i1',
					ticked: [0, 1],
					score: 7,
					comment: '',
					markedAt: 1
				}
			],
			content
		);
		expect(row.items.i1.score).toBe(7);
		const text = feedbackText(authoredAssignment, row, content, (item) =>
			describeItem(item, content)
		);
		expect(text).toContain('自编案例「社区茶饮店的会员经营」第 1 题');
		expect(text).toContain('✓ 提出首月回访或优惠（4 分）');
		expect(text).toContain('✗ 用复购数据衡量效果（3 分）');
	});

	it.each([
		[
			'an item naming a case the assignment does not carry',
			(a: Assignment) => (a.cases = []),
			/第 1 题的案例有误：引用的自编案例或其题目不在作业里/
		],
		[
			'points that do not add up to the question',
			(a: Assignment) => (a.cases![0].questions[0].marks = 12),
			/第 1 个自编案例的第 1 小题的评分要点有误：评分要点合计 10 分，与本题 12 分不符/
		],
		[
			'a case text over 30,000 characters',
			(a: Assignment) => (a.cases![0].text = '字'.repeat(30_001)),
			/第 1 个自编案例的内容有误：案例正文不能超过 30000 个字符/
		],
		[
			'a point without text',
			(a: Assignment) => (a.cases![0].questions[0].points[1].text = ' '),
			/评分要点第 2 条的内容有误：不能为空/
		],
		[
			'a bank question in closed-book work',
			(a: Assignment) => {
				a.ownContentOnly = true;
				a.items.push({ kind: 'question', id: 'i3', questionId: 'crm-basics-001', marks: 2 });
			},
			/第 2 题的题目类型有误：作业设为「只用我自己的题目和案例」/
		],
		['a due time of 9e15', (a: Assignment) => (a.dueAt = 9e15), /截止时间有误：晚于 2100 年/]
	])('is refused with %s', (_, change, message) => {
		expect(() => checkAssignment(withChange(change), '作业')).toThrow(message);
	});

	it('accepts closed-book work made of own cases and lab tasks', () => {
		const closed = withChange((a) => {
			a.ownContentOnly = true;
			a.items = [a.items[0]];
		});
		expect(checkAssignment(closed, '作业').ownContentOnly).toBe(true);
	});
});
