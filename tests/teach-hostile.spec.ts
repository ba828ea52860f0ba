import { Deflate } from 'fflate';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { openPage } from './helpers';
import { assignmentFile, encodeAssignment, toBase64Url } from '../src/lib/teach/link';
import { sampleAssignment, sampleSubmission } from '../src/lib/teach/sample';
import { createSubmission, submissionFile } from '../src/lib/teach/submission';

/** Raw deflate of `megabytes` MB of zeros: a tiny link that would unpack into a big one. */
function zeroBomb(megabytes: number): Uint8Array {
	const parts: Uint8Array[] = [];
	const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
	const zeros = new Uint8Array(1024 * 1024);
	for (let i = 0; i < megabytes; i++) deflate.push(zeros, i === megabytes - 1);
	return Uint8Array.from(parts.flatMap((part) => [...part]));
}

const asFile = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});

async function openGradebook(page: Page) {
	await openPage(page, '/teach/gradebook/');
	await page
		.getByLabel('打开作业文件…')
		.setInputFiles(asFile('a.json', assignmentFile(sampleAssignment)));
	await expect(page.getByRole('combobox', { name: /^作业/ })).toHaveValue(sampleAssignment.id);
}

test('assignment links that unpack past 1 MB, or carry more than 1 MB, are refused at once', async ({
	page
}) => {
	// Navigating to a megabyte-long URL is slow in itself on a busy runner.
	test.slow();
	// Some saved work first: a refused link must leave it alone.
	await openPage(page, `/teach/assignment/#a=${await encodeAssignment(sampleAssignment)}`);
	await page.getByLabel('姓名').fill('李四');
	await page.getByLabel('学号').fill('2026002');
	await page.getByRole('button', { name: '开始作答' }).click();
	// Options are shuffled per student: pick CRM by its text.
	await page.getByRole('radio', { name: /^[A-D]\. CRM$/ }).check();

	const bomb = toBase64Url(zeroBomb(40));
	expect(bomb.length).toBeLessThan(60_000);
	// Another link in the same tab (only the #fragment changes), as a student pasting it would.
	await openPage(page, `/teach/assignment/#a=${bomb}`);
	// Before the fix all 40 MB were inflated and then failed as 「不是完整的 JSON」 (a 1.4 MB
	// link inflated to 1 GB in 59 s).
	await expect(page.getByRole('alert')).toContainText(
		'链接中的作业数据解开后超过 1 MB（作业的上限），未打开'
	);
	await expect(page.getByRole('alert')).toContainText('已保存的作答没有任何改动');

	// 1.4 MB of link text: refused by its size, before any inflating.
	const noise = toBase64Url(Uint8Array.from({ length: 1_050_000 }, (_, i) => (i * 7919) % 251));
	await openPage(page, `/teach/assignment/#a=${noise}`);
	await expect(page.getByRole('alert')).toContainText('链接太长：其中的作业数据有 1 MB');

	await openPage(page, '/me/');
	await expect(page.getByRole('region', { name: '我的作业' })).toContainText('已答 1 / 5 题');
});

test('an assignment file over 1 MB is refused by its size', async ({ page }) => {
	await openPage(page, '/teach/assignment/');
	await page
		.getByLabel('打开作业文件…')
		.setInputFiles(
			asFile('大.json', `${assignmentFile(sampleAssignment)}${' '.repeat(1_100_000)}`)
		);
	await expect(page.getByRole('alert')).toContainText(
		'文件「大.json」太大（1.1 MB）：作业文件不能超过 1 MB'
	);
});

test('the gradebook lists every bad file of a batch — two with one name, a year-9e15 time, an oversized file — and keeps the good ones', async ({
	page
}) => {
	await openGradebook(page);
	const due = sampleAssignment.dueAt as number;
	const good = await sampleSubmission(1, due - 1000);
	const farFuture = JSON.parse(submissionFile(await sampleSubmission(2, due))) as {
		submittedAt: number;
	};
	farFuture.submittedAt = 9e15;
	const hugeScore = JSON.parse(submissionFile(await sampleSubmission(3, due))) as {
		autoScores: Record<string, number>;
	};
	hugeScore.autoScores.i2 = 1e308;
	const oversized = `${submissionFile(await sampleSubmission(4, due))}${' '.repeat(2_200_000)}`;

	await page
		.getByLabel('选择提交文件…')
		.setInputFiles([
			asFile('good.json', submissionFile(good)),
			asFile('坏.json', '{"format":"crm-workbench-submission"'),
			asFile('坏.json', 'not json at all'),
			asFile('future.json', JSON.stringify(farFuture)),
			asFile('score.json', JSON.stringify(hugeScore)),
			asFile('huge.json', oversized)
		]);
	await expect(page.getByRole('status').filter({ hasText: '导入 1 份新提交' })).toBeVisible();
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('5 个文件未导入');
	await expect(problems.getByRole('listitem')).toHaveCount(5);
	await expect(problems.getByRole('listitem').filter({ hasText: '「坏.json」' })).toHaveCount(2);
	await expect(problems).toContainText(
		'「future.json」的提交时间有误：晚于 2100 年，不是有效的时间'
	);
	await expect(problems).toContainText('「score.json」的自动评分的i2有误：不能超过 1000');
	await expect(problems).toContainText('「huge.json」太大（2.1 MB）：提交文件不能超过 2 MB');
	await expect(page.getByTestId('student-count')).toHaveText('1');
	await page.getByRole('button', { name: /^批改 学生1 第 1 题/ }).click();
	await expect(page.getByRole('region', { name: /批改：学生1/ })).toContainText(
		'计分的提交：2026-12-0'
	);
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('a 100,000-character answer opens in the marking panel at once, as plain text that grows on request', async ({
	page
}) => {
	await openGradebook(page);
	const due = sampleAssignment.dueAt as number;
	const long =
		`开头 https://tracker.example/pixel.png ![x](https://tracker.example/a.png) **粗体**\n${'客户生命周期的四个阶段。'.repeat(8_400)}`.slice(
			0,
			100_000
		);
	const submission = await createSubmission({
		assignment: sampleAssignment,
		student: { name: '长文', number: '2026099' },
		answers: { i1: long },
		autoScores: {},
		startedAt: due - 7_200_000,
		submittedAt: due - 3_600_000
	});
	await page
		.getByLabel('选择提交文件…')
		.setInputFiles(asFile('long.json', submissionFile(submission)));
	await expect(page.getByRole('status').filter({ hasText: '导入 1 份新提交' })).toBeVisible();

	await page.getByRole('button', { name: /^批改 长文 第 1 题/ }).click();
	const answer = page.getByRole('group', { name: '学生答案' });
	await expect(answer).toContainText('开头 https://tracker.example/pixel.png ![x]');
	await expect(answer.getByRole('link')).toHaveCount(0);
	await expect(answer.getByRole('img')).toHaveCount(0);
	await expect(answer).toContainText('已显示前 5,000 字，还有 95,000 字。');
	await answer.getByRole('button', { name: '显示更多' }).click();
	await expect(answer).toContainText('已显示前 55,000 字，还有 45,000 字。');
	await answer.getByRole('button', { name: '显示更多' }).click();
	await expect(answer.getByRole('button', { name: '显示更多' })).toHaveCount(0);
});
