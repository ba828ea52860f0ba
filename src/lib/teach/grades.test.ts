import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ItemMark, StoredSubmission } from './grades';
import {
	feedbackFileName,
	feedbackText,
	formatTime,
	gradesCsv,
	gradeTable,
	planImport
} from './grades';
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

	it('keeps the mark and comment of an item the student re-submitted unchanged', async () => {
		// Issue 15 (7): the same answers in a second file used to send Q1 back to 待批改.
		const early = await stored(5, BEFORE_DUE);
		const later = await stored(5, BEFORE_DUE + 1000);
		const [row] = gradeTable(
			sampleAssignment,
			[early, later],
			[mark(early, [0], 4, '要结合案例')],
			sampleContent
		);
		expect(row.counted).toBe(later);
		expect(row.items.i1).toMatchObject({ score: 4, carried: true });
		expect(row.items.i1.mark?.comment).toBe('要结合案例');
		expect(row.items.i1.mark?.ticked).toEqual([0]);
		expect(row.pending).toBe(0);
		const text = feedbackText(sampleAssignment, row, sampleContent, (item) => item.id);
		expect(text).toContain('评语：要结合案例');
	});

	it('flags a changed answer with the old mark beside it and waits for a new mark', async () => {
		const early = await stored(5, BEFORE_DUE);
		const changed: StoredSubmission = {
			...(await stored(5, BEFORE_DUE + 1000)),
			checksum: 'f'.repeat(64),
			answers: { ...early.answers, i1: '补充了忠诚客户阶段的交叉销售。' }
		};
		const [row] = gradeTable(
			sampleAssignment,
			[early, changed],
			[mark(early, [0], 4)],
			sampleContent
		);
		expect(row.items.i1.score).toBeNull();
		expect(row.items.i1.mark).toBeUndefined();
		expect(row.items.i1.previous).toMatchObject({
			mark: { score: 4, ticked: [0] },
			response: early.answers.i1,
			submittedAt: early.submittedAt
		});
		expect(row.pending).toBe(1);
	});

	it('takes the newest earlier mark: a third file like the re-marked second keeps that mark', async () => {
		const first = await stored(5, BEFORE_DUE);
		const second: StoredSubmission = {
			...(await stored(5, BEFORE_DUE + 1000)),
			checksum: 'e'.repeat(64),
			answers: { ...first.answers, i1: '第二版' }
		};
		const third: StoredSubmission = {
			...second,
			checksum: 'd'.repeat(64),
			submittedAt: BEFORE_DUE + 2000
		};
		const [row] = gradeTable(
			sampleAssignment,
			[third, first, second],
			[mark(first, [0], 4), mark(second, [0, 1], 10, '好多了')],
			sampleContent
		);
		expect(row.counted).toBe(third);
		expect(row.items.i1).toMatchObject({ score: 10, carried: true });
		expect(row.items.i1.mark?.comment).toBe('好多了');
	});

	it("uses the counted submission's own mark over a carried one", async () => {
		const early = await stored(5, BEFORE_DUE);
		const later = await stored(5, BEFORE_DUE + 1000);
		const [row] = gradeTable(
			sampleAssignment,
			[early, later],
			[mark(early, [0], 4), mark(later, [0, 1], 10)],
			sampleContent
		);
		expect(row.items.i1).toMatchObject({ score: 10 });
		expect(row.items.i1.carried).toBeUndefined();
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
		expect(text).toContain('  ✓ 生命周期四个阶段（4 分）');
		expect(text).toContain('  ✗ 潜在客户阶段的做法（6 分）');
		expect(text).toContain('评语：忠诚客户阶段写得好');
		expect(text).toContain('得分：0 / 2 分（自动评分）');
	});
});

describe('times outside the Date range', () => {
	it('reads 时间无效 instead of NaN-NaN-NaN', () => {
		expect(formatTime(9e15)).toBe('时间无效');
		expect(formatTime(Number.NaN)).toBe('时间无效');
		expect(formatTime(Date.UTC(2026, 0, 2, 12))).toMatch(/^2026-01-0[23] \d\d:00$/);
	});
});

describe('feedback files', () => {
	it('are plain text: a name or comment like a link or a heading stays as written', async () => {
		const a = {
			...(await stored(14, BEFORE_DUE)),
			student: { name: '[点我](https://evil.example)', number: '20260014' }
		};
		const [row] = gradeTable(
			sampleAssignment,
			[a],
			[mark(a, [0], 4, '# 见 https://example.com')],
			sampleContent
		);
		const text = feedbackText(sampleAssignment, row, sampleContent, (item) => item.id);
		expect(text).toContain('学生：[点我](https://evil.example)（学号 20260014）');
		expect(text).toContain('评语：# 见 https://example.com');
		expect(text.split('\r\n')[0]).toBe('第二章作业：客户生命周期 · 成绩反馈');
		expect(text).not.toMatch(/^#/m);
		expect(feedbackFileName(sampleAssignment, row)).toBe('反馈-20260014-k3j9x0abc123.txt');
	});
});
