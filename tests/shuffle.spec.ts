import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test';
import { parse as parseYaml } from 'yaml';
import { failIndexedDbWrites, openPage } from './helpers';
import type { Question } from '../src/lib/content/schema';
import {
	optionOrder,
	seedFromText,
	shownOptions,
	type ShownOption
} from '../src/lib/practice/shuffle';
import { encodeAssignment } from '../src/lib/teach/link';
import { sampleAssignment } from '../src/lib/teach/sample';
import { sha256Hex } from '../src/lib/sha256';

/** A question the learner imports, so the test controls its id (and with it the shuffle). */
const question = {
	id: 'shuffle-demo-001',
	type: 'single',
	chapter: 'my-questions',
	topics: ['my-questions'],
	difficulty: 2,
	stem: '本站所讲的“CRM”是下列哪个词组的缩写？（  ）',
	options: ['企业资源计划', '客户关系管理', '供应链管理', '商业智能', '以上都不是'],
	answer: 'B',
	explanation: 'CRM 即 Customer Relationship Management，客户关系管理。'
} as Question;

// The site's own GIFT (with its crm-workbench comment) keeps the id; a name from elsewhere would
// become the title and the question a generated id.
const gift = `// crm-workbench {"type":"single","chapter":"my-questions","topics":["my-questions"],"difficulty":2}
::shuffle-demo-001::${question.stem}{
~企业资源计划
=客户关系管理
~供应链管理
~商业智能
~以上都不是
#### ${question.explanation}
}
`;

const drillUrl = (seed: number) =>
	`/practice/drill/?mode=chapter&chapter=my-questions&count=1&seed=${seed}`;

/**
 * Two drill seeds under which the key (file letter B) shows as two different letters, neither of
 * them B, so marking by the letter on screen would fail in both drills (worked out, not hoped for).
 */
function twoSeeds(): [number, number] {
	const keyLetter = (seed: number) =>
		shownOptions(question, optionOrder(question, seed)).find((o) => o.fileLetter === 'B')
			?.displayLetter;
	const seeds = Array.from({ length: 50 }, (_, i) => i + 1).filter((s) => keyLetter(s) !== 'B');
	const first = seeds[0];
	const second = seeds.find((seed) => keyLetter(seed) !== keyLetter(first));
	if (!second) throw new Error('找不到让正确答案换字母的种子');
	return [first, second];
}

const shownFor = (seed: number) => shownOptions(question, optionOrder(question, seed));
const find = (shown: ShownOption[], text: string) => shown.find((o) => o.text === text)!;

async function expectOptions(radios: Locator, shown: ShownOption[]) {
	await expect(radios).toHaveCount(shown.length);
	for (const [i, option] of shown.entries()) {
		await expect(radios.nth(i)).toHaveAccessibleName(`${option.displayLetter} ${option.text}`);
	}
}

/** The page as it now stands passes axe WCAG 2 A/AA (the routes test sees these pages empty). */
async function expectAccessible(page: Page) {
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)
	).toEqual([]);
}

async function importDemoQuestion(page: Page) {
	await openPage(page, '/practice/exchange/');
	await page.getByLabel('选择题目文件…').setInputFiles({
		name: '演示.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from(gift)
	});
	await page.getByRole('button', { name: '导入 1 题' }).click();
	await expect(page.getByRole('status')).toContainText('已把 1 题加入');
}

test('one question in two drills shows its options in two orders, is marked by the option chosen, and the wrong-answer book shows the order seen', async ({
	page
}) => {
	const [seedA, seedB] = twoSeeds();
	const shownA = shownFor(seedA);
	const shownB = shownFor(seedB);
	await importDemoQuestion(page);

	// First drill: the learner picks 企业资源计划, which is wrong.
	await openPage(page, drillUrl(seedA));
	const radios = page.getByRole('group', { name: '选择一个答案' }).getByRole('radio');
	await expectOptions(radios, shownA);
	await expect(radios.last()).toHaveAccessibleName(/以上都不是$/);
	const wrongPick = find(shownA, '企业资源计划');
	await page.getByRole('radio', { name: `${wrongPick.displayLetter} 企业资源计划` }).check();
	await page.getByRole('button', { name: '提交答案' }).click();
	const keyA = find(shownA, '客户关系管理').displayLetter;
	await expect(page.getByRole('status')).toContainText(`回答错误，正确答案：${keyA}`);

	// Second drill, another seed: another order, the key under another letter, marked right.
	await openPage(page, drillUrl(seedB));
	await expectOptions(radios, shownB);
	await expect(radios.last()).toHaveAccessibleName(/以上都不是$/);
	const keyB = find(shownB, '客户关系管理').displayLetter;
	expect(keyB).not.toBe(keyA);
	await page.getByRole('radio', { name: `${keyB} 客户关系管理` }).check();
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(page.getByRole('status')).toContainText(`回答正确，正确答案：${keyB}`);

	// The wrong-answer book shows the first drill's order, with the learner's pick.
	await openPage(page, '/practice/wrong/');
	for (const pass of ['before', 'after reload']) {
		if (pass === 'after reload') await page.reload();
		const card = page.getByRole('listitem').filter({ hasText: question.stem });
		const options = card.getByRole('list', { name: '选项（作答时的顺序）' }).getByRole('listitem');
		await expect(options).toHaveText(
			shownA.map(
				(o) =>
					new RegExp(`^${o.displayLetter}\\. ${o.text}${o === wrongPick ? ' 你的选择' : ''}\\s*$`)
			)
		);
		await expect(card.getByText(`你的答案：${wrongPick.displayLetter}`)).toBeVisible();
		await card.getByText('答案与解析').click();
		await expect(card.getByText(`答案：${keyA}`, { exact: true })).toBeVisible();
	}
	await expectAccessible(page);
});

test('an answer saved before options were shuffled still shows, in the file order', async ({
	page
}) => {
	// A backup from before shuffling: the attempt has no option order.
	const tables = {
		customQuestions: [question],
		attempts: [
			{
				id: 1,
				questionId: question.id,
				chapter: question.chapter,
				answeredAt: Date.now() - 60_000,
				correct: false,
				response: 'C',
				source: 'drill'
			}
		]
	};
	const backup = {
		app: 'crm-workbench',
		schemaVersion: 4,
		exportedAt: new Date().toISOString(),
		counts: { customQuestions: 1, attempts: 1 },
		checksum: sha256Hex(JSON.stringify(tables)),
		tables
	};
	await openPage(page, '/me/');
	await page.getByLabel('导入备份…').setInputFiles({
		name: 'old-backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page.getByRole('button', { name: '确认导入' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: '已把备份合并进本机数据' })
	).toBeVisible();

	await openPage(page, '/practice/wrong/');
	const card = page.getByRole('listitem').filter({ hasText: question.stem });
	await expect(
		card.getByRole('list', { name: '选项（作答时的顺序）' }).getByRole('listitem')
	).toHaveText([
		/^A\. 企业资源计划\s*$/,
		/^B\. 客户关系管理\s*$/,
		/^C\. 供应链管理 你的选择\s*$/,
		/^D\. 商业智能\s*$/,
		/^E\. 以上都不是\s*$/
	]);
	await expect(card.getByText('你的答案：C')).toBeVisible();
});

test('a mock exam report shows each choice item in the order the learner saw', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await openPage(page, '/practice/mock/');
	await page.getByRole('button', { name: '开始模拟考试' }).click();
	const item = page.locator('section.section').first().getByRole('listitem').first();
	const radios = item.getByRole('radio');
	await expect(radios.first()).toBeVisible();
	const seen = await radios.evaluateAll((inputs) =>
		inputs.map((input) => input.closest('label')?.textContent?.trim() ?? '')
	);
	expect(seen.length).toBeGreaterThanOrEqual(2);
	await radios.nth(1).check();
	await expect(page.getByText('已答 1 /')).toBeVisible();
	// The order is kept with the paper: a reload shows the same letters on the same options.
	await page.reload();
	await expect(radios).toHaveCount(seen.length);
	for (const [i, text] of seen.entries()) await expect(radios.nth(i)).toHaveAccessibleName(text);
	await expect(radios.nth(1)).toBeChecked();

	await page.getByRole('button', { name: '交卷' }).click();
	await expect(page.getByRole('heading', { name: /评阅主观题/ })).toBeVisible();
	const confirmButtons = page.getByRole('button', { name: '确认得分' });
	await expect(confirmButtons.first()).toBeVisible();
	for (let left = await confirmButtons.count(); left > 0; left--) {
		await confirmButtons.first().click();
		await expect(confirmButtons).toHaveCount(left - 1);
	}
	await page.getByRole('button', { name: '查看成绩' }).click();
	const report = page.getByRole('region', { name: /最近一次成绩/ });
	await report.getByText(/逐题回顾/).click();
	const first = report.getByRole('list', { name: '选项（作答时的顺序）' }).first();
	const rows = first.getByRole('listitem');
	await expect(rows).toHaveCount(seen.length);
	for (const [i, text] of seen.entries()) {
		// 「C. 选项」 in the exam, the same letter and text in the report (plus its badges).
		await expect(rows.nth(i)).toContainText(text);
	}
	await expect(rows.nth(1)).toContainText('你的选择');
	await expectAccessible(page);
});

test('an assignment shuffles choice options per student, keeps them on reopening and submits the option itself', async ({
	browser
}) => {
	const bank: Question[] = readdirSync('content/questions')
		.filter((name) => name.endsWith('.yaml'))
		.flatMap((name) => parseYaml(readFileSync(`content/questions/${name}`, 'utf8')) as Question[]);
	const itemQuestion = bank.find((q) => q.id === 'crm-basics-001') as Question;
	const shownTo = (number: string) =>
		shownOptions(
			itemQuestion,
			optionOrder(itemQuestion, seedFromText(`${sampleAssignment.id}/${number}`))
		);
	const keyText = itemQuestion.options![(itemQuestion.answer as string).charCodeAt(0) - 65];
	const first = '2026101';
	const other = ['2026102', '2026103', '2026104', '2026105'].find(
		(n) =>
			shownTo(n)
				.map((o) => o.text)
				.join() !==
			shownTo(first)
				.map((o) => o.text)
				.join()
	) as string;
	const link = `/teach/assignment/#a=${await encodeAssignment(sampleAssignment)}`;

	async function open(number: string) {
		const page = await (await browser.newContext()).newPage();
		await openPage(page, link);
		await page.getByLabel('姓名').fill('王五');
		await page.getByLabel('学号').fill(number);
		await page.getByRole('button', { name: '开始作答' }).click();
		return page;
	}
	const radiosOf = (page: Page) =>
		page.getByRole('group', { name: new RegExp(escape(itemQuestion.stem)) }).getByRole('radio');
	const expectShown = async (page: Page, shown: ShownOption[]) => {
		const radios = radiosOf(page);
		await expect(radios).toHaveCount(shown.length);
		for (const [i, o] of shown.entries()) {
			await expect(radios.nth(i)).toHaveAccessibleName(`${o.displayLetter}. ${o.text}`);
		}
	};

	const student = await open(first);
	await expectShown(student, shownTo(first));
	// Even when the click's database write never commits (the page went away first).
	await failIndexedDbWrites(student);
	await student.getByRole('radio', { name: `. ${keyText}` }).check();
	await expect(student.getByText(/这道题的答案没有保存/)).toBeVisible();
	await student.reload();
	await expectShown(student, shownTo(first));
	await expect(student.getByRole('radio', { name: `. ${keyText}` })).toBeChecked();

	const download = student.waitForEvent('download');
	await student.getByRole('button', { name: '提交', exact: true }).click();
	const submitted = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	// The file letter of the key, whatever letter this student saw: item analysis maps back.
	expect(submitted.answers.i2).toBe(itemQuestion.answer);
	expect(submitted.autoScores.i2).toBe(2);
	await student.context().close();

	const classmate = await open(other);
	await expectShown(classmate, shownTo(other));
	await classmate.context().close();
});

/** A pattern for text as an accessible name reads it (runs of spaces collapse to one). */
function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
