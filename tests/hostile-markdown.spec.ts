import { expect, test } from './test';
import { notePreview, openPage, siteDatabaseReady } from './helpers';

const noteBox = (page: import('@playwright/test').Page) =>
	page.getByRole('textbox', { name: /支持 Markdown/ });

test('a note with a tracking pixel shows a link to it and never asks that host for anything', async ({
	page
}) => {
	const asked: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).hostname.endsWith('tracker.example')) asked.push(request.url());
	});
	await openPage(page, '/learn/loyalty/');
	await noteBox(page).fill(
		'读后感 ![](https://tracker.example/pixel.gif?who=me)\n\n![点](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=)'
	);
	const preview = await notePreview(page);
	const link = preview.getByRole('link', {
		name: '外部图片：https://tracker.example/pixel.gif?who=me'
	});
	// The first layout starts the Markdown worker, slow on a busy machine.
	await expect(link).toBeVisible({ timeout: 15_000 });
	await expect(link).toHaveAttribute('href', 'https://tracker.example/pixel.gif?who=me');
	// An image written into the note itself requests nothing, so it is shown.
	await expect(preview.getByRole('img', { name: '点' })).toBeVisible();
	await expect(preview.locator('img')).toHaveCount(1);
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

	await page.reload();
	await expect(noteBox(page)).toHaveValue(/tracker\.example/);
	await expect(
		(await notePreview(page)).getByRole('link', { name: /^外部图片：https:\/\/tracker/ })
	).toBeVisible();
	expect(asked).toEqual([]);
});

test('a note of 2,500 nested quotes opens with its raw text, shows why it is not laid out, and survives a reload', async ({
	page
}) => {
	const deep = `${'>'.repeat(2_500)} 最里面的一句`;
	await openPage(page, '/learn/satisfaction/');
	await noteBox(page).fill(deep);
	const preview = await notePreview(page);
	await expect(preview.getByRole('note')).toHaveText(
		'这段内容的引用（>）或列表嵌套约 2,500 层，超过排版上限 100 层，下面按原文显示。'
	);
	await expect(preview.locator('pre')).toHaveText(deep);
	await expect(preview.locator('blockquote')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

	await page.reload();
	await expect(noteBox(page)).toBeEnabled();
	await expect(noteBox(page)).toHaveValue(deep);
	await expect((await notePreview(page)).getByRole('note')).toContainText('嵌套约 2,500 层');
	// Still an ordinary editor: fixing the text lays it out again.
	await noteBox(page).fill('> 只有一层');
	await expect((await notePreview(page)).locator('blockquote')).toHaveText('只有一层');
	await expect((await notePreview(page)).getByRole('note')).toHaveCount(0);
});

test('a note over 200,000 characters keeps typing and shows its raw text with the reason', async ({
	page
}) => {
	test.setTimeout(90_000);
	const long = '客户价值'.repeat(250_000);
	await openPage(page, '/learn/customer-value/');
	const box = noteBox(page);
	await box.fill(long);
	await box.press('End');
	await box.pressSequentially('尾巴');
	await expect(box).toHaveValue(`${long}尾巴`);
	const preview = await notePreview(page);
	await expect(preview.getByRole('note')).toHaveText(
		'这段内容有 1,000,002 个字符，超过排版上限 200,000 个字符，下面按原文显示。'
	);
	// The start of the raw text, the rest on request (the whole text is in the editor above).
	await expect(preview).toContainText('已显示前 20,000 字，共 1,000,002 字。');
	await expect(preview.locator('pre')).toHaveText(`${long.slice(0, 20_000)}…`);
	await preview.getByRole('button', { name: '显示全部原文' }).click();
	await expect(preview.locator('pre')).toHaveText(`${long}尾巴`);
});

test('a note marked takes too long on is stopped and shown raw, and the page keeps responding', async ({
	page
}) => {
	test.setTimeout(60_000);
	// marked slows down quadratically on runs of intraword underscores: minutes for this text.
	const slow = '_a'.repeat(95_000);
	await openPage(page, '/learn/crm-systems/');
	await noteBox(page).fill(slow);
	const preview = await notePreview(page);
	await expect(preview.getByText('正在排版…')).toBeVisible();
	// While the worker is busy the page still answers: the theme switch works.
	await page.getByRole('combobox', { name: '配色主题' }).selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(preview.getByRole('note')).toHaveText(
		'这段内容排版超过 8 秒，已停止，下面按原文显示。',
		{ timeout: 30_000 }
	);
	await expect(preview.locator('pre')).toHaveText(`${slow.slice(0, 20_000)}…`);
	// The next layout gets a fresh worker.
	await noteBox(page).fill('**恢复正常**');
	await expect(preview.locator('strong')).toHaveText('恢复正常');
});

test('a submitted case answer of 2,500 nested quotes can still be marked and saved', async ({
	page
}) => {
	const deep = `${'>'.repeat(2_500)} 客户生命周期`;
	await openPage(page, '/cases/icbc-lifecycle/');
	const answer = page.getByRole('textbox', { name: '第 1 题的答案' });
	await answer.fill(deep);
	// Preview shows the raw text and why; back in the editor the text is there to fix.
	await page.getByRole('button', { name: '预览' }).first().click();
	await expect(answer).toBeHidden();
	await expect(page.getByLabel('答案预览').getByRole('note')).toContainText('嵌套约 2,500 层');
	await page.getByRole('button', { name: '编辑' }).first().click();
	await expect(answer).toBeEditable();
	await expect(answer).toHaveValue(deep);
	await page.getByRole('button', { name: '提交并查看参考答案' }).first().click();
	const yours = page.locator('.compare > div').first();
	await expect(yours.getByRole('heading', { name: '你的答案' })).toBeVisible();
	await expect(yours.getByRole('note')).toContainText('嵌套约 2,500 层，超过排版上限 100 层');
	await expect(yours.locator('pre')).toHaveText(deep);
	await page.getByRole('button', { name: '确认得分' }).click();
	await expect(page.getByRole('status').filter({ hasText: '本次得分' })).toBeVisible();

	await page.reload();
	await page.getByText(/以前的作答/).click();
	const history = page.getByRole('group').filter({ hasText: '以前的作答' });
	await expect(history.getByRole('note')).toContainText('嵌套约 2,500 层');
	await expect(history.locator('pre')).toHaveText(deep);
});

test.describe('with the Markdown code unreachable', () => {
	// The offline worker would answer from its cache; this is the page with nothing kept.
	test.use({ serviceWorkers: 'block' });

	test('a note is shown as its raw text with the reason, and is still saved', async ({ page }) => {
		await openPage(page, '/learn/crm-basics/');
		await siteDatabaseReady(page);
		// The network goes now: code the page has not loaded yet (the Markdown renderer) fails.
		await page.route('**/_app/immutable/**', (route) => route.abort('internetdisconnected'));
		await noteBox(page).fill('**要点**：客户是资产');
		const preview = await notePreview(page);
		await expect(preview.getByRole('note')).toHaveText(/排版所需的程序没有载入/);
		await expect(preview.locator('pre')).toHaveText('**要点**：客户是资产');
		await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	});
});
