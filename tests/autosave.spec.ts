import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { failIndexedDbWrites, openPage, storedRecords } from './helpers';
import { assignmentFile } from '../src/lib/teach/link';
import { sampleAssignment, sampleSubmission } from '../src/lib/teach/sample';
import { submissionFile } from '../src/lib/teach/submission';

/**
 * Types for about `seconds` without a pause, with the real keyboard, and returns the text typed.
 * Each character is typed on its own (Chinese text goes in as committed IME text).
 */
async function typeFor(page: Page, seconds: number): Promise<string> {
	const phrase = '客户关系管理以客户为中心，细分客户并提高忠诚度。';
	let typed = '';
	const until = Date.now() + seconds * 1000;
	for (let i = 0; Date.now() < until; i++) {
		const char = phrase[i % phrase.length];
		await page.keyboard.type(char);
		typed += char;
		await page.waitForTimeout(60);
	}
	return typed;
}

/**
 * Two tabs saved different texts at the same moment: one write commits first, the other tab
 * is told. Returns [the tab showing the conflict, the other], whichever order the saves ran in.
 */
async function conflictedTab(pages: [Page, Page]): Promise<[Page, Page]> {
	const alerts = pages.map((page) => page.getByRole('alert').filter({ hasText: '另一个标签页' }));
	await expect.poll(async () => (await alerts[0].count()) + (await alerts[1].count())).toBe(1);
	return (await alerts[0].count()) ? pages : [pages[1], pages[0]];
}

test('a case answer typed for 8 s without a pause and reloaded at once keeps all but at most the last 2 s', async ({
	page
}) => {
	await openPage(page, '/cases/icbc-lifecycle/');
	const editor = page.getByRole('textbox', { name: '第 1 题的答案' });
	await editor.click();
	const started = Date.now();
	const typed = await typeFor(page, 8);
	const perSecond = typed.length / ((Date.now() - started) / 1000);
	await page.reload();

	// Read once the editor has loaded what was stored (it is disabled until then).
	await expect(editor).toBeEnabled();
	const kept = await editor.inputValue();
	expect(typed.startsWith(kept)).toBe(true);
	expect(typed.length - kept.length).toBeLessThanOrEqual(Math.ceil(perSecond * 2));
	const drafts = await storedRecords<{ caseId: string; text: string; status: string }>(
		page,
		'caseAnswers'
	);
	expect(drafts.filter((d) => d.status === 'draft').map((d) => [d.caseId, d.text])).toEqual([
		['icbc-lifecycle', kept]
	]);
});

test('a chapter note typed for 8 s without a pause and reloaded at once keeps all but at most the last 2 s', async ({
	page
}) => {
	await openPage(page, '/learn/loyalty/');
	const editor = page.getByRole('textbox', { name: /支持 Markdown/ });
	await editor.click();
	const started = Date.now();
	const typed = await typeFor(page, 8);
	const perSecond = typed.length / ((Date.now() - started) / 1000);
	await page.reload();

	// Read once the editor has loaded what was stored (it is disabled until then).
	await expect(editor).toBeEnabled();
	const kept = await editor.inputValue();
	expect(typed.startsWith(kept)).toBe(true);
	expect(typed.length - kept.length).toBeLessThanOrEqual(Math.ceil(perSecond * 2));
	expect(await storedRecords(page, 'notes')).toEqual([
		expect.objectContaining({ chapter: 'loyalty', text: kept })
	]);
});

test('a megabyte note keeps the characters typed just before its tab crashes', async ({ page }) => {
	test.setTimeout(120_000);
	const long = '客户价值'.repeat(250_000);
	await openPage(page, '/learn/loyalty/');
	const editor = page.getByRole('textbox', { name: /支持 Markdown/ });
	await editor.fill(long);
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible({
		timeout: 60_000
	});
	// Typing in the middle, with IndexedDB refusing the saves: only the journal can keep it.
	await failIndexedDbWrites(page);
	// Like a crash, leaving runs no pagehide or visibility handler: what survives was journalled
	// at the keystroke.
	await page.evaluate(() => {
		const silence = (event: Event) => event.stopImmediatePropagation();
		window.addEventListener('pagehide', silence, { capture: true });
		document.addEventListener('visibilitychange', silence, { capture: true });
	});
	await editor.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(8, 8));
	await page.keyboard.type('很高');
	await page.reload();

	const kept = page.getByRole('textbox', { name: /支持 Markdown/ });
	await expect(kept).toBeEnabled({ timeout: 60_000 });
	expect(await kept.inputValue()).toBe(`客户价值客户价值很高${long.slice(8)}`);
});

test('saves while typing goes on, and says 已保存 with the time only after the write', async ({
	page
}) => {
	await openPage(page, '/learn/crm-basics/');
	const editor = page.getByRole('textbox', { name: /支持 Markdown/ });
	await editor.click();
	await typeFor(page, 3);
	// Still typing: at least one save has committed within the first 2 s.
	const notes = await storedRecords<{ text: string }>(page, 'notes');
	expect(notes[0]?.text.length ?? 0).toBeGreaterThan(0);
	await expect(
		page.getByRole('status').filter({ hasText: /^已保存 \d{2}:\d{2}:\d{2}$/ })
	).toBeVisible({ timeout: 2000 });
});

test('two tabs on one case answer: the conflict is shown and neither text is lost', async ({
	context
}) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await context.clock.install();
	await openPage(first, '/cases/icbc-lifecycle/');
	await openPage(second, '/cases/icbc-lifecycle/');
	const editorOf = (page: Page) => page.getByRole('textbox', { name: '第 1 题的答案' });
	await expect(editorOf(first)).toBeEnabled();
	await expect(editorOf(second)).toBeEnabled();

	// Both tabs type before either has saved (the clock stands still), then both saves run.
	await context.clock.pauseAt(Date.now() + 60_000);
	await editorOf(first).click();
	await first.keyboard.type('甲：潜在客户阶段建立信心');
	await editorOf(second).click();
	await second.keyboard.type('乙：新客户阶段做关系营销');
	await context.clock.runFor(1500);
	await context.clock.resume();

	const texts = new Map([
		[first, '甲：潜在客户阶段建立信心'],
		[second, '乙：新客户阶段做关系营销']
	]);
	const [told, other] = await conflictedTab([first, second]);
	const conflict = told.getByRole('alert').filter({ hasText: '另一个标签页' });
	await expect(conflict).toContainText(texts.get(other)!);
	await expect(editorOf(told)).toHaveValue(texts.get(told)!);

	await conflict.getByRole('button', { name: '保留我的版本' }).click();
	await expect(told.getByRole('status').filter({ hasText: '已保留你的版本' })).toBeVisible();
	// The other tab had nothing unsaved: it follows, and says so.
	await expect(editorOf(other)).toHaveValue(texts.get(told)!);
	await expect(other.getByRole('status').filter({ hasText: '另一个标签页修改了' })).toBeVisible();
	await other.getByText('历史版本（1）').click();
	await expect(other.getByText(texts.get(other)!)).toBeVisible();

	const drafts = await storedRecords<{ text: string; status: string }>(first, 'caseAnswers');
	expect(drafts.map((d) => d.text)).toEqual([texts.get(told)]);
	const history = await storedRecords<{ key: string; text: string }>(first, 'history');
	expect(history).toEqual([
		expect.objectContaining({ key: 'case:icbc-lifecycle/q1', text: texts.get(other) })
	]);
});

test('two tabs: loading the other tab’s text puts this tab’s text into the history', async ({
	context
}) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await context.clock.install();
	await openPage(first, '/learn/loyalty/');
	await openPage(second, '/learn/loyalty/');
	const editorOf = (page: Page) => page.getByRole('textbox', { name: /支持 Markdown/ });
	await expect(editorOf(second)).toBeEnabled();

	await context.clock.pauseAt(Date.now() + 60_000);
	await editorOf(first).fill('第一个标签页的笔记');
	await editorOf(second).fill('第二个标签页的笔记');
	await context.clock.runFor(1500);
	await context.clock.resume();

	const texts = new Map([
		[first, '第一个标签页的笔记'],
		[second, '第二个标签页的笔记']
	]);
	const [told, other] = await conflictedTab([first, second]);
	const conflict = told.getByRole('alert').filter({ hasText: '另一个标签页' });
	await conflict.getByRole('button', { name: '载入另一个标签页的版本' }).click();
	await expect(editorOf(told)).toHaveValue(texts.get(other)!);
	await told.getByText('历史版本（1）').click();
	await expect(told.getByText(texts.get(told)!)).toBeVisible();
	expect(await storedRecords(told, 'notes')).toEqual([
		expect.objectContaining({ text: texts.get(other) })
	]);
	// Nothing changed in the other tab, which never had a conflict.
	await expect(editorOf(other)).toHaveValue(texts.get(other)!);
});

test('a marking comment autosaves before and after the item is marked, and survives a reload', async ({
	page
}) => {
	await openPage(page, '/teach/gradebook/');
	await page.getByLabel('打开作业文件…').setInputFiles({
		name: 'assignment.json',
		mimeType: 'application/json',
		buffer: Buffer.from(assignmentFile(sampleAssignment))
	});
	const submission = await sampleSubmission(1, (sampleAssignment.dueAt as number) - 60_000);
	await page.getByLabel('选择提交文件…').setInputFiles({
		name: 's1.json',
		mimeType: 'application/json',
		buffer: Buffer.from(submissionFile(submission))
	});
	await page.getByRole('button', { name: /^批改 学生1 第 1 题/ }).click();
	const comment = page.getByLabel('评语（写进反馈文件）');
	await comment.click();
	await page.keyboard.type('潜在客户阶段写得具体');
	await page.reload();

	await page.getByRole('button', { name: /^批改 学生1 第 1 题/ }).click();
	await expect(comment).toHaveValue('潜在客户阶段写得具体');
	await page.getByRole('button', { name: '确认教师评分' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存：本题' })).toBeVisible();
	await comment.press('End');
	await page.keyboard.type('，忠诚客户阶段还可展开');
	await page.reload();

	await page.getByRole('button', { name: /^批改 学生1 第 1 题（\d/ }).click();
	await expect(comment).toHaveValue('潜在客户阶段写得具体，忠诚客户阶段还可展开');
	const marks = await storedRecords<{ comment: string }>(page, 'gradebookMarks');
	expect(marks.map((m) => m.comment)).toEqual(['潜在客户阶段写得具体，忠诚客户阶段还可展开']);
});

test('a lab scenario is renamed in place; an empty or duplicate name is refused with the reason', async ({
	page
}) => {
	await openPage(page, '/lab/kano/');
	const name = page.getByLabel('方案名称');
	for (const scenario of ['方案一', '方案二']) {
		await name.fill(scenario);
		await page.getByRole('button', { name: '保存方案' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: `已保存方案“${scenario}”` })
		).toBeVisible();
	}
	await page.getByRole('button', { name: '重命名方案“方案一”' }).click();
	const rename = page.getByLabel('“方案一”的新名称');
	await rename.fill('方案二');
	await expect(page.getByRole('alert')).toContainText('已有名为“方案二”的方案');
	await rename.fill('高竞争');
	await page.reload();

	await expect(page.getByRole('button', { name: '打开“高竞争”' })).toBeVisible();
	await expect(page.getByRole('button', { name: '打开“方案二”' })).toBeVisible();
	const scenarios = await storedRecords<{ name: string }>(page, 'labScenarios');
	expect(scenarios.map((s) => s.name).sort()).toEqual(['方案二', '高竞争'].sort());
});
