import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { openPage } from './helpers';

/** Text that deflate cannot shrink much: random characters from the common CJK block. */
function randomChinese(length: number): string {
	let seed = 11;
	const next = () => (seed = (seed * 48271) % 2147483647);
	return Array.from({ length }, () => String.fromCharCode(0x4e00 + (next() % 20_000))).join('');
}

async function newCase(page: Page, title: string, text: string) {
	await openPage(page, '/teach/cases/');
	await page.getByRole('button', { name: '新建案例' }).click();
	await page.getByLabel('案例标题').fill(title);
	await page.getByRole('textbox', { name: '案例正文' }).fill(text);
	await page.getByLabel('第 1 小题题干').fill('请分析。');
	await page.getByLabel('第 1 小题要点 1', { exact: true }).fill('说出要点');
	await expect(page.getByText('案例已完整')).toBeVisible();
	await expect(page.getByText('案例已保存在本机')).toBeVisible();
}

test('closed-book work offers only own cases, and a case too long for a link goes to students as a file', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const page = await (await browser.newContext()).newPage();
	const text = `开头一句。${randomChinese(29_000)}`;
	await newCase(page, '很长的案例', text);
	await expect(page.getByText(`${text.length} / 30000 个字符`)).toBeVisible();

	await openPage(page, '/teach/');
	await page.getByRole('button', { name: '新建作业' }).click();
	await page.getByLabel('标题', { exact: true }).fill('闭卷作业');
	await expect(page.getByRole('group', { name: '题库题目' })).toBeVisible();
	await page.getByLabel('只用我自己的题目和案例（闭卷作业）').check();
	await expect(page.getByRole('group', { name: '题库题目' })).toHaveCount(0);
	await expect(page.getByRole('group', { name: '案例题' })).toHaveCount(0);
	await expect(
		page.getByRole('note').filter({ hasText: '本站题库和本站案例不会出现' })
	).toBeVisible();
	await page.getByRole('checkbox', { name: /^第 1 题（案例分析，2 分）请分析/ }).check();
	await page.getByRole('button', { name: '加入所选自编案例题' }).click();
	await page.getByRole('button', { name: '生成作业链接' }).click();
	await expect(page.getByRole('alert')).toContainText('超过 64,000 的上限');
	await expect(page.getByRole('alert')).toContainText('请点「下载作业文件」');
	await expect(page.getByLabel(/作业链接/)).toHaveCount(0);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载作业文件' }).click();
	const file = await download;
	const body = readFileSync(await file.path(), 'utf8');
	expect(JSON.parse(body)).toMatchObject({
		ownContentOnly: true,
		cases: [{ title: '很长的案例' }]
	});

	const student = await (await browser.newContext()).newPage();
	await openPage(student, '/teach/assignment/');
	await student.getByLabel('打开作业文件…').setInputFiles({
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(body)
	});
	await student.getByLabel('姓名').fill('丁');
	await student.getByLabel('学号').fill('2026010');
	await student.getByRole('button', { name: '开始作答' }).click();
	await expect(student.getByText('案例材料：很长的案例')).toBeVisible();
	await expect(student.getByText(/^开头一句。/)).toBeVisible();
});

test("an instructor rewrites a site case's scoring points for the class; students see those after handing in", async ({
	page
}) => {
	await openPage(page, '/teach/');
	await page.getByRole('button', { name: '新建作业' }).click();
	await page.getByLabel('标题', { exact: true }).fill('本班要点');
	await page
		.getByRole('combobox', { name: /^案例/ })
		.selectOption({ label: '中国工商银行的客户生命周期管理' });
	await page.getByRole('checkbox', { name: /^第 1 题（案例分析，20 分）/ }).check();
	await page.getByRole('button', { name: '加入所选案例题' }).click();
	await page.getByRole('button', { name: '为本班修改第 1 题的评分要点' }).click();
	await page.getByLabel('第 1 题要点 1', { exact: true }).fill('本班要点：说出四个阶段的名称');
	await page.getByLabel('第 1 题要点 1 的分值').fill('5');
	// 20 − 1 + 5: the item's marks follow the points.
	await expect(page.getByTestId('total-marks')).toHaveText('24');
	await page.getByRole('button', { name: '完成修改' }).click();
	await expect(page.getByText(/第 1 题（评分要点已修改）/)).toBeVisible();

	await page.getByRole('button', { name: '以学生身份预览' }).click();
	const preview = page.getByRole('region', { name: '学生视图预览' });
	await preview.getByLabel('显示提交后的参考答案').check();
	await expect(preview.getByText('本班要点：说出四个阶段的名称（5 分）')).toBeVisible();

	await page.getByRole('button', { name: '第 1 题恢复本站评分要点' }).click();
	await expect(page.getByTestId('total-marks')).toHaveText('20');
	await expect(preview.getByText('本班要点：说出四个阶段的名称（5 分）')).toHaveCount(0);
});

test('a scoring point typed just before leaving the case editor is kept, and is offered on /teach/', async ({
	page
}) => {
	await openPage(page, '/teach/cases/');
	await page.getByRole('button', { name: '新建案例' }).click();
	await page.getByLabel('案例标题').fill('茶饮店会员');
	await page.getByRole('textbox', { name: '案例正文' }).fill('一家茶饮店想留住老顾客。');
	await page.getByLabel('第 1 小题题干').fill('请分析。');
	await expect(page.getByText('案例已保存在本机')).toBeVisible();
	// The last point is typed and the instructor leaves at once, through the site's navigation.
	await page.getByLabel('第 1 小题要点 1', { exact: true }).fill('说出要点');
	await page
		.getByRole('navigation', { name: '主导航' })
		.getByRole('link', { name: '教师' })
		.click();

	await page.getByRole('button', { name: '新建作业' }).click();
	await page.getByLabel('只用我自己的题目和案例（闭卷作业）').check();
	await expect(
		page.getByRole('checkbox', { name: /^第 1 题（案例分析，2 分）请分析/ })
	).toBeVisible();
	await page.getByRole('link', { name: '编写我的案例' }).click();
	await page.getByRole('button', { name: '编辑案例「茶饮店会员」' }).click();
	await expect(page.getByLabel('第 1 小题要点 1', { exact: true })).toHaveValue('说出要点');
});
