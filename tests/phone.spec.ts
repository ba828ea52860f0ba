import { expect, test } from './test';
import { axeViolations, builtRoutes, layoutProblems, openPage, overlappingTexts } from './helpers';

test.use({ viewport: { width: 375, height: 800 } });

for (const route of builtRoutes()) {
	test(`${route} at 375 px: no sideways scroll, every chart fits its frame, axe finds nothing`, async ({
		page
	}) => {
		await openPage(page, route);
		await page.waitForLoadState('networkidle');
		expect(await layoutProblems(page)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('at 375 px the segmentation lab lays out its charts for the phone, bank tiers too', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	for (const sample of ['零售样例数据', '银行样例数据']) {
		await page.getByRole('button', { name: sample }).click();
		await expect(
			page.getByRole('heading', { name: new RegExp(`读取结果：${sample}`) })
		).toBeVisible();
		await expect(page.locator('.figure-art svg').first()).toBeVisible();
		expect(await layoutProblems(page)).toEqual([]);
	}
});

test('at 375 px the lifecycle simulator and the Kano lab fit their charts', async ({ page }) => {
	for (const route of ['/lab/lifecycle/', '/lab/kano/']) {
		await openPage(page, route);
		await expect(page.locator('.figure-art svg').first()).toBeVisible();
		expect(await layoutProblems(page)).toEqual([]);
	}
});

test('at 375 px the satisfaction survey lab shows its IPA chart and path diagram whole', async ({
	page
}) => {
	await openPage(page, '/lab/satisfaction-survey/');
	await page.getByRole('button', { name: '样例问卷' }).click();
	await expect(page.locator('.figure-art svg').first()).toBeVisible();
	expect(await layoutProblems(page)).toEqual([]);
	// The path diagram runs its layers downwards: drawn near full size, not shrunk to a smudge.
	const diagram = page.getByRole('img', { name: '路径图' });
	await expect(diagram).toBeVisible();
	const box = await diagram.boundingBox();
	const viewBoxWidth = await diagram.evaluate(
		(svg) => (svg as SVGSVGElement).viewBox.baseVal.width
	);
	expect(box!.width / viewBoxWidth).toBeGreaterThan(0.9);
});

test('at 375 px the lifecycle patterns lab fits its pattern, cohort and survival charts', async ({
	page
}) => {
	await openPage(page, '/lab/lifecycle-patterns/');
	await page.getByRole('button', { name: '样例商店数据' }).click();
	// The sample is generated and analysed in a worker: on a busy two-core runner that took > 10 s.
	await expect(page.getByRole('heading', { name: /读取结果：样例商店数据/ })).toBeVisible({
		timeout: 30_000
	});
	await expect(page.locator('.figure-art svg').first()).toBeVisible();
	expect(await layoutProblems(page)).toEqual([]);
});

test('at 375 px the bank CRM figure stacks its three parts and keeps its text full size', async ({
	page
}) => {
	await openPage(page, '/learn/banking-ecommerce/');
	const figure = page.getByRole('img', { name: '图：商业银行 CRM 系统的组成与数据流向' });
	await figure.scrollIntoViewIfNeeded();
	const scale = await figure.evaluate(
		(svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
	);
	expect(scale).toBeGreaterThan(0.9);
	const tops = [];
	for (const part of ['客户联系', '业务处理', '客户关系分析中心'])
		tops.push((await figure.getByText(part, { exact: true }).boundingBox())!.y);
	expect(tops).toEqual([...tops].sort((a, b) => a - b));
	expect(tops[1] - tops[0]).toBeGreaterThan(60);
	expect(await overlappingTexts(figure)).toEqual([]);
});

test('at 375 px no two names are drawn over each other in the Kano and IPA charts', async ({
	page
}) => {
	await openPage(page, '/lab/kano/');
	const betterWorse = page.getByRole('img', { name: 'Better–Worse 系数图' });
	await expect(betterWorse).toBeVisible();
	expect(await overlappingTexts(betterWorse)).toEqual([]);

	await openPage(page, '/lab/satisfaction-survey/');
	await page.getByRole('button', { name: '样例问卷' }).click();
	const ipa = page.getByRole('img', { name: '重要性—绩效矩阵' });
	await expect(ipa).toBeVisible();
	expect(await overlappingTexts(ipa)).toEqual([]);
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true });

	test('tapping a glossary term shows its definition inside the screen; a second tap opens the glossary', async ({
		page
	}) => {
		await openPage(page, '/learn/segmentation/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const terms = page.locator('.body a[aria-describedby]');
		// The term nearest the right edge: its tip is the one that would run off the screen.
		const rights = await terms.evaluateAll((links) =>
			links.map((link) => link.getBoundingClientRect().right)
		);
		const term = terms.nth(rights.indexOf(Math.max(...rights)));
		const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
		await term.scrollIntoViewIfNeeded();
		await expect(async () => {
			await term.tap();
			await expect(tip).toBeVisible({ timeout: 1000 });
		}).toPass();
		await expect(page).toHaveURL(/\/learn\/segmentation\/$/);
		await expect(async () => {
			const box = await tip.boundingBox();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(375);
		}).toPass();
		expect(await layoutProblems(page)).toEqual([]);
		await term.tap();
		await expect(page).toHaveURL(/\/glossary\/#/);
	});
});
