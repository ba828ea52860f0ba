import { openPage } from './helpers';
import { expect, test } from './test';

test.use({ serviceWorkers: 'allow' });

test('after one visit the site works offline: read a chapter, search, answer a question', async ({
	page,
	context
}) => {
	await openPage(page, '/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		}
	});
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
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		}
	});
	// …and the page was not reloaded under the learner: the results are still there.
	await page.waitForLoadState('load');
	await expect(page.getByRole('heading', { name: /读取结果：零售样例数据/ })).toBeVisible();
});
