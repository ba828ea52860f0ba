/**
 * Hostile and odd input across surfaces (issue 24). The per-surface files hold most of it:
 * csp.spec.ts (the policy on every page), hostile-markdown.spec.ts (Markdown that cannot freeze
 * or break a page), hostile-imports.spec.ts (question banks, backups, lab scenarios, a blocked
 * database), teach-hostile.spec.ts (assignment links, submissions, marking). This file holds
 * what crosses them: a megabyte of text typed into, and the large-file paths that report
 * progress. /work/notes/hostile-table.md counts the inputs tried per surface.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { notePreview, openPage, watchForProblems } from './helpers';
import { sha256Hex } from '../src/lib/sha256';

/** About 1 MB of ordinary Markdown: paragraphs of a few hundred characters. */
function megabyteNote(): string {
	const paragraphs: string[] = [];
	let length = 0;
	for (let i = 1; length < 1_000_000; i++) {
		const paragraph = `${i}. **客户价值**：${'购买频次 × 客单价 × 关系年限，'.repeat(12)}\n\n`;
		paragraphs.push(paragraph);
		length += paragraph.length;
	}
	return paragraphs.join('');
}

test('a 1 MB note takes typing at its end and keeps every character through an immediate reload', async ({
	page
}) => {
	test.slow();
	const note = megabyteNote();
	await openPage(page, '/learn/crm-basics/');
	const box = page.getByRole('textbox', { name: /支持 Markdown/ });
	// Pasted in one go (typing a megabyte key by key would take hours).
	await box.evaluate((element: HTMLTextAreaElement, text) => {
		element.value = text;
		element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
	}, note);
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible({
		timeout: 60_000
	});
	await box.press('Control+End');
	await box.pressSequentially('末尾补充');
	// No pause for the save: the journal must already hold the typing when the page goes.
	await page.reload();
	await expect(box).toBeEnabled({ timeout: 60_000 });
	await expect(box).toHaveValue(`${note}末尾补充`, { timeout: 60_000 });
	// The preview says why it shows raw text rather than freezing to lay a megabyte out.
	const preview = await notePreview(page);
	await expect(preview.getByRole('note')).toContainText('超过排版上限 200,000 个字符');
});

test('a 10,000-question GIFT file is read off the page with progress, and every question imports', async ({
	page
}) => {
	test.slow();
	const questions = Array.from(
		{ length: 10_000 },
		(_, i) =>
			`::第${i + 1}题:: 客户终身价值第 ${i + 1} 问：下列哪项最重要？ {=购买频次 ~客单价 ~关系年限 ~以上都不是}`
	).join('\n\n');
	await openPage(page, '/practice/exchange/');
	await expect(page.getByText('每个文件不超过 20 MB')).toBeVisible();
	await page.getByLabel('选择题目文件…').setInputFiles({
		name: '万题.gift.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(questions)
	});
	// While the worker reads, the page answers: the format can still be changed.
	await page.getByLabel('格式').selectOption('gift');
	await expect(page.getByText(/读到\s*10000\s*道可用的题/)).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: '导入 10000 题' }).click();
	await expect(page.getByTestId('my-question-count')).toHaveText('共 10000 题', {
		timeout: 60_000
	});
});

test('a backup of tens of megabytes is checked off the page with progress, then imports; a damaged one changes nothing', async ({
	page
}) => {
	test.slow();
	const answer = '客户生命周期价值取决于留存率、客单价与贴现率。'.repeat(50);
	const tables = {
		attempts: Array.from({ length: 6_000 }, (_, i) => ({
			id: i + 1,
			questionId: `q-${i % 400}`,
			chapter: 'loyalty',
			answeredAt: 1_700_000_000_000 + i * 60_000,
			correct: i % 3 !== 0,
			response: `${answer}${i}`,
			source: 'drill'
		}))
	};
	const backup = {
		app: 'crm-workbench',
		schemaVersion: 6,
		exportedAt: new Date().toISOString(),
		counts: { attempts: 6_000 },
		checksum: sha256Hex(JSON.stringify(tables)),
		tables
	};
	const text = JSON.stringify(backup);
	expect(Buffer.byteLength(text)).toBeGreaterThan(20_000_000);
	await openPage(page, '/me/');
	await page.getByLabel('导入备份…').setInputFiles({
		name: '大备份.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.replace('"correct":true', '"correct":"是"'))
	});
	await expect(page.getByRole('alert')).toContainText('无法导入「大备份.json」：校验和不符', {
		timeout: 60_000
	});
	await page.getByLabel('导入备份…').setInputFiles({
		name: '大备份.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	// The page answers while the worker checks: the theme can be changed.
	await page.getByRole('combobox', { name: '配色主题' }).selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('button', { name: '确认导入' }).click({ timeout: 90_000 });
	await expect(page.getByRole('status').filter({ hasText: '已把备份合并进本机数据' })).toBeVisible({
		timeout: 60_000
	});
	// And exported again, through the same worker.
	const download = page.waitForEvent('download', { timeout: 90_000 });
	await page.getByRole('button', { name: '导出备份' }).click();
	const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
		counts?: { attempts?: number };
	};
	expect(exported.counts?.attempts).toBe(6_000);
});

test('the CLV lab maps a header with empty and repeated names like the segmentation lab', async ({
	page
}) => {
	const problems = watchForProblems(page);
	const rows = [',客户编号,交易日期,金额,金额,'];
	for (let i = 0; i < 30; i++)
		rows.push(
			`${i},C${i % 6},2024-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')},1,${10 + i},`
		);
	await openPage(page, '/lab/clv/');
	await page.getByLabel('交易文件').setInputFiles({
		name: 'excel-export.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(rows.join('\n'))
	});
	const amount = page.getByRole('combobox', { name: /^金额列/ });
	await expect(amount.getByRole('option')).toContainText([
		'第 1 列',
		'金额',
		'金额 (2)',
		'第 6 列'
	]);
	await amount.selectOption('金额 (2)');
	await expect(page.getByTestId('loaded-summary')).toContainText('30');
	expect(problems.filter((p) => /each_key_duplicate|page error/.test(p))).toEqual([]);
});
