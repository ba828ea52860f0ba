import type { Page } from '@playwright/test';
import { openPage, waitForServiceWorker } from './helpers';
import { expect, test } from './test';

/** 我的 with the offline worker running, and its 离线使用 panel. */
async function openOfflinePanel(page: Page) {
	await openPage(page, '/me/');
	await waitForServiceWorker(page);
	return page.getByRole('region', { name: '离线使用' });
}

test.use({ serviceWorkers: 'allow' });

/** Paths of the pages (HTML) the service worker has cached. */
function cachedPages(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			for (const request of await cache.keys()) {
				const path = new URL(request.url).pathname;
				if (path.endsWith('/')) paths.push(path);
			}
		}
		return paths;
	});
}

/** Whether every file of the site's code the page has loaded is in the worker's cache. */
function loadedCodeIsCached(page: Page): Promise<boolean> {
	return page.evaluate(async () => {
		const code = performance
			.getEntriesByType('resource')
			.map((entry) => new URL(entry.name).pathname)
			.filter((path) => path.includes('/_app/immutable/'));
		const found = await Promise.all(code.map((path) => caches.match(path)));
		return found.every(Boolean);
	});
}

test('a first visit to a chapter keeps that section offline and fetches no other section', async ({
	page,
	context
}) => {
	const requested: string[] = [];
	context.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await openPage(page, '/learn/crm-basics/');
	await waitForServiceWorker(page);
	await expect.poll(() => loadedCodeIsCached(page)).toBe(true);
	const cached = await cachedPages(page);
	expect(cached).toEqual(expect.arrayContaining(['/', '/learn/', '/learn/loyalty/']));
	const otherSections = /^\/(cases|practice|lab|glossary|plan|me|teach)\//;
	expect(cached.filter((path) => otherSections.test(path))).toEqual([]);
	expect(requested.filter((path) => otherSections.test(path))).toEqual([]);

	// Another chapter opens offline, with its own code (the section's pages were kept whole).
	await context.setOffline(true);
	await openPage(page, '/learn/loyalty/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('忠诚');
	await page.goto('/cases/');
	await expect(page.getByText('这一页还没有下载到本机')).toBeVisible();
});

test('after 离线下载全部内容 on 我的, every page works offline: read a chapter, search, answer a question', async ({
	page,
	context
}) => {
	const panel = await openOfflinePanel(page);
	await expect(panel).toContainText(/约 \d+\.\d MB，\d+ 个文件/);
	await panel.getByRole('button', { name: '离线下载全部内容' }).click();
	await expect(panel.getByText('已下载全部内容')).toBeVisible({ timeout: 60_000 });
	await page.reload();
	await expect(
		page.getByRole('region', { name: '离线使用' }).getByText('已下载全部内容')
	).toBeVisible();
	await context.setOffline(true);

	await openPage(page, '/learn/loyalty/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('忠诚');

	const box = page.getByRole('combobox', { name: '搜索课程、名词、案例和题目' });
	await expect(async () => {
		await page.keyboard.press('Control+k');
		await expect(box).toBeVisible({ timeout: 1000 });
	}).toPass();
	await box.fill('满意');
	await expect(page.getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Escape');

	await openPage(page, '/practice/drill/?mode=random&count=3');
	await expect(page.getByText('第 1 / 3 题')).toBeVisible();
	// The drill is random: answer whatever kind of question comes first.
	const choice = page.locator('fieldset input').first();
	const objective = (await choice.count()) > 0;
	if (objective) await choice.check();
	else await page.getByRole('textbox', { name: '你的答案' }).fill('离线作答');
	await page.getByRole('button', { name: '提交答案' }).click();
	if (!objective) await page.getByRole('button', { name: '确认得分' }).click();
	await expect(page.getByText('解析：')).toBeVisible();
});

test('the site can be installed: a manifest with icons', async ({ page, request }) => {
	await openPage(page, '/');
	const href = await page.locator('link[rel=manifest]').getAttribute('href');
	const manifest = await (await request.get(new URL(href ?? '', page.url()).href)).json();
	expect(manifest).toMatchObject({ lang: 'zh-CN', display: 'standalone', start_url: './' });
	const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('a first visit keeps what the learner did while the site installs itself for offline use', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	await page.getByRole('button', { name: '零售样例数据' }).click();
	await expect(page.getByRole('heading', { name: /读取结果：零售样例数据/ })).toBeVisible();
	// The service worker finishes installing and takes control of the page…
	await waitForServiceWorker(page);
	// …and the page was not reloaded under the learner: the results are still there.
	await page.waitForLoadState('load');
	await expect(page.getByRole('heading', { name: /读取结果：零售样例数据/ })).toBeVisible();
});

test('the offline download shows its progress, can be cancelled, and goes on from where it stopped', async ({
	page
}) => {
	const panel = await openOfflinePanel(page);
	await panel.getByRole('button', { name: '离线下载全部内容' }).click();
	await expect(panel.getByRole('progressbar', { name: '离线下载进度' })).toBeVisible();
	await panel.getByRole('button', { name: '取消下载' }).click();
	await expect(panel.getByText(/已取消。已下载的 \d+ 个文件会保留/)).toBeVisible();
	await panel.getByRole('button', { name: '离线下载全部内容' }).click();
	await expect(panel.getByText('已下载全部内容')).toBeVisible({ timeout: 60_000 });
});

test('an offline download that loses the network says so in Chinese, keeps what it fetched, and finishes later', async ({
	page,
	context
}) => {
	const panel = await openOfflinePanel(page);
	await context.setOffline(true);
	await panel.getByRole('button', { name: '离线下载全部内容' }).click();
	await expect(panel.getByRole('alert')).toContainText(/下载中断（网络中断，没有取到 \/.+）/);
	await expect(panel.getByRole('alert')).toContainText(/已下载的 \d+ 个文件会保留/);
	await context.setOffline(false);
	await panel.getByRole('button', { name: '离线下载全部内容' }).click();
	await expect(panel.getByText('已下载全部内容')).toBeVisible({ timeout: 60_000 });
});
