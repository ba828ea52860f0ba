import { expect, test } from './test';
import { openPage } from './helpers';

test('the satisfaction simulator reproduces Xerox, reacts to its sliders and saves scenarios', async ({
	page
}) => {
	await openPage(page, '/lab/');
	await page.getByRole('link', { name: '满意度与忠诚度模拟器' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('满意度与忠诚度模拟器');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	// The Xerox preset: a 5 is about six times as loyal as a 4.
	await page.getByRole('button', { name: '施乐（激烈竞争）' }).click();
	await expect(page.getByTestId('ratio')).toHaveText('6.0 倍');
	await expect(page.getByTestId('remedy')).toContainText('让渡价值');

	// Less competition flattens the gap between 4 and 5.
	const before = await page.getByTestId('repurchase').textContent();
	await page.getByRole('slider', { name: /竞争强度/ }).fill('0.2');
	await expect(page.getByTestId('ratio')).not.toHaveText('6.0 倍');
	await expect(page.getByTestId('repurchase')).not.toHaveText(before ?? '');

	await page.getByLabel('方案名称').fill('低竞争');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();

	await page.reload();
	await expect(page.getByTestId('ratio')).toHaveText('6.0 倍');
	await page.getByRole('button', { name: '打开“低竞争”' }).click();
	await expect(page.getByRole('slider', { name: /竞争强度/ })).toHaveValue('0.2');
	await expect(page.getByTestId('ratio')).not.toHaveText('6.0 倍');
});

test('the delivered value calculator compares with a rival and names the weakest lever', async ({
	page
}) => {
	await openPage(page, '/lab/delivered-value/');
	await expect(page.getByTestId('firm-delivered')).toHaveText('20');
	await expect(page.getByTestId('rival-delivered')).toHaveText('5');
	await expect(page.getByTestId('verdict')).toContainText('顾客从本企业得到的让渡价值更大');

	await page.getByLabel('竞争对手的服务价值').fill('40');
	await expect(page.getByTestId('rival-delivered')).toHaveText('35');
	await expect(page.getByTestId('verdict')).toContainText('对手给顾客的让渡价值更大');
	await expect(page.getByTestId('verdict')).toContainText('服务价值');

	await page.getByLabel('方案名称').fill('对手服务升级');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('rival-delivered')).toHaveText('5');
	await page.getByRole('button', { name: '打开“对手服务升级”' }).click();
	await expect(page.getByTestId('rival-delivered')).toHaveText('35');
});

test('Kano analysis classifies the sample survey, reports bad rows and reclassifies edited data', async ({
	page
}) => {
	await openPage(page, '/lab/kano/');
	const row = (name: string) => page.locator(`tr[data-feature="${name}"]`);
	await expect(row('登录时的安全验证')).toContainText('必备属性');
	await expect(row('登录时的安全验证')).toContainText('当然质量');
	await expect(row('生日当天的祝福和小礼品')).toContainText('迷人质量');
	await expect(row('每次打开都弹出的广告')).toContainText('反向属性');

	const data = page.getByRole('textbox', { name: '问卷数据' });
	await data.fill('功能,正向,反向\n夜间模式,1,3\n夜间模式,1,5\n夜间模式,1,5\n夜间模式,很好,5');
	await expect(row('夜间模式')).toContainText('期望属性');
	await expect(page.getByRole('alert')).toContainText('第 5 行');

	await page.getByLabel('方案名称').fill('夜间模式调查');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();
	await page.reload();
	await expect(row('夜间模式')).toHaveCount(0);
	await page.getByRole('button', { name: '打开“夜间模式调查”' }).click();
	await expect(row('夜间模式')).toContainText('期望属性');
});

test('the lifecycle simulator moves customers when the budget moves, and keeps scenarios', async ({
	page
}) => {
	await openPage(page, '/lab/lifecycle/');
	const number = async (id: string) =>
		Number(((await page.getByTestId(id).textContent()) ?? '').replace(/[^\d-]/g, ''));
	const crossSellWithout = await number('final-crossSell');
	await page.getByRole('button', { name: '发展老客户' }).click();
	await expect(page.getByTestId('final-crossSell')).not.toHaveText(String(crossSellWithout));
	expect(await number('final-crossSell')).toBeGreaterThan(crossSellWithout);

	// Acquisition wins more prospects early: customer value over the horizon rises.
	const valueBefore = await number('value');
	await page.getByRole('slider', { name: /数据库营销/ }).fill('150');
	await expect(page.getByTestId('value')).not.toHaveText(valueBefore.toLocaleString('zh-CN'));
	expect(await number('value')).toBeGreaterThan(valueBefore);

	await page.getByLabel('方案名称').fill('获取加发展');
	await page.getByRole('button', { name: '保存方案' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存方案' })).toBeVisible();
	await page.reload();
	await page.getByRole('button', { name: '打开“获取加发展”' }).click();
	await expect(page.getByRole('slider', { name: /数据库营销/ })).toHaveValue('150');
	await expect(page.getByRole('slider', { name: /一对一营销/ })).toHaveValue('100');
});

test('the loyalty sorter works by keyboard alone, and by dragging', async ({ page }) => {
	const { CARDS, TYPES } = await import('../src/lib/analytics/loyalty-types');
	await openPage(page, '/lab/loyalty-types/');
	for (const card of CARDS) {
		const select = page.locator(`[data-card="${card.id}"] select`);
		await select.focus();
		const steps = TYPES.six.indexOf(card.answer.six) + 1;
		for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('region', { name: card.answer.six })).toContainText(card.text);
	}
	await page.getByRole('button', { name: '检查答案' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('loyalty-score')).toHaveText(
		`答对 ${CARDS.length} / ${CARDS.length}`
	);

	await page.getByRole('button', { name: /七种类型/ }).click();
	await expect(page.getByRole('heading', { name: `待分类（${CARDS.length}）` })).toBeVisible();
	// Card and target both on screen, as when a person drags one onto the other.
	await page.setViewportSize({ width: 1280, height: 2000 });
	const water = page.locator('[data-card="water"]');
	const monopoly = page.getByRole('region', { name: '垄断忠诚' });
	await water.locator('p').first().dragTo(monopoly);
	await expect(monopoly).toContainText(CARDS[0].text);
	await page.getByRole('button', { name: '检查答案' }).click();
	await expect(page.getByTestId('loyalty-score')).toHaveText(`答对 1 / ${CARDS.length}`);
	await expect(water.getByRole('status')).toContainText('正确');
});

test("each lab's 这个实验说明了什么 panel links to its own chapters and cases, also after moving between labs", async ({
	page
}) => {
	await openPage(page, '/lab/');
	await page.getByRole('link', { name: '客户终身价值实验室' }).click();
	const panel = page.getByRole('complementary', { name: '这个实验说明了什么' });
	await expect(panel.getByRole('link', { name: '第 3 章 客户价值' })).toBeVisible();
	await expect(panel.getByRole('link', { name: /屈臣氏/ })).toHaveCount(0);

	// To another lab through the lab list, without a page load: its own links replace these.
	await page
		.getByRole('navigation', { name: '位置' })
		.getByRole('link', { name: '实验室' })
		.click();
	await page.getByRole('link', { name: '客户细分实验室' }).click();
	await expect(panel.getByRole('link', { name: '第 4 章 客户细分与大客户管理' })).toBeVisible();
	await expect(panel.getByRole('link', { name: '第 3 章 客户价值' })).toHaveCount(0);
	await panel.getByRole('link', { name: '案例：屈臣氏的客户细分与客户价值' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('屈臣氏');
});
