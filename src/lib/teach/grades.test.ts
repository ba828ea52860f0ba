import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ItemMark, StoredSubmission } from '../db/schema';
import { feedbackText, gradesCsv, gradeTable, planImport } from './grades';
import { sampleAssignment, sampleContent, sampleSubmission } from './sample';
import { submissionFile } from './submission';

const DAY = 86_400_000;
const BEFORE_DUE = (sampleAssignment.dueAt as number) - DAY;
const AFTER_DUE = (sampleAssignment.dueAt as number) + DAY;

async function stored(
	index: number,
	submittedAt: number,
	importedAt = 1
): Promise<StoredSubmission> {
	return { ...(await sampleSubmission(index, submittedAt)), fileName: `${index}.json`, importedAt };
}

const mark = (
	submission: StoredSubmission,
	ticked: number[],
	score: number,
	comment = ''
): ItemMark => ({
	id: `${submission.checksum}/i1`,
	submissionChecksum: submission.checksum,
	assignmentId: sampleAssignment.id,
	itemId: 'i1',
	ticked,
	score,
	comment,
	markedAt: 5
});

describe('planning an import', () => {
	it('adds new submissions, skips files already in, and refuses foreign or edited ones', async () => {
		const first = await sampleSubmission(1, BEFORE_DUE);
		const second = await sampleSubmission(2, BEFORE_DUE);
		const edited = { ...(await sampleSubmission(3, BEFORE_DUE)), answers: { i1: '改' } };
		const foreign = { ...(await sampleSubmission(4, BEFORE_DUE)) };
		const otherAssignment = { ...sampleAssignment, id: 'other0000000', title: '别的作业' };
		const plan = await planImport(
			sampleAssignment,
			new Set([first.checksum]),
			[
				{ name: 'a.json', text: submissionFile(first) },
				{ name: 'b.json', text: submissionFile(second) },
				{ name: 'b-copy.json', text: submissionFile(second) },
				{ name: 'c.json', text: submissionFile(edited) },
				{ name: 'd.json', text: '{"format":"crm-workbench-submission"' }
			],
			7
		);
		expect(plan.added.map((s) => [s.fileName, s.importedAt])).toEqual([['b.json', 7]]);
		expect(plan.alreadyHad).toEqual(['a.json', 'b-copy.json']);
		expect(plan.rejected.map((r) => [r.fileName, r.problem])).toEqual([
			['c.json', 'checksum'],
			['d.json', 'invalid']
		]);
		const elsewhere = await planImport(
			otherAssignment,
			new Set(),
			[{ name: 'e.json', text: submissionFile(foreign) }],
			7
		);
		expect(elsewhere.rejected[0]).toMatchObject({
			fileName: 'e.json',
			problem: 'other-assignment'
		});
	});
});

describe('grade table', () => {
	it('counts the latest submission, keeps the others, marks late ones and adds the scores', async () => {
		const early = await stored(14, BEFORE_DUE);
		const late = await stored(14, AFTER_DUE);
		const other = await stored(3, BEFORE_DUE);
		const rows = gradeTable(
			sampleAssignment,
			[late, other, early],
			[mark(late, [0, 2], 14, '结合案例不足')],
			sampleContent
		);
		expect(rows.map((r) => r.number)).toEqual(['20260003', '20260014']);
		const [three, fourteen] = rows;
		// Student 3: i2 right (2), i3 (3), i4 (1), lab 20 ≠ 12.5 (0); the case answer unmarked.
		expect(three).toMatchObject({ total: 6, pending: 1, late: false });
		expect(three.items.i1.score).toBeNull();
		// Student 14: i2 'A' wrong (0), i3 3, i4 1, lab 12.3 (4), case 14.
		expect(fourteen).toMatchObject({ total: 22, pending: 0, late: true });
		expect(fourteen.submissions).toEqual([early, late]);
		expect(fourteen.counted).toBe(late);
	});

	it('ignores marks given to an earlier submission once a newer one counts', async () => {
		const early = await stored(5, BEFORE_DUE);
		const later = await stored(5, BEFORE_DUE + 1000);
		const [row] = gradeTable(
			sampleAssignment,
			[early, later],
			[mark(early, [0], 4)],
			sampleContent
		);
		expect(row.items.i1.score).toBeNull();
	});

	it('writes CSV rows that match the table, with a BOM and formula-safe names', async () => {
		const a = await stored(14, AFTER_DUE);
		const b = {
			...(await stored(3, BEFORE_DUE)),
			student: { name: '=HYPERLINK("x")', number: '20260003' }
		};
		const rows = gradeTable(sampleAssignment, [a, b], [mark(a, [0, 1, 2], 20)], sampleContent);
		const csv = gradesCsv(sampleAssignment, rows);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
		expect(parsed[0]).toEqual([
			'学号',
			'姓名',
			'第 1 题（20 分）',
			'第 2 题（2 分）',
			'第 3 题（3 分）',
			'第 4 题（1 分）',
			'第 5 题（4 分）',
			'总分',
			'满分',
			'待批改',
			'迟交',
			'提交次数',
			'计分的提交时间'
		]);
		expect(parsed[1].slice(0, 12)).toEqual([
			'20260003',
			`'=HYPERLINK("x")`,
			'',
			'2',
			'3',
			'1',
			'0',
			'6',
			'30',
			'1',
			'否',
			'1'
		]);
		expect(parsed[2].slice(0, 12)).toEqual([
			'20260014',
			'学生14',
			'20',
			'0',
			'3',
			'1',
			'4',
			'28',
			'30',
			'0',
			'是',
			'1'
		]);
	});

	it('writes feedback with the ticked and missed points and the comment', async () => {
		const a = await stored(14, BEFORE_DUE);
		const [row] = gradeTable(
			sampleAssignment,
			[a],
			[mark(a, [0, 2], 14, '忠诚客户阶段写得好')],
			sampleContent
		);
		const text = feedbackText(sampleAssignment, row, sampleContent, (item) => item.id);
		expect(text).toContain('学生：学生14（学号 20260014）');
		expect(text).toContain('总分：22 / 30 分');
		expect(text).toContain('- ✓ 生命周期四个阶段（4 分）');
		expect(text).toContain('- ✗ 潜在客户阶段的做法（6 分）');
		expect(text).toContain('评语：忠诚客户阶段写得好');
		expect(text).toContain('得分：0 / 2 分（自动评分）');
	});
});
