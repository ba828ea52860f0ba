/**
 * Moving client-side between two pages of every dynamic route — the page component stays
 * mounted and only its data changes — and checking what the learner sees and what IndexedDB
 * holds: nothing from the first page may show up on, or be saved under, the second.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { openPage, storedRecords } from './helpers';
import { encodeAssignment } from '../src/lib/teach/link';
import { sampleAssignment } from '../src/lib/teach/sample';

const searchBox = (page: Page) =>
	page.getByRole('combobox', { name: '搜索课程、名词、案例和题目' });

/** Opens the search dialog (retrying until the page has hydrated) and types a query. */
async function search(page: Page, query: string) {
	await expect(async () => {
		await page.keyboard.press('Control+k');
		await expect(searchBox(page)).toBeVisible({ timeout: 1000 });
	}).toPass();
	await searchBox(page).fill(query);
	return page.getByRole('listbox', { name: '搜索结果' });
}

const noteBox = (page: Page) => page.getByRole('textbox', { name: /支持 Markdown/ });
const answerBox = (page: Page) => page.getByRole('textbox', { name: '第 1 题的答案' });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^已保存 \d/ });

type Draft = { caseId: string; questionId: string; text: string; status: string };
const drafts = async (page: Page) =>
	(await storedRecords<Draft>(page, 'caseAnswers'))
		.filter((d) => d.status === 'draft')
		.map((d) => [d.caseId, d.questionId, d.text]);

test('chapter → chapter by the pager: chapter 3’s CLV formulas and glossary terms render and each chapter keeps its own note', async ({
	page
}) => {
	await openPage(page, '/learn/customer-lifecycle/');
	await noteBox(page).fill('第二章的笔记');
	await expect(saved(page)).toBeVisible();

	await page
		.getByRole('navigation', { name: '章节翻页' })
		.getByRole('link', { name: /下一章/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户价值');
	await expect(page.getByText(/缺少公式/)).toHaveCount(0);
	expect(await page.locator('.body').getByRole('math').count()).toBeGreaterThanOrEqual(6);
	// Glossary terms only chapter 3 marks arrived with it: the term links and their definitions.
	const clv = page.locator('.body a.term-link[href$="#clv"]').first();
	await expect(clv).toBeVisible();
	await expect(clv).toHaveAccessibleDescription(/客户终身价值/);
	await expect(noteBox(page)).toHaveValue('');
	expect(await storedRecords(page, 'notes')).toEqual([
		expect.objectContaining({ chapter: 'customer-lifecycle', text: '第二章的笔记' })
	]);

	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户生命周期');
	await expect(noteBox(page)).toHaveValue('第二章的笔记');
});

test('chapter → chapter by a search result: the formulas of the chapter arrived at render', async ({
	page
}) => {
	await openPage(page, '/learn/crm-basics/');
	const results = await search(page, '终身价值');
	await results
		.getByRole('group', { name: '章节' })
		.getByRole('option')
		.filter({ hasText: '客户价值 ·' })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户价值');
	await expect(page.getByText(/缺少公式/)).toHaveCount(0);
	expect(await page.locator('.body').getByRole('math').count()).toBeGreaterThanOrEqual(6);
});

test('case → case by link: A’s draft stays in A, B starts empty and saves its own', async ({
	page
}) => {
	await openPage(page, '/cases/icbc-lifecycle/');
	await answerBox(page).fill('工商银行案例的草稿');
	await expect(saved(page)).toBeVisible();

	const related = page.getByRole('navigation', { name: '同一章的其他案例' }).getByRole('link');
	const href = (await related.first().getAttribute('href')) ?? '';
	const other = /cases\/([^/]+)\//.exec(href)?.[1] ?? '';
	expect(other).not.toBe('');
	await related.first().click();
	await expect(page).toHaveURL(new RegExp(`/cases/${other}/$`));
	await expect(answerBox(page)).toHaveValue('');
	await page.reload();
	await expect(answerBox(page)).toHaveValue('');
	expect(await drafts(page)).toEqual([['icbc-lifecycle', 'q1', '工商银行案例的草稿']]);

	// One keystroke in B saves B's own draft, not A's text under B.
	await answerBox(page).click();
	await page.keyboard.type('乙');
	await expect(saved(page)).toBeVisible();
	expect((await drafts(page)).sort()).toEqual(
		[
			['icbc-lifecycle', 'q1', '工商银行案例的草稿'],
			[other, 'q1', '乙']
		].sort()
	);

	await page.goBack();
	await expect(page).toHaveURL(/\/cases\/icbc-lifecycle\/$/);
	await expect(answerBox(page)).toHaveValue('工商银行案例的草稿');
});

test('case → case by a search result: the case opens itself, without the previous draft', async ({
	page
}) => {
	await openPage(page, '/cases/icbc-lifecycle/');
	await answerBox(page).fill('工商银行案例的草稿');
	await expect(saved(page)).toBeVisible();
	const results = await search(page, '海尔');
	await results.getByRole('group', { name: '案例' }).getByRole('option').first().click();
	await expect(page).toHaveURL(/\/cases\/haier-[a-z-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('海尔');
	await expect(answerBox(page)).toHaveValue('');
	expect(await drafts(page)).toEqual([['icbc-lifecycle', 'q1', '工商银行案例的草稿']]);
});

test('a question search result opens that question, ready to answer', async ({ page }) => {
	await openPage(page, '/learn/');
	const results = await search(page, '英文缩写');
	const hit = results.getByRole('group', { name: '题目' }).getByRole('option').first();
	const stem = ((await hit.textContent()) ?? '').replace(/\s+/g, '').slice(0, 12);
	await hit.click();
	await expect(page).toHaveURL(/\/practice\/drill\/\?question=/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('单题练习');
	await expect(page.getByText('第 1 / 1 题')).toBeVisible();
	expect(((await page.locator('main').textContent()) ?? '').replace(/\s+/g, '')).toContain(stem);
});

test('a case being self-marked stays with its case when the learner moves to another', async ({
	page
}) => {
	await openPage(page, '/cases/icbc-lifecycle/');
	await answerBox(page).fill('潜在客户、新客户、忠诚客户');
	await page.getByRole('button', { name: '提交并查看参考答案' }).first().click();
	await expect(page.getByRole('button', { name: '确认得分' })).toBeVisible();

	await page
		.getByRole('navigation', { name: '同一章的其他案例' })
		.getByRole('link')
		.first()
		.click();
	await expect(page).not.toHaveURL(/icbc-lifecycle/);
	await expect(answerBox(page)).toBeVisible();
	await expect(page.getByRole('button', { name: '确认得分' })).toHaveCount(0);

	await page.goBack();
	await expect(page.getByRole('button', { name: '确认得分' }).first()).toBeVisible();
});

test('assignment → assignment: each keeps its own answers', async ({ page }) => {
	const second = { ...sampleAssignment, id: 'p7q8r9stu012', title: '第三章作业：客户价值' };
	const linkFor = async (a: typeof sampleAssignment) =>
		`/teach/assignment/#a=${await encodeAssignment(a)}`;
	const start = async () => {
		await page.getByLabel('姓名').fill('张三');
		await page.getByLabel('学号').fill('2026001');
		await page.getByRole('button', { name: '开始作答' }).click();
	};
	await openPage(page, await linkFor(second));
	await start();
	// A hash change: the same page, client-side.
	await page.goto(await linkFor(sampleAssignment));
	await expect(page.getByRole('heading', { name: sampleAssignment.title })).toBeVisible();
	await start();
	await answerBox(page).fill('第二章作业的答案');
	await expect(saved(page)).toBeVisible();

	const others = page.getByRole('navigation', { name: '本机保存的其他作业' });
	await others.getByRole('link', { name: second.title }).click();
	await expect(page.getByRole('heading', { name: second.title })).toBeVisible();
	await expect(answerBox(page)).toHaveValue('');
	const work = await storedRecords<{ assignmentId: string; answers: Record<string, unknown> }>(
		page,
		'assignmentWork'
	);
	expect(Object.fromEntries(work.map((w) => [w.assignmentId, w.answers]))).toEqual({
		[sampleAssignment.id]: { i1: '第二章作业的答案' },
		[second.id]: {}
	});

	await others.getByRole('link', { name: sampleAssignment.title }).click();
	await expect(answerBox(page)).toHaveValue('第二章作业的答案');
});

test('scenario → scenario: opening one shows its settings, renaming touches only it', async ({
	page
}) => {
	await openPage(page, '/lab/delivered-value/');
	const product = page.getByLabel('本企业的产品价值');
	const name = page.getByLabel('方案名称');
	const saveAs = async (scenario: string) => {
		await name.fill(scenario);
		await page.getByRole('button', { name: '保存方案' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: `已保存方案“${scenario}”` })
		).toBeVisible();
	};
	await saveAs('方案甲');
	await product.fill('60');
	await saveAs('方案乙');

	await page.getByRole('button', { name: '打开“方案甲”' }).click();
	await expect(product).toHaveValue('40');
	await page.getByRole('button', { name: '打开“方案乙”' }).click();
	await expect(product).toHaveValue('60');

	await page.getByRole('button', { name: '重命名方案“方案乙”' }).click();
	await page.getByLabel('“方案乙”的新名称').fill('高产品价值');
	await page.getByRole('button', { name: '完成' }).click();
	await page.getByRole('button', { name: '打开“方案甲”' }).click();
	await expect(product).toHaveValue('40');
	const scenarios = await storedRecords<{ name: string; data: { firm: { product: number } } }>(
		page,
		'labScenarios'
	);
	expect(scenarios.map((s) => [s.name, s.data.firm.product]).sort()).toEqual(
		[
			['方案甲', 40],
			['高产品价值', 60]
		].sort()
	);
});

test('the instructor switching between two assignment drafts sees each one’s own title', async ({
	page
}) => {
	await openPage(page, '/teach/');
	for (const title of ['作业甲', '作业乙']) {
		await page.getByRole('button', { name: '新建作业' }).click();
		await expect(page.getByRole('listitem').filter({ hasText: '未命名作业' })).toHaveCount(1);
		await expect(page.getByLabel('标题', { exact: true })).toHaveValue('');
		await page.getByLabel('标题', { exact: true }).fill(title);
		await expect(page.getByText('草稿已保存在本机')).toBeVisible();
	}
	const row = (title: string) => page.getByRole('listitem').filter({ hasText: title });
	await row('作业甲').getByRole('button', { name: '编辑' }).click();
	await expect(page.getByLabel('标题', { exact: true })).toHaveValue('作业甲');
	await row('作业乙').getByRole('button', { name: '编辑' }).click();
	await expect(page.getByLabel('标题', { exact: true })).toHaveValue('作业乙');
	const stored = await storedRecords<{ assignment: { title: string } }>(page, 'teachAssignments');
	expect(stored.map((s) => s.assignment.title).sort()).toEqual(['作业乙', '作业甲'].sort());
});
