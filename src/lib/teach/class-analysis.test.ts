import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ItemMark, StoredSubmission } from './grades';
import { classAnalysis, gradebookMatrix, itemAnalysisCsv } from './class-analysis';
import { gradeTable } from './grades';
import { sampleAssignment, sampleContent, sampleSubmission } from './sample';

const DUE = sampleAssignment.dueAt as number;

async function stored(index: number): Promise<StoredSubmission> {
	return {
		...(await sampleSubmission(index, DUE - 1000)),
		fileName: `${index}.json`,
		importedAt: 1
	};
}

const mark = (submission: StoredSubmission, ticked: number[], score: number): ItemMark => ({
	id: `${submission.checksum}/i1`,
	submissionChecksum: submission.checksum,
	assignmentId: sampleAssignment.id,
	itemId: 'i1',
	ticked,
	score,
	comment: '',
	markedAt: 1
});

describe('class analysis from the gradebook', () => {
	it('analyses fully marked students, with option shares and point miss rates', async () => {
		// Students 7, 8, 9: 7 chose A on i2 (wrong), the others B; lab answer right for 8 only.
		const [a, b, c, d] = await Promise.all([stored(7), stored(8), stored(9), stored(10)]);
		const rows = gradeTable(
			sampleAssignment,
			[a, b, c, d],
			[mark(a, [0], 4), mark(b, [0, 1, 2], 20), mark(c, [0, 2], 14)],
			sampleContent
		);
		const result = classAnalysis(sampleAssignment, rows, sampleContent);
		expect(result.unmarked).toBe(1);
		expect(result.analysis?.students).toBe(3);
		// Totals: 7 → 4+0+3+1+0 = 8; 8 → 20+2+3+1+4 = 30; 9 → 14+2+3+1+0 = 20.
		expect(result.analysis?.totals).toEqual([8, 30, 20]);
		expect(result.analysis?.items[0].facility).toBeCloseTo((4 + 20 + 14) / 3 / 20, 12);
		const points = result.details[0].kind === 'points' ? result.details[0].points : [];
		expect(points.map((p) => [p.text, p.marks])).toEqual([
			['生命周期四个阶段', 4],
			['潜在客户阶段的做法', 6],
			['忠诚客户阶段的做法', 10]
		]);
		[1, 1 / 3, 2 / 3].forEach((share, i) => {
			expect(points[i].credited).toBeCloseTo(share, 12);
			expect(points[i].missed).toBeCloseTo(1 - share, 12);
		});
		expect(result.details[1]).toMatchObject({
			kind: 'options',
			blank: 0,
			options: [
				{ label: 'A', share: 1 / 3, correct: false },
				{ label: 'B', share: 2 / 3, correct: true },
				{ label: 'C', share: 0, correct: false },
				{ label: 'D', share: 0, correct: false }
			]
		});
		expect(result.details[4]).toEqual({ kind: 'none' });
	});

	it('has no analysis until someone is fully marked', async () => {
		const rows = gradeTable(sampleAssignment, [await stored(1)], [], sampleContent);
		expect(classAnalysis(sampleAssignment, rows, sampleContent).analysis).toBeNull();
		expect(gradebookMatrix(sampleAssignment, rows).scores).toEqual([]);
	});

	it('exports the figures as CSV with α and N in the last row', async () => {
		const [a, b] = await Promise.all([stored(7), stored(8)]);
		const rows = gradeTable(
			sampleAssignment,
			[a, b],
			[mark(a, [0], 4), mark(b, [0, 1, 2], 20)],
			sampleContent
		);
		const result = classAnalysis(sampleAssignment, rows, sampleContent);
		const csv = itemAnalysisCsv(result.analysis!, result.details);
		const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
		expect(parsed[0]).toEqual([
			'题目',
			'满分',
			'平均分',
			'难度系数（得分率）',
			'区分度',
			'题–余相关（末行为 α）',
			'提示',
			'选项 / 要点'
		]);
		expect(parsed[1].slice(0, 5)).toEqual(['第 1 题（20 分）', '20', '12', '0.6', '0.8']);
		expect(parsed[1][7]).toBe('要点1 未得分 0%；要点2 未得分 50%；要点3 未得分 50%');
		expect(parsed[2][7]).toBe('A 50%；B 50%；C 0%；D 0%');
		expect(parsed.at(-1)?.[0]).toBe('学生 2 人；Cronbach α');
	});
});
