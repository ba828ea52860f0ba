import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { openPage } from './helpers';
import { assignmentFile, encodeAssignment } from '../src/lib/teach/link';
import { sampleAssignment, sampleSubmission } from '../src/lib/teach/sample';
import { createSubmission, submissionFile } from '../src/lib/teach/submission';

const CASE_TITLE = '中国工商银行的客户生命周期管理';

async function downloaded(page: Page, click: () => Promise<void>) {
	const download = page.waitForEvent('download');
	await click();
	const file = await download;
	return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function buildAssignment(page: Page): Promise<string> {
	await openPage(page, '/teach/');
	await page.getByRole('button', { name: '新建作业' }).click();
	await page.getByLabel('标题', { exact: true }).fill('第二章作业：工商银行');
	await page.getByLabel('说明', { exact: true }).fill('独立完成，案例题分点作答。');
	await page.getByLabel('截止时间').fill('2099-06-30T23:59');

	await page.getByRole('combobox', { name: /^案例/ }).selectOption({ label: CASE_TITLE });
	await page.getByRole('checkbox', { name: /^第 1 题（案例分析，20 分）/ }).check();
	await page.getByRole('button', { name: '加入所选案例题' }).click();

	await page
		.getByRole('combobox', { name: /^章节/ })
		.selectOption({ label: '第 2 章 客户生命周期' });
	await page.getByRole('combobox', { name: /^题型/ }).selectOption({ label: '单选题' });
	await page.getByLabel(/客户生命周期的第一个阶段是/).check();
	await page.getByRole('button', { name: /加入所选题目/ }).click();

	await page.getByLabel('期望答案').fill('12.5');
	await page.getByLabel('允许误差').fill('0.5');
	await page.getByRole('button', { name: '加入实验任务' }).click();

	// 20 (case) + 2 (single choice) + 10 (lab task).
	await expect(page.getByTestId('total-marks')).toHaveText('32');
	await expect(page.getByText('草稿已保存在本机')).toBeVisible();

	await page.getByRole('button', { name: '以学生身份预览' }).click();
	const preview = page.getByRole('region', { name: '学生视图预览' });
	await expect(preview.getByText(/分析中国工商银行如何依据客户生命周期/)).toBeVisible();
	await expect(preview.getByText('B. 潜在客户')).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	const handout = page.getByRole('article', { name: '打印讲义' });
	await expect(handout.getByRole('heading', { name: '第二章作业：工商银行' })).toBeVisible();
	await expect(handout.getByText('学号 ____________')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await expect(handout).toBeHidden();

	await page.getByRole('button', { name: '生成作业链接' }).click();
	const link = await page.getByLabel(/作业链接/).inputValue();
	expect(link).toMatch(/\/teach\/assignment\/#a=[A-Za-z0-9_-]+$/);
	return link;
}

test('an instructor builds an assignment, a student answers it from the link, the instructor marks it and exports grades', async ({
	browser
}) => {
	// Two browsers and a dozen page loads: on a shared two-core machine this nears 30 s.
	test.setTimeout(60_000);
	const instructor = await (await browser.newContext()).newPage();
	const link = await buildAssignment(instructor);

	// The draft survives a reload.
	await instructor.reload();
	await expect(instructor.getByText('第二章作业：工商银行')).toBeVisible();
	await expect(instructor.getByText(/3 题 · 32 分/)).toBeVisible();

	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await openPage(student, link);
	await expect(student.getByRole('heading', { name: '第二章作业：工商银行' })).toBeVisible();
	await student.getByLabel('姓名').fill('张三');
	await student.getByLabel('学号').fill('2026001');
	await student.getByRole('button', { name: '开始作答' }).click();
	await student
		.getByRole('textbox', { name: '第 1 题的答案' })
		.fill('潜在客户阶段用数据库营销建立交易信心；新客户阶段做关系营销；忠诚客户阶段交叉销售。');
	await expect(student.getByText(/^已保存 \d/)).toBeVisible();
	// Students see the options shuffled (per student), so find the option by its text.
	await student.getByRole('radio', { name: /^[A-D]\. 潜在客户$/ }).check();
	await student.getByLabel('第 3 题你的结果').fill('12.4');

	// Answers are autosaved: a reload brings them back.
	await student.reload();
	await expect(student.getByRole('textbox', { name: '第 1 题的答案' })).toHaveValue(/交叉销售/);
	await expect(student.getByRole('radio', { name: /^[A-D]\. 潜在客户$/ })).toBeChecked();
	await expect(student.getByLabel('第 3 题你的结果')).toHaveValue('12.4');

	const submission = await downloaded(student, () =>
		student.getByRole('button', { name: '提交', exact: true }).click()
	);
	expect(submission.name).toMatch(/^提交-2026001-[a-z0-9]+\.json$/);
	expect(JSON.parse(submission.text)).toMatchObject({
		student: { name: '张三', number: '2026001' },
		autoScores: { i2: 2, i3: 10 }
	});
	await expect(student.getByRole('status').filter({ hasText: '已提交' })).toContainText(
		'自动评分的 2 题得 12 / 12 分'
	);
	await expect(student.getByText('参考答案的评分要点：')).toBeVisible();
	await openPage(student, '/me/');
	const mine = student.getByRole('region', { name: '我的作业' });
	await expect(mine.getByRole('link', { name: '第二章作业：工商银行' })).toBeVisible();
	await expect(mine).toContainText('已答 3 / 3 题 · 已提交');
	await studentContext.close();

	await instructor.getByRole('link', { name: '成绩册' }).first().click();
	await instructor.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await instructor.getByLabel('选择提交文件…').setInputFiles({
		name: submission.name,
		mimeType: 'application/json',
		buffer: Buffer.from(submission.text)
	});
	await expect(instructor.getByRole('status').filter({ hasText: '导入 1 份新提交' })).toBeVisible();
	await expect(instructor.getByTestId('pending-count')).toHaveText('1');
	await instructor.getByRole('button', { name: /^批改 张三 第 1 题/ }).click();
	const panel = instructor.getByRole('region', { name: /批改：张三/ });
	await expect(panel.getByText(/用数据库营销建立交易信心/)).toBeVisible();
	// Tick exactly the first two scoring points (1 + 4 marks), whatever the keywords suggested.
	const points = panel.getByRole('checkbox');
	for (let i = 0; i < (await points.count()); i++) await points.nth(i).setChecked(i < 2);
	await panel.getByLabel('评语（写进反馈文件）').fill('各阶段的做法要结合案例展开');
	await panel.getByRole('button', { name: '确认教师评分' }).click();
	await expect(
		panel.getByRole('status').filter({ hasText: '已保存：本题 5 / 20 分' })
	).toBeVisible();
	await expect(instructor.getByTestId('pending-count')).toHaveText('0');
	await expect(instructor.getByTestId('total-2026001')).toHaveText('17');
	await expect(instructor.getByRole('button', { name: '批改 张三 第 1 题（5 分）' })).toBeVisible();

	// Marks persist.
	await instructor.reload();
	await expect(instructor.getByTestId('total-2026001')).toHaveText('17');

	const csv = await downloaded(instructor, () =>
		instructor.getByRole('button', { name: '导出成绩 CSV' }).click()
	);
	expect(csv.text.startsWith('\uFEFF')).toBe(true);
	const rows = Papa.parse<string[]>(csv.text.slice(1).trim()).data;
	expect(rows[0]).toEqual([
		'学号',
		'姓名',
		'第 1 题（20 分）',
		'第 2 题（2 分）',
		'第 3 题（10 分）',
		'总分',
		'满分',
		'待批改',
		'迟交',
		'提交次数',
		'计分的提交时间'
	]);
	expect(rows[1].slice(0, 10)).toEqual([
		'2026001',
		'张三',
		'5',
		'2',
		'10',
		'17',
		'32',
		'0',
		'否',
		'1'
	]);
	expect(rows).toHaveLength(2);

	await instructor.getByRole('button', { name: /^批改 张三 第 1 题/ }).click();
	const feedback = await downloaded(instructor, () =>
		instructor.getByRole('button', { name: '下载 张三 的反馈' }).click()
	);
	expect(feedback.text).toContain('总分：17 / 32 分');
	expect(feedback.text).toContain('评语：各阶段的做法要结合案例展开');
});

test('a broken link says what is wrong and leaves saved work alone', async ({ page }) => {
	const encoded = await encodeAssignment(sampleAssignment);
	await openPage(page, `/teach/assignment/#a=${encoded}`);
	await page.getByLabel('姓名').fill('李四');
	await page.getByLabel('学号').fill('2026002');
	await page.getByRole('button', { name: '开始作答' }).click();
	await page.getByRole('radio', { name: /^[A-D]\. CRM$/ }).check();

	await openPage(page, `/teach/assignment/#a=${encoded.slice(0, encoded.length - 30)}`);
	await expect(page.getByRole('alert')).toContainText('链接不完整');
	await expect(page.getByRole('alert')).toContainText('已保存的作答没有任何改动');
	await openPage(page, '/teach/assignment/#a=');
	await expect(page.getByRole('alert')).toContainText('链接里没有作业数据');

	await openPage(page, '/teach/assignment/');
	await page.getByLabel('打开作业文件…').setInputFiles({
		name: '作业.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			'{"format":"crm-workbench-assignment","version":1,"id":"abc123abc","title":"x","items":[]}'
		)
	});
	await expect(page.getByRole('alert')).toContainText('文件「作业.json」中');
	await expect(page.getByRole('alert')).toContainText('有误');

	await openPage(page, '/me/');
	await expect(page.getByRole('region', { name: '我的作业' })).toContainText(
		'已答 1 / 5 题 · 未提交'
	);
	// The saved work reopens from /me without the link.
	await page.getByRole('link', { name: sampleAssignment.title }).click();
	await expect(page.getByRole('radio', { name: /^[A-D]\. CRM$/ })).toBeChecked();
});

test('a student can open an assignment sent as a file', async ({ page }) => {
	await openPage(page, '/teach/assignment/');
	await page.getByLabel('打开作业文件…').setInputFiles({
		name: 'assignment.json',
		mimeType: 'application/json',
		buffer: Buffer.from(assignmentFile(sampleAssignment))
	});
	await expect(page.getByRole('heading', { name: sampleAssignment.title })).toBeVisible();
	await expect(page.getByRole('button', { name: '开始作答' })).toBeDisabled();
});

test('the gradebook flags edited, foreign, broken and repeated files and keeps a late resubmission', async ({
	page
}) => {
	await openPage(page, '/teach/gradebook/');
	await page.getByLabel('打开作业文件…').setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(assignmentFile(sampleAssignment).slice(0, 100))
	});
	await expect(page.getByRole('alert')).toContainText('「cut.json」不是完整的 JSON');
	await page.getByLabel('打开作业文件…').setInputFiles({
		name: 'assignment.json',
		mimeType: 'application/json',
		buffer: Buffer.from(assignmentFile(sampleAssignment))
	});
	await expect(page.getByRole('combobox', { name: /^作业/ })).toHaveValue(sampleAssignment.id);

	const due = sampleAssignment.dueAt as number;
	const onTime = await sampleSubmission(1, due - 3_600_000);
	const late = await sampleSubmission(1, due + 3_600_000);
	const edited = JSON.parse(submissionFile(await sampleSubmission(2, due))) as {
		autoScores: Record<string, number>;
	};
	edited.autoScores.i2 = 99;
	const foreign = await createSubmission({
		assignment: { ...sampleAssignment, id: 'elsewhere000', title: '第三章作业' },
		student: { name: '王五', number: '20260003' },
		answers: { i2: 'B' },
		autoScores: {},
		startedAt: due,
		submittedAt: due
	});
	const asFile = (name: string, text: string) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});

	await page
		.getByLabel('选择提交文件…')
		.setInputFiles([
			asFile('on-time.json', submissionFile(onTime)),
			asFile('edited.json', JSON.stringify(edited)),
			asFile('foreign.json', submissionFile(foreign)),
			asFile('cut.json', submissionFile(onTime).slice(0, 80))
		]);
	await expect(page.getByRole('status').filter({ hasText: '导入 1 份新提交' })).toBeVisible();
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('3 个文件未导入');
	await expect(problems).toContainText('「edited.json」的校验和不符');
	await expect(problems).toContainText('「foreign.json」属于另一份作业（「第三章作业」');
	await expect(problems).toContainText('「cut.json」不是完整的 JSON');
	await expect(page.getByTestId('student-count')).toHaveText('1');

	// The second batch is dragged onto the drop zone, as an instructor would from a folder.
	const dropped = [
		{ name: 'late.json', text: submissionFile(late) },
		{ name: 'again.json', text: submissionFile(onTime) }
	];
	const transfer = await page.evaluateHandle((files) => {
		const data = new DataTransfer();
		for (const file of files)
			data.items.add(new File([file.text], file.name, { type: 'application/json' }));
		return data;
	}, dropped);
	await page
		.getByRole('tabpanel', { name: '批改' })
		.getByRole('group', { name: '拖放文件区域' })
		.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: '导入 1 份新提交；1 份是已导入过的同一文件，已跳过' })
	).toBeVisible();
	await expect(page.getByTestId('student-count')).toHaveText('1');
	const row = page.getByRole('row', { name: /20260001/ });
	await expect(row.getByText('迟交')).toBeVisible();
	await expect(row.getByText('提交 2 次')).toBeVisible();
	await row.getByRole('button', { name: /第 1 题/ }).click();
	await expect(page.getByText('（较早，已保留）')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'late.json' })).toContainText(
		'（计分）'
	);
});

test('model answers stay hidden when the instructor says so, and a worded lab answer is scored by hand', async ({
	browser
}) => {
	const assignment = {
		...sampleAssignment,
		id: 'worded000001',
		showModelAnswers: false,
		dueAt: null,
		items: [
			{
				kind: 'lab' as const,
				id: 'i1',
				lab: 'kano' as const,
				task: '哪一项是魅力质量？',
				expected: '刷脸取款',
				tolerance: null,
				marks: 6
			}
		]
	};
	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await openPage(student, `/teach/assignment/#a=${await encodeAssignment(assignment)}`);
	await student.getByLabel('姓名').fill('赵六');
	await student.getByLabel('学号').fill('2026006');
	await student.getByRole('button', { name: '开始作答' }).click();
	await student.getByLabel('第 1 题你的结果').fill('刷脸取款，因为出乎意料');
	const submission = await downloaded(student, () =>
		student.getByRole('button', { name: '提交', exact: true }).click()
	);
	await expect(student.getByRole('status').filter({ hasText: '已提交' })).toContainText(
		'其余题目由老师批改'
	);
	await expect(student.getByText('期望答案')).toHaveCount(0);
	await studentContext.close();

	const page = await (await browser.newContext()).newPage();
	await openPage(page, '/teach/gradebook/');
	await page.getByLabel('打开作业文件…').setInputFiles({
		name: 'assignment.json',
		mimeType: 'application/json',
		buffer: Buffer.from(assignmentFile(assignment))
	});
	await page.getByLabel('选择提交文件…').setInputFiles({
		name: submission.name,
		mimeType: 'application/json',
		buffer: Buffer.from(submission.text)
	});
	await page.getByRole('button', { name: /^批改 赵六 第 1 题/ }).click();
	await expect(page.getByText('刷脸取款，因为出乎意料')).toBeVisible();
	await page.getByLabel(/^教师评分/).fill('9');
	await page.getByRole('button', { name: '保存得分' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: '得分须在 0 到 6 分之间' })
	).toBeVisible();
	await expect(page.getByTestId('pending-count')).toHaveText('1');
	await page.getByLabel(/^教师评分/).fill('5');
	await page.getByRole('button', { name: '保存得分' }).click();
	await expect(page.getByTestId('total-2026006')).toHaveText('5');
	await expect(page.getByTestId('pending-count')).toHaveText('0');
});

test('an unchanged re-submission keeps the mark and comment; a changed answer shows the old mark and waits', async ({
	page
}) => {
	await openPage(page, '/teach/gradebook/');
	await page.getByLabel('打开作业文件…').setInputFiles({
		name: 'assignment.json',
		mimeType: 'application/json',
		buffer: Buffer.from(assignmentFile(sampleAssignment))
	});
	const due = sampleAssignment.dueAt as number;
	const asFile = (name: string, text: string) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	const first = await sampleSubmission(1, due - 7_200_000);
	await page.getByLabel('选择提交文件…').setInputFiles(asFile('first.json', submissionFile(first)));
	await page.getByRole('button', { name: /^批改 学生1 第 1 题/ }).click();
	let panel = page.getByRole('region', { name: /批改：学生1/ });
	// Keywords suggest points, but nothing is ticked until the teacher decides.
	await expect(panel.getByText(/^建议得分 \d+ \/ 20（按关键词）$/)).toBeVisible();
	await expect(panel.getByText('教师评分 0 / 20', { exact: true })).toBeVisible();
	// The site's first scoring point of this question is worth 1 mark.
	await panel.getByRole('checkbox').first().check();
	await panel.getByLabel('评语（写进反馈文件）').fill('只答到了阶段划分');
	await panel.getByRole('button', { name: '确认教师评分' }).click();
	await expect(page.getByTestId('total-20260001')).toHaveText('7');

	// The same answers handed in again an hour later.
	const again = await sampleSubmission(1, due - 3_600_000);
	await page.getByLabel('选择提交文件…').setInputFiles(asFile('again.json', submissionFile(again)));
	await expect(page.getByRole('row', { name: /20260001/ })).toContainText('提交 2 次');
	await expect(page.getByTestId('pending-count')).toHaveText('0');
	await expect(page.getByTestId('total-20260001')).toHaveText('7');
	await page.getByRole('button', { name: '批改 学生1 第 1 题（1 分）' }).click();
	panel = page.getByRole('region', { name: /批改：学生1/ });
	await expect(
		panel.getByRole('note').filter({ hasText: '沿用上一份提交的教师评分 1 / 20 分和评语' })
	).toBeVisible();
	await expect(panel.getByLabel('评语（写进反馈文件）')).toHaveValue('只答到了阶段划分');
	await expect(panel.getByText('教师评分 1 / 20', { exact: true })).toBeVisible();

	// A third file with a changed case answer: back to 待批改, the old mark beside the new answer.
	const changed = await createSubmission({
		assignment: sampleAssignment,
		student: { name: '学生1', number: '20260001' },
		answers: { ...again.answers, i1: '补充：忠诚客户阶段做交叉销售和一对一营销。' },
		autoScores: again.autoScores,
		startedAt: again.startedAt,
		submittedAt: due - 1_800_000
	});
	await page
		.getByLabel('选择提交文件…')
		.setInputFiles(asFile('changed.json', submissionFile(changed)));
	await expect(page.getByTestId('pending-count')).toHaveText('1');
	await page.getByRole('button', { name: '批改 学生1 第 1 题（待批改）' }).click();
	panel = page.getByRole('region', { name: /批改：学生1/ });
	const note = panel.getByRole('note').filter({ hasText: '答案已修改' });
	await expect(note).toContainText('上一份提交的教师评分：1 / 20 分');
	await note.getByText('查看修改前的答案').click();
	await expect(note.getByText(/学生 1 的答案：潜在客户阶段用数据库营销/)).toBeVisible();
	await expect(panel.getByText('补充：忠诚客户阶段做交叉销售和一对一营销。')).toBeVisible();
	// The teacher's earlier tick, not the keyword suggestions, is where marking resumes.
	await expect(panel.getByText('教师评分 1 / 20', { exact: true })).toBeVisible();
	await expect(panel.getByLabel('评语（写进反馈文件）')).toHaveValue('只答到了阶段划分');
});

test('an assignment title typed just before leaving the page is kept in the list of drafts', async ({
	page
}) => {
	await openPage(page, '/teach/');
	await page.getByRole('button', { name: '新建作业' }).click();
	await page.getByLabel('标题', { exact: true }).fill('期中案例作业');
	// Straight on to the own cases, through the link in the page's lead.
	await page.getByRole('link', { name: '自己写的' }).click();
	await expect(page.getByRole('heading', { name: '我的案例', level: 1 })).toBeVisible();
	await page
		.getByRole('navigation', { name: '主导航' })
		.getByRole('link', { name: '教师' })
		.click();
	await expect(page.getByRole('region', { name: '我的作业' })).toContainText('期中案例作业');
});
