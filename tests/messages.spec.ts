import { expect, test } from './test';
import { openPage } from './helpers';
import { encodeText } from '../src/lib/analytics/import/encode-text';

test('the delivered-value calculator refuses values outside 0–100 beside the field', async ({
	page
}) => {
	await openPage(page, '/lab/delivered-value/');
	const product = page.getByLabel('本企业的产品价值');
	await expect(page.getByTestId('firm-delivered')).toHaveText('20');
	for (const bad of ['-50', '500']) {
		await product.fill(bad);
		await expect(page.getByRole('alert')).toContainText(`${bad} 超出 0–100，未采用：仍按 40 计算`);
		await expect(page.getByTestId('firm-delivered')).toHaveText('20');
	}
	await product.blur();
	await expect(product).toHaveValue('40');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await product.fill('60');
	await expect(page.getByTestId('firm-delivered')).toHaveText('40');
});

test('the sBG lab says over- or underestimate from the numbers it shows', async ({ page }) => {
	await openPage(page, '/lab/clv/');
	await page.getByRole('button', { name: '普通客户样本' }).click();
	for (const renewals of ['0', '3', '8']) {
		await page.getByLabel('已续约次数').fill(renewals);
		const sbg = Number(await page.getByTestId('sbg-derl').textContent());
		const constant = Number(await page.getByTestId('constant-derl').textContent());
		const verdict = page.getByTestId('derl-verdict');
		if (constant > sbg) await expect(verdict).toContainText('高估');
		else if (constant < sbg) await expect(verdict).toContainText('低估');
		else await expect(verdict).toContainText('相同');
		await expect(verdict).toContainText(Math.abs(constant - sbg).toFixed(2));
	}
});

test('keyword hints agree with the ticks, and 利润 inside 成本利润分析 does not count', async ({
	page
}) => {
	await openPage(page, '/cases/icbc-lifecycle/');
	await page
		.getByRole('textbox', { name: '第 1 题的答案' })
		.fill('工商银行对客户做成本利润分析，并提供个性化服务，开展新业务。');
	await page.getByRole('button', { name: '提交并查看参考答案' }).first().click();
	const points = page.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
	await expect(points).toHaveCount(6);
	// Conclusion: 个性化, 满意度, 忠诚度, 利润 — only 个性化 is there as a whole term.
	await expect(points.nth(5).getByRole('checkbox')).not.toBeChecked();
	await expect(points.nth(5)).toContainText('只出现「个性化」');
	await expect(points.nth(5)).toContainText('不建议给分');
	// Stages: 新业务 is one of five keywords, too few to tick, and the hint says so.
	await expect(points.nth(0).getByRole('checkbox')).not.toBeChecked();
	await expect(points.nth(0)).toContainText('只出现「新业务」');
	for (let i = 0; i < 6; i++) {
		const ticked = await points.nth(i).getByRole('checkbox').isChecked();
		// Ticked exactly where the hint suggests the point.
		const text = (await points.nth(i).textContent()) ?? '';
		expect(text.includes('，建议给分'), text).toBe(ticked);
	}
});

test('a segmentation file with no usable rows is reported beside 开始分析, focused, with no stale hint', async ({
	page
}) => {
	await openPage(page, '/lab/segmentation/');
	const upload = (name: string, text: string) =>
		page.getByLabel('选择文件…').setInputFiles({
			name,
			mimeType: 'text/csv',
			buffer: Buffer.from(encodeText(text, 'utf-8'))
		});
	await upload(
		'good.csv',
		'会员名称,消费时间,实收\nA,2024-03-01,10\nB,2024-03-02,20\nC,2024-03-05,30'
	);
	await page.getByLabel('客户编号列').selectOption('会员名称');
	await page.getByLabel('日期列').selectOption('消费时间');
	await page.getByLabel('金额列').selectOption('实收');
	await page.getByRole('button', { name: '开始分析' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已分析“good.csv”' })).toBeVisible();

	await upload('bad-dates.csv', '会员名称,消费时间,实收\nA,昨天,10\nB,下周二,20');
	await page.getByRole('button', { name: '开始分析' }).click();
	const problem = page.getByRole('alert').filter({ hasText: '没有可用的交易' });
	await expect(problem).toBeVisible();
	await expect(problem).toBeFocused();
	await expect(problem).toBeInViewport();
	await expect(page.getByRole('alert')).toHaveCount(1);
	await expect(page.getByText('已分析“good.csv”')).toHaveCount(0);
});

test('a page that cannot be found offers a backup export', async ({ page }) => {
	await openPage(page, '/learn/');
	// A client-side move to a chapter that does not exist: the app's own error page.
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/learn/no-such-chapter/';
		link.textContent = '不存在的章节';
		document.querySelector('main')?.append(link);
	});
	await page.getByRole('link', { name: '不存在的章节' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出备份' }).click();
	expect((await download).suggestedFilename()).toMatch(/^crm-workbench-backup-/);
});

test('a failure no page code caught is shown in Chinese with a backup offer, not only logged', async ({
	page
}) => {
	await openPage(page, '/practice/');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.evaluate(() => {
		void Promise.reject(new Error('模拟的写入失败'));
	});
	const banner = page.getByRole('alert').filter({ hasText: '有一项操作没有完成' });
	await expect(banner).toBeVisible();
	await expect(banner.getByRole('button', { name: '导出备份' })).toBeVisible();
	await banner.getByRole('button', { name: '知道了' }).click();
	await expect(banner).toHaveCount(0);
});
