import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { sampleAssignment, sampleSubmission } from './sample';
import { parseSubmission, submissionFile, type Submission } from './submission';

const SUBMITTED = Date.UTC(2026, 11, 5, 9, 30);

async function sampleFile() {
	return submissionFile(await sampleSubmission(3, SUBMITTED));
}

const edited = (text: string, change: (s: Submission) => void) => {
	const submission = JSON.parse(text) as Submission;
	change(submission);
	return JSON.stringify(submission);
};

describe('submission file', () => {
	it('round-trips, with the assignment, student, answers, scores and times', async () => {
		const parsed = await parseSubmission(await sampleFile(), 's.json', sampleAssignment);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.submission).toMatchObject({
			assignmentId: sampleAssignment.id,
			student: { name: '学生3', number: '20260003' },
			answers: { i2: 'B', i4: false, i5: '20' },
			autoScores: { i2: 2, i3: 3, i4: 1, i5: 0 },
			submittedAt: SUBMITTED,
			startedAt: SUBMITTED - 3_600_000
		});
		expect(parsed.submission.checksum).toMatch(/^[0-9a-f]{64}$/);
	});

	it('keeps its checksum when a program rewrites it with fields in another order', async () => {
		const text = await sampleFile();
		const entries = Object.entries(JSON.parse(text) as Record<string, unknown>).reverse();
		const reordered = JSON.stringify(Object.fromEntries(entries));
		expect(reordered.indexOf('checksum')).toBeLessThan(reordered.indexOf('format'));
		expect((await parseSubmission(reordered, 's.json', sampleAssignment)).ok).toBe(true);
	});

	it.each<[string, (s: Submission) => void]>([
		['a changed answer', (s) => (s.answers.i1 = '改过的答案')],
		['a raised auto score', (s) => (s.autoScores.i5 = 4)],
		['another student number', (s) => (s.student.number = '20269999')],
		['an earlier hand-in time', (s) => (s.submittedAt -= 86_400_000)],
		['an added answer', (s) => (s.answers.extra = 'x')]
	])('detects %s through the checksum', async (_, change) => {
		const parsed = await parseSubmission(
			edited(await sampleFile(), change),
			's.json',
			sampleAssignment
		);
		expect(parsed).toMatchObject({ ok: false, problem: 'checksum' });
		expect(!parsed.ok && parsed.message).toMatch(/「s\.json」的校验和不符/);
	});

	it('refuses a file for another assignment, naming it', async () => {
		const other = { ...sampleAssignment, id: 'zzzzzz999999', title: '另一份作业' };
		const parsed = await parseSubmission(await sampleFile(), 's.json', other);
		expect(parsed).toMatchObject({ ok: false, problem: 'other-assignment' });
		expect(!parsed.ok && parsed.message).toMatch(/属于另一份作业（「第二章作业：客户生命周期」/);
	});

	it.each([
		['empty', '', /空文件/],
		['cut short', 'cut', /不是完整的 JSON/],
		['a backup', '{"app":"crm-workbench"}', /不是本站的作业提交文件/]
	])('refuses a file that is %s', async (_, text, message) => {
		const parsed = await parseSubmission(text, 's.json', sampleAssignment);
		expect(parsed).toMatchObject({ ok: false, problem: 'invalid' });
		expect(!parsed.ok && parsed.message).toMatch(message);
	});

	it('names a missing field in Chinese', async () => {
		const text = edited(
			await sampleFile(),
			(s) => ((s.student as { number?: string }).number = undefined)
		);
		const parsed = await parseSubmission(text, 's.json', sampleAssignment);
		expect(!parsed.ok && parsed.message).toMatch(/学生的学号有误/);
	});
});

describe('canonical JSON', () => {
	it.each([
		[{ b: 1, a: [{ d: 2, c: 3 }] }, '{"a":[{"c":3,"d":2}],"b":1}'],
		[{ a: undefined, b: '中' }, '{"b":"中"}'],
		[[true, null, 1.5], '[true,null,1.5]']
	])('writes %j as %s', (value, text) => {
		expect(canonicalJson(value)).toBe(text);
	});
});

describe('range and size checks', () => {
	it.each<[string, (s: Submission) => void, RegExp]>([
		['a hand-in time of 9e15', (s) => (s.submittedAt = 9e15), /提交时间有误：晚于 2100 年/],
		['a start time before 2000', (s) => (s.startedAt = 5), /开始时间有误：早于 2000 年/],
		['a fractional time', (s) => (s.submittedAt = 1.5e12 + 0.5), /提交时间有误/],
		['an auto score of 1e308', (s) => (s.autoScores.i2 = 1e308), /自动评分的i2有误：不能超过 1000/],
		['a negative auto score', (s) => (s.autoScores.i2 = -1), /自动评分的i2有误：不能小于 0/],
		[
			'an answer over 100,000 characters',
			(s) => (s.answers.i1 = '长'.repeat(100_001)),
			/答案的i1有误：一题的答案不能超过 100000 个字符/
		]
	])('refuses %s, naming the field', async (_, change, message) => {
		const parsed = await parseSubmission(
			edited(await sampleFile(), change),
			's.json',
			sampleAssignment
		);
		expect(parsed).toMatchObject({ ok: false, problem: 'invalid' });
		expect(!parsed.ok && parsed.message).toMatch(message);
	});

	it('refuses a file over 2 MB before parsing it', async () => {
		const parsed = await parseSubmission(
			' '.repeat(2 * 1024 * 1024 + 1),
			'big.json',
			sampleAssignment
		);
		expect(!parsed.ok && parsed.message).toMatch(
			/「big\.json」太大（2 MB）：提交文件不能超过 2 MB/
		);
	});
});
