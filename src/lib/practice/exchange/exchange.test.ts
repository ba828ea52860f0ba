import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Question } from '../../content/schema';
import { parseGift, toGift } from './gift';
import { parseMoodleXml, toMoodleXml } from './moodle-xml';
import { parsePlainText } from './plain-text';

const folder = 'content/questions';
const bank: Question[] = readdirSync(folder)
	.filter((name) => name.endsWith('.yaml'))
	.flatMap((name) => parseYaml(readFileSync(`${folder}/${name}`, 'utf8')) as Question[]);

/** A question as the bank holds it, without optional fields left undefined. */
const normalise = (q: Question) => JSON.parse(JSON.stringify(q)) as Question;

describe('GIFT', () => {
	it('round-trips the whole bank: export, import, same questions', () => {
		expect(bank.length).toBeGreaterThanOrEqual(400);
		const { questions, problems } = parseGift(toGift(bank));
		expect(problems).toEqual([]);
		expect(questions.map(normalise)).toEqual(bank.map(normalise));
	});

	it('escapes GIFT control characters in stems and options', () => {
		const tricky = { ...bank[0], stem: '比例 {a}=b ~ c: 50#', options: ['=1', '~2', '{3}', 'a:b'] };
		expect(parseGift(toGift([tricky])).questions[0]).toEqual(normalise(tricky));
	});

	it('reads GIFT written elsewhere, and names the line of a broken question', () => {
		const text = [
			'// 一份来自其他老师的题目',
			'::q1:: 客户忠诚包括哪两个方面？ {=态度和行为 ~价格和质量 ~满意和抱怨}',
			'',
			'CRM 就是一套软件。 {FALSE}',
			'',
			'这一题忘了写大括号',
			'',
			'关系价值有哪些维度？ {~%50%关系盈利性 ~%50%推荐价值 ~%-100%形象价值}'
		].join('\n');
		const { questions, problems } = parseGift(text);
		expect(questions.map((q) => q.type)).toEqual(['single', 'truefalse', 'multiple']);
		expect(questions[0]).toMatchObject({ title: 'q1', answer: 'A', chapter: 'my-questions' });
		expect(questions[0].id).toMatch(/^my-questions-[0-9a-f]{12}$/);
		expect(questions[2].answer).toEqual(['A', 'B']);
		expect(problems).toEqual([{ line: 6, message: '缺少用 { } 括起来的答案部分' }]);
	});

	it('rejects a choice question with no correct answer', () => {
		const { problems } = parseGift('题干 {~甲 ~乙}');
		expect(problems[0]).toMatchObject({
			line: 1,
			message: expect.stringContaining('没有标出正确答案')
		});
	});
});

describe('Moodle XML', () => {
	it('round-trips the whole bank, essays keeping their scoring points', () => {
		const xml = toMoodleXml(bank);
		expect(xml).toContain('<graderinfo format="html">');
		const { questions, problems } = parseMoodleXml(xml);
		expect(problems).toEqual([]);
		expect(questions.map(normalise)).toEqual(bank.map(normalise));
	});

	it('says what is wrong with a file that is not a question bank', () => {
		expect(parseMoodleXml('<html><body>hi</body></html>').problems[0].message).toContain('<quiz>');
		expect(parseMoodleXml('<quiz><question type="multichoice">').problems[0].message).toContain(
			'不是有效的 XML'
		);
	});
});

describe('plain-text import', () => {
	const sample = `1. 客户关系管理的英文缩写是（  ）
A. ERP
B、CRM
C．SCM
D: BI
答案：B
解析：CRM 是 Customer Relationship Management 的缩写。

2. 顾客总价值包括（  ）
A. 产品价值
B. 服务价值
C. 货币成本
答案：AB

3. 满意的客户一定忠诚。
答案：错
解析：满意不等于忠诚。

4. 客户挽留
答案：企业采取措施留住有流失倾向的有价值客户，是 CRM 的关键功能之一。`;

	it('parses a realistic sample of every kind', () => {
		const { questions, problems } = parsePlainText(sample);
		expect(problems).toEqual([]);
		expect(questions.map((q) => [q.type, q.answer])).toEqual([
			['single', 'B'],
			['multiple', ['A', 'B']],
			['truefalse', false],
			['definition', '企业采取措施留住有流失倾向的有价值客户，是 CRM 的关键功能之一。']
		]);
		expect(questions[0].options).toEqual(['ERP', 'CRM', 'SCM', 'BI']);
		expect(questions[0].explanation).toContain('Customer Relationship');
	});

	it('names the line of a missing answer, a bad answer letter and skipped option letters', () => {
		const broken = `1. 第一题
A. 甲
B. 乙

2. 第二题
A. 甲
B. 乙
答案：E

3. 第三题
A. 甲
C. 乙
答案：A`;
		expect(parsePlainText(broken).problems).toEqual([
			{ line: 1, message: '第 1 题缺少“答案：”行' },
			{ line: 8, message: '答案「E」不是选项中的字母' },
			{ line: 12, message: '选项应按 A、B 顺序排列，这里是「C」' }
		]);
	});

	it('reports text before the first question', () => {
		expect(parsePlainText('练习题\n1. 题\n答案：对').problems).toEqual([
			{ line: 1, message: '这一行不属于任何题目：应以“1. 题干”开头' }
		]);
	});
});
