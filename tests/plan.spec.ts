import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test';
import { parse as parseYaml } from 'yaml';
import type { Question } from '../src/lib/content/schema';
import { openPage, siteDatabaseReady, watchForProblems } from './helpers';

const bank: Question[] = readdirSync('content/questions')
	.filter((name) => name.endsWith('.yaml'))
	.flatMap((name) => parseYaml(readFileSync(`content/questions/${name}`, 'utf8')) as Question[]);
const byStem = new Map(bank.map((q) => [q.stem, q]));
const topicCount = (parseYaml(readFileSync('content/topics.yaml', 'utf8')) as unknown[]).length;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers the question on screen wrongly, whatever its kind (options are shown shuffled). */
async function answerWrongly(page: Page): Promise<void> {
	const stem = (await page.locator('.stem').textContent())?.trim() ?? '';
	const question = byStem.get(stem);
	if (!question) throw new Error(`题库里找不到题干：${stem}`);
	const options = question.options ?? [];
	const letters = options.map((_, i) => String.fromCharCode(65 + i));
	const option = (role: 'radio' | 'checkbox', text: string) =>
		page.getByRole(role, { name: new RegExp(`^[A-H] ${escapeRegExp(text)}$`) });
	if (question.type === 'single') {
		await option('radio', options[letters.findIndex((l) => l !== question.answer)]).check();
	} else if (question.type === 'multiple') {
		const key = question.answer as string[];
		await option('checkbox', options[letters.indexOf(key[0])]).check();
	} else if (question.type === 'truefalse') {
		await page.getByRole('radio', { name: question.answer ? '错' : '对' }).check();
	} else {
		await page.getByRole('textbox', { name: '你的答案' }).fill('不知道');
	}
	await page.getByRole('button', { name: '提交答案' }).click();
	if (!['single', 'multiple', 'truefalse'].includes(question.type)) {
		for (const box of await page.locator('.marking input[type=checkbox]').all())
			await box.uncheck();
		await page.getByRole('button', { name: '确认得分' }).click();
	}
}

/** A local date `days` from today in the browser, as the date field takes it. */
const dateIn = (page: Page, days: number) =>
	page.evaluate((n) => {
		const d = new Date();
		d.setDate(d.getDate() + n);
		const pad = (x: number) => String(x).padStart(2, '0');
		return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
	}, days);

async function setExamDate(page: Page, days: number): Promise<string> {
	await openPage(page, '/plan/');
	const examDate = await dateIn(page, days);
	await page.getByLabel('考试日期').fill(examDate);
	await page.getByLabel('每天学习时间（分钟）').fill('60');
	await page.getByRole('button', { name: '保存并生成计划' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	return examDate;
}

test('a learner plans to an exam 30 days ahead, exports the calendar, does today’s drill from the Today card, and keeps it all after a reload', async ({
	page
}) => {
	// Some 20 page visits and a drill: longer than the default half minute on a shared machine.
	test.setTimeout(120_000);
	const examDate = await setExamDate(page, 30);
	const days = page.getByTestId('plan-day');
	await expect(days).toHaveCount(30);
	await expect(days.first()).toContainText('今天');
	await expect(
		page.getByRole('heading', { name: `每日计划：距 ${examDate} 考试还有 30 天` })
	).toBeVisible();
	const studyDays = await days.filter({ has: page.getByRole('listitem') }).count();
	expect(studyDays).toBeGreaterThan(20);

	// The calendar: one all-day event per study day, the first today, tasks in the description.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: `下载日历文件（.ics，${studyDays} 个学习日）` }).click()
	]);
	expect(download.suggestedFilename()).toBe(`crm-study-plan-${examDate}.ics`);
	const ics = readFileSync((await download.path()) as string, 'utf8');
	expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
	expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
	expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(studyDays);
	expect(ics.match(/^END:VEVENT\r$/gm)).toHaveLength(studyDays);
	const today = await dateIn(page, 0);
	expect(ics).toContain(`DTSTART;VALUE=DATE:${today.replaceAll('-', '')}`);
	expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:· 阅读第 1 章 客户关系管理概述');

	const counts = page.getByTestId('mastery-counts');
	await expect(counts).toContainText(`未学 ${topicCount} 个`);
	await expect(page.getByTestId('prediction-trend')).toHaveCount(0);
	const predicted = async () =>
		`${await page.getByTestId('predicted-score').textContent()} ${await page.getByTestId('predicted-interval').textContent()}`;
	const before = await predicted();

	// Today's new questions, started from the Today card on the home page.
	await openPage(page, '/');
	const card = page.getByRole('region', { name: /今天的学习任务/ });
	await expect(card).toContainText('距考试 30 天');
	const start = card.getByRole('link', { name: /^开始：第 1 章 客户关系管理概述新题 \d+ 道$/ });
	const planned = Number((await start.getAttribute('aria-label'))?.match(/(\d+) 道$/)?.[1]);
	await start.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('计划中的新题');
	for (let n = 1; n <= planned; n++) {
		await expect(page.getByText(`第 ${n} / ${planned} 题`)).toBeVisible();
		await answerWrongly(page);
		await page.getByRole('button', { name: n < planned ? '下一题' : '查看结果' }).click();
	}
	await expect(page.getByText(`答对 0 / ${planned}`)).toBeVisible();

	// The plan page now counts those points as practised, and the prediction has moved.
	await openPage(page, '/plan/');
	await expect(counts).not.toContainText(`未学 ${topicCount} 个`);
	await expect(counts).toContainText(/薄弱 [1-9]\d* 个/);
	const after = await predicted();
	expect(after).not.toBe(before);
	// Two weeks and one week ago nothing had been answered: the prediction then was the first one.
	const first = /约 (\d+) 分/.exec(before)?.[1];
	await expect(page.getByTestId('prediction-trend')).toContainText(
		`两周前约 ${first} 分 → 一周前约 ${first} 分 → 现在约`
	);
	const firstDay = days.first();
	await expect(firstDay).not.toContainText(`新题 ${planned} 道（15 分钟）开始`);

	await page.reload();
	await expect(page.getByLabel('考试日期')).toHaveValue(examDate);
	await expect(page.getByLabel('每天学习时间（分钟）')).toHaveValue('60');
	await expect(days).toHaveCount(30);
	await expect(counts).toContainText(/薄弱 [1-9]\d* 个/);
	expect(await predicted()).toBe(after);
	await openPage(page, '/me/');
	await expect(page.getByRole('region', { name: /今天的学习任务/ })).toContainText('距考试 30 天');
});

test('a date that gives no plan is refused with a message naming the field, and nothing is stored', async ({
	page
}) => {
	await openPage(page, '/plan/');
	await page.getByRole('button', { name: '保存并生成计划' }).click();
	await expect(page.getByRole('alert')).toHaveText('考试日期：请先选一天。');
	await page.getByLabel('考试日期').fill(await dateIn(page, 0));
	await page.getByRole('button', { name: '保存并生成计划' }).click();
	await expect(page.getByRole('alert')).toHaveText('考试日期：考试日期必须在今天之后。');
	await page.getByLabel('考试日期').fill(await dateIn(page, 10));
	await page.getByLabel('每天学习时间（分钟）').fill('5');
	await page.getByRole('button', { name: '保存并生成计划' }).click();
	await expect(page.getByRole('alert')).toHaveText('每天学习时间须在 20–600 分钟之间。');
	await page.reload();
	await expect(page.getByLabel('考试日期')).toHaveValue('');
	await expect(page.getByTestId('plan-day')).toHaveCount(0);
});

test('a damaged plan setting (as from a broken backup) is named on /plan/, the home page still works, and setting the date again repairs it', async ({
	page
}) => {
	const problems = watchForProblems(page);
	await openPage(page, '/plan/');
	await expect(page.getByLabel('考试日期')).toBeVisible();
	await siteDatabaseReady(page);
	await page.evaluate(
		() =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open('crm-workbench');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({ key: 'examPlan', value: { examDate: 5, daysOff: 'x' } });
					tx.oncomplete = () => {
						open.result.close();
						done();
					};
				};
			})
	);
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('保存的学习计划设置无法识别');
	await expect(page.getByTestId('predicted-score')).toBeVisible();
	await openPage(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The today card (loaded at idle) treats the damaged setting as no plan yet.
	await expect(page.getByRole('link', { name: '设定考试日期' })).toBeVisible();
	await setExamDate(page, 10);
	await expect(page.getByText('保存的学习计划设置无法识别')).toHaveCount(0);
	await expect(page.getByTestId('plan-day')).toHaveCount(10);
	expect(problems).toEqual([]);
});

test('the plan and mastery map fit 375 px without sideways scrolling and pass axe', async ({
	page
}) => {
	// axe over 62 points and 30 days takes a while on a loaded machine.
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 375, height: 800 });
	await setExamDate(page, 30);
	await expect(page.getByTestId('mastery-point')).toHaveCount(topicCount);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	// Keyboard: the drill link of the first point is reachable and named after it.
	const drill = page.getByRole('link', { name: /^5 题练习：/ }).first();
	await drill.focus();
	await expect(drill).toBeFocused();
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

/** Presses Tab until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40) {
	for (let n = 0; n < limit; n++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

test('a learner sets the plan, downloads the calendar and starts a point’s drill by keyboard alone on a phone', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 375, height: 800 });
	await openPage(page, '/plan/');
	const examDate = await dateIn(page, 30);
	const [year, month, day] = examDate.split('-');
	const date = page.getByLabel('考试日期');
	// The date field's parts are typed in the order the browser's locale shows them (year first
	// in Chinese, month first in American English); the year takes up to six digits, so an arrow
	// key moves on from it. Each order is tried on a freshly opened page.
	for (const [attempt, order] of [
		[year, month, day],
		[month, day, year],
		[day, month, year]
	].entries()) {
		if (attempt) await openPage(page, '/plan/');
		await date.focus();
		for (const part of order) {
			await page.keyboard.type(part);
			if (part === year && order.at(-1) !== year) await page.keyboard.press('ArrowRight');
		}
		if ((await date.inputValue()) === examDate) break;
	}
	await expect(date).toHaveValue(examDate);
	// Tab leaves the date's parts for the next field.
	await tabTo(page, page.getByLabel('每天学习时间（分钟）'), 4);
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('45');
	await tabTo(page, page.getByRole('checkbox', { name: '周日' }));
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: '周日' })).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: '保存并生成计划' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	await expect(page.getByTestId('plan-day')).toHaveCount(30);

	const calendar = page.getByRole('button', { name: /^下载日历文件/ });
	await tabTo(page, calendar);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	expect(readFileSync((await download.path()) as string, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

	const drill = page.getByRole('link', { name: /^5 题练习：/ }).first();
	await drill.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('第 1 / 5 题')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

/** A plain sentence from a case's text (no Markdown marks), as the page shows it. */
function caseSentence(slug: string): string {
	const body = readFileSync(`content/cases/${slug}.md`, 'utf8').split(/^---$/m)[2] ?? '';
	const line = body
		.split('\n')
		.map((l) => l.trim())
		.find((l) => l.length > 20 && !/^[#\-*>|!<{0-9]/.test(l) && !/[*[\]`$_<>{}]/.test(l));
	if (!line) throw new Error(`案例 ${slug} 中找不到一句纯文字`);
	return line.slice(0, 16);
}

test('after 交卷 the mock review lists every question with the key and explanation, sets the prediction against the score, opens the case text, and adds a question to the 错题本', async ({
	page
}) => {
	test.setTimeout(120_000);
	page.on('dialog', (dialog) => void dialog.accept());
	await openPage(page, '/practice/mock/');
	await page.getByRole('button', { name: '开始模拟考试' }).click();
	const items = page.locator('section.section').first().locator('li.item');
	await items.nth(0).getByRole('radio').nth(0).check();
	await expect(page.getByText('已答 1 /')).toBeVisible();
	await page.getByRole('button', { name: '交卷' }).click();
	const confirmButtons = page.getByRole('button', { name: '确认得分' });
	await expect(confirmButtons.first()).toBeVisible();
	for (let left = await confirmButtons.count(); left > 0; left--) {
		await confirmButtons.first().click();
		await expect(confirmButtons).toHaveCount(left - 1);
	}
	await page.getByRole('button', { name: '查看成绩' }).click();
	const report = page.getByRole('region', { name: /最近一次成绩/ });
	const score = Number(await report.getByTestId('mock-score').textContent());
	// Nothing practised before the paper: the prediction is the untouched learner's, which one
	// answered question cannot reach.
	await expect(report.getByTestId('mock-predicted')).toHaveText(
		new RegExp(
			`^考前预测约 (\\d+) 分，80% 区间 \\d+–\\d+ 分；实得 ${score} 分，(低于预测区间|落在预测区间内|高于预测区间)。看学习计划中的预测成绩$`
		)
	);
	const predicted = /约 (\d+) 分，80% 区间 (\d+–\d+)/.exec(
		(await report.getByTestId('mock-predicted').textContent()) ?? ''
	);

	// Sections in the paper's order, chapters in the course's order.
	const sectionRows = report
		.getByRole('table')
		.filter({ has: page.getByText('按题型') })
		.locator('tbody tr td:first-child');
	await expect(sectionRows).toHaveText([
		'一、单项选择题',
		'二、多项选择题',
		'三、判断题',
		'四、简答题',
		'五、案例分析题'
	]);
	const chapterTitles = readdirSync('content/chapters')
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => /^title:\s*(.+)$/m.exec(readFileSync(`content/chapters/${name}`, 'utf8'))?.[1]);
	const shownChapters = await report
		.getByRole('table')
		.filter({ has: page.getByText('按章节') })
		.locator('tbody tr td:first-child')
		.allTextContents();
	const positions = shownChapters.map((title) => chapterTitles.indexOf(title.trim()));
	expect(positions.every((p) => p >= 0)).toBe(true);
	expect(positions).toEqual([...positions].sort((a, b) => a - b));

	await report.getByText(/逐题回顾：共 29 道/).click();
	await expect(report.getByRole('heading', { level: 3 })).toHaveText([
		'一、单项选择题',
		'二、多项选择题',
		'三、判断题',
		'四、简答题',
		'五、案例分析题'
	]);
	const reviewed = report.getByTestId('review-item');
	await expect(reviewed).toHaveCount(29);
	let caseItem: { index: number; slug: string } | undefined;
	for (const [index, item] of (await reviewed.all()).entries()) {
		const stem = (await item.locator('.review-stem').textContent()) ?? '';
		// The longest stem in the line: some stems are the start of others.
		const question = bank
			.filter((q) => stem.includes(q.stem))
			.sort((a, b) => b.stem.length - a.stem.length)[0];
		expect(question, stem).toBeDefined();
		await expect(item).toContainText(`解析：${question!.explanation}`);
		if (['single', 'multiple', 'truefalse'].includes(question!.type)) {
			await expect(item).toContainText('正确答案：');
		} else {
			await expect(item).toContainText('（未作答）');
			await expect(item).toContainText(String(question!.answer).slice(0, 20));
		}
		if (question!.case) caseItem ??= { index, slug: question!.case };
		// Only the first item was answered (and, if wrongly, is in the book already).
		if (index > 0)
			await expect(
				item.getByRole('button', { name: `第 ${index + 1} 题加入错题本` })
			).toBeVisible();
	}
	await expect(reviewed.first()).toContainText('你的选择');

	// The case text opens beside its question.
	expect(caseItem).toBeDefined();
	const withCase = reviewed.nth(caseItem!.index);
	await expect(withCase.getByRole('link', { name: '在新标签页打开案例全文' })).toBeVisible();
	const sentence = caseSentence(caseItem!.slug);
	await expect(withCase.getByText(sentence)).toBeHidden();
	await withCase.getByText(/^案例全文：/).click();
	await expect(withCase.getByText(sentence).first()).toBeVisible();

	// The review reads on a phone and passes axe, the case text open.
	await page.setViewportSize({ width: 375, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	const axe = await new AxeBuilder({ page })
		.include('.report')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

	// An unanswered question goes into the wrong-answer book, by keyboard.
	const second = reviewed.nth(1);
	const stem = ((await second.locator('.review-stem').textContent()) ?? '')
		.replace(/^\s*2\.\s*/, '')
		.replace(/（未作答）\s*$/, '')
		.trim();
	const add = second.getByRole('button', { name: '第 2 题加入错题本' });
	await add.focus();
	await page.keyboard.press('Enter');
	const added = second.getByRole('button', { name: '第 2 题已在错题本中' });
	await expect(added).toBeVisible();
	await expect(added).toBeFocused();
	await second.getByRole('link', { name: '去错题本' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('错题本');
	await expect(page.locator('.wrong-list .stem').filter({ hasText: stem })).toHaveCount(1);

	// /plan/ sets the paper's actual score against the prediction made for it.
	await openPage(page, '/plan/');
	const table = page.getByTestId('mock-vs-predicted');
	await expect(table.locator('tbody tr')).toHaveCount(1);
	await expect(table.locator('tbody tr')).toContainText(
		`约 ${predicted?.[1]} 分（${predicted?.[2]}）`
	);
	await expect(table.locator('tbody tr')).toContainText(`${score} / 100 分，`);

	await page.reload();
	await expect(page.getByTestId('mock-vs-predicted').locator('tbody tr')).toContainText(
		`${score} / 100 分，`
	);
});
