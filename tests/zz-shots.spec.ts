import { test } from '@playwright/test';
import { openPage } from './helpers';
for (const width of [1280, 375]) {
	test(`shots ${width}`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await openPage(page, '/learn/loyalty/');
		const box = page.getByRole('textbox', { name: /支持 Markdown/ });
		await box.fill('读后感 ![跟踪](https://tracker.example/pixel.gif?who=me&campaign=very-long-tracking-parameter-value)\n\n**要点**：忠诚分为行为忠诚和态度忠诚。');
		await page.getByLabel('笔记预览').getByRole('link').waitFor();
		await page.getByLabel('笔记预览').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/shots/note-link-${width}.png` });
		await box.fill(`${'>'.repeat(2500)} 最里面的一句`);
		await page.getByLabel('笔记预览').getByRole('note').waitFor();
		await page.getByLabel('笔记预览').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/shots/note-deep-${width}.png` });
		await box.fill('');
		await openPage(page, '/cases/icbc-lifecycle/');
		await page.getByRole('textbox', { name: '第 1 题的答案' }).fill(`${'>'.repeat(300)} 客户生命周期\n\n![](http://t.example/a.png)`);
		await page.getByRole('button', { name: '预览' }).first().click();
		await page.getByLabel('答案预览').getByRole('note').waitFor();
		await page.getByLabel('答案预览').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/shots/case-preview-${width}.png` });
	});
}
