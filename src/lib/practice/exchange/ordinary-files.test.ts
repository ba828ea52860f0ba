import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGift } from './gift';
import { parseMoodleXml } from './moodle-xml';
import { parsePlainText } from './plain-text';
import { BANK_MAX_BYTES, BankFileError, readBankBytes } from './read-file';
import { generatedId, htmlToText, uniqueIds } from './shared';

const fixture = (name: string) => readFileSync(`tests/fixtures/exchange/${name}`, 'utf8');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('a GIFT file exported by Moodle', () => {
	const { questions, problems } = parseGift(fixture('moodle-export.gift.txt'));

	it('imports every question, names as titles', () => {
		expect(problems).toEqual([]);
		expect(questions.map((q) => q.title)).toEqual([
			'第1题',
			'Q1',
			'Q1',
			'判断 客户满意与忠诚',
			'第5题 简答',
			'Question 6'
		]);
		expect(questions.map((q) => q.type)).toEqual([
			'single',
			'multiple',
			'single',
			'truefalse',
			'short',
			'single'
		]);
	});

	it('gives valid, unique ids that are the same on every import', () => {
		const ids = questions.map((q) => q.id);
		for (const id of ids) expect(id).toMatch(SLUG);
		expect(new Set(ids).size).toBe(ids.length);
		expect(parseGift(fixture('moodle-export.gift.txt')).questions.map((q) => q.id)).toEqual(ids);
	});

	it('reads HTML text as plain text, without per-answer feedback, escapes undone', () => {
		expect(questions[0].stem).toBe('企业开展客户关系管理，首先要弄清楚的是（）。');
		expect(questions[0].options).toEqual([
			'怎样压低采购价格',
			'哪些客户最值得投入',
			'怎样增加广告预算',
			'怎样提高库存周转'
		]);
		expect(questions[0].answer).toBe('B');
		expect(questions[0].explanation).toBe('客户关系管理从识别和区分客户开始。');
		expect(questions[1].answer).toEqual(['A', 'B']);
		expect(questions[2].stem).toContain('1:100');
		expect(questions[3]).toMatchObject({
			answer: false,
			explanation: '满意度陷阱说明满意和忠诚是两回事。'
		});
		expect(questions[4].stem).toBe('简要说明 RFM 模型中三个指标各自衡量什么。');
		expect(questions[4].answer).toContain('R 看最近一次购买距今多久');
		expect(questions[5].answer).toBe('C');
	});

	it('reads a file of 10,000 questions named ::Q1:: … ::Q10000::', () => {
		const text = Array.from(
			{ length: 10_000 },
			(_, i) => `::Q${i + 1}:: 第 ${i + 1} 个问题？ {=对的 ~错的}`
		).join('\n\n');
		const result = parseGift(text);
		expect(result.problems).toEqual([]);
		expect(result.questions).toHaveLength(10_000);
		expect(new Set(result.questions.map((q) => q.id)).size).toBe(10_000);
	});

	it('reads Windows and old Mac line endings as line breaks', () => {
		const text = '::甲::题一 {=对 ~错}\n\n::乙::题二 {TRUE}\n\n这一题没有答案\n';
		for (const ending of ['\r\n', '\r']) {
			const result = parseGift(text.replace(/\n/g, ending));
			expect(result.questions.map((q) => q.title)).toEqual(['甲', '乙']);
			expect(result.problems).toEqual([{ line: 5, message: '缺少用 { } 括起来的答案部分' }]);
		}
	});

	it.each([
		['a numerical question', '::n:: 1+1= {#2}', '数值题'],
		['a matching question', '::m:: 配对 {=甲 -> 1 =乙 -> 2}', '匹配题'],
		['a short-answer question', '::s:: CRM 的中文是 {=客户关系管理}', '填空题'],
		['a name without its closing ::', '::名称 题干 {=对 ~错}', '题目名称缺少结尾的 ::']
	])('names %s it cannot import', (_, text, expected) => {
		const { questions, problems } = parseGift(text);
		expect(questions).toEqual([]);
		expect(problems[0]).toMatchObject({ line: 1, message: expect.stringContaining(expected) });
	});

	it('says in Chinese which field of a question is wrong', () => {
		expect(parseGift('::a:: 题 {=1 ~2 ~3 ~4 ~5 ~6 ~7 ~8 ~9}\n\n::b:: {=1 ~2}').problems).toEqual([
			{ line: 1, message: '选项：最多 8 个选项（A–H）' },
			{ line: 3, message: '题干：不能为空' }
		]);
	});

	it('fills the gap of a missing-word question', () => {
		const { questions } = parseGift('客户 {=忠诚 ~满意 ~投诉} 是长期购买的基础。');
		expect(questions[0].stem).toBe('客户（  ）是长期购买的基础。');
	});
});

describe('a Moodle XML file with ordinary names', () => {
	const { questions, problems } = parseMoodleXml(fixture('moodle-export.xml'));

	it('imports every question, names as titles and generated ids', () => {
		expect(problems).toEqual([]);
		expect(questions.map((q) => [q.title, q.type])).toEqual([
			['Question 1', 'single'],
			['Question 2', 'multiple'],
			['第3题', 'truefalse'],
			['Question 4 论述', 'short'],
			['Question 1', 'single']
		]);
		const ids = questions.map((q) => q.id);
		for (const id of ids) expect(id).toMatch(SLUG);
		expect(new Set(ids).size).toBe(5);
		expect(parseMoodleXml(fixture('moodle-export.xml')).questions.map((q) => q.id)).toEqual(ids);
	});

	it('reads HTML text as plain text', () => {
		expect(questions[0].stem).toBe('客户终身价值（CLV）衡量的是（）。');
		expect(questions[0].answer).toBe('B');
		expect(questions[1].answer).toEqual(['A', 'B']);
		expect(questions[2].answer).toBe(false);
		expect(questions[3].answer).toBe('要点：客户贡献差别很大 & 资源有限；分层后按价值配置服务。');
	});

	it('reads CR-only line endings and names lines in them', () => {
		const broken = '<?xml version="1.0"?>\r<quiz>\r<question type="multichoice">\r</quiz>\r';
		expect(parseMoodleXml(broken).problems).toEqual([
			{
				line: 4,
				message: '不是有效的 XML：这里应是第 3 行 <question> 的结束标签 </question>，却是 </quiz>'
			}
		]);
	});

	it.each([
		['<quiz><question type="multichoice">', 1, '这些标签没有结束：quiz,question'],
		['<quiz>\n<question>\n</quiz>', 3, '这里应是第 2 行 <question> 的结束标签'],
		['<quiz>\n<text>A & B</text>\n</quiz>', 2, '文字中的 & 要写成 &amp;'],
		['\n</question>', 2, '结束标签 </question> 前面没有对应的 <question>'],
		['<quiz a="1" a="2"></quiz>', 1, '属性 a 重复出现'],
		['<quiz></quiz>\n<quiz></quiz>', 2, '不止一个根元素'],
		['\n\n<quiz>', 3, '标签 <quiz> 没有结束标签 </quiz>'],
		['纯文字', 1, '这里不应出现字符「纯」']
	])('explains the XML error in %j in Chinese, with its line', (xml, line, message) => {
		const [problem] = parseMoodleXml(xml).problems;
		expect(problem.line).toBe(line);
		expect(problem.message).toContain(message);
		expect(problem.message).not.toMatch(/\b(tag|expected|closing|char|attribute|found|invalid)\b/i);
	});

	it('names a question type it has no counterpart for', () => {
		const xml =
			'<quiz>\n<question type="shortanswer"><name><text>填空</text></name></question>\n</quiz>';
		expect(parseMoodleXml(xml).problems).toEqual([
			{ line: 2, message: '暂不支持的题型填空题（shortanswer），请改为选择、判断或论述题' }
		]);
	});
});

describe('plain-text banks', () => {
	const bank =
		'1. 客户关系管理的英文缩写是（  ）\nA. ERP\nB. CRM\n答案：B\n\n2. 满意的客户一定忠诚。\n答案：错\n';

	it.each([
		['UTF-8', new TextEncoder().encode(bank), 'utf-8'],
		[
			'UTF-8 with a byte-order mark',
			new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(bank)]),
			'utf-8'
		],
		['GBK', gbk(bank), 'gb18030'],
		['UTF-16LE with a byte-order mark', utf16(bank, 'le', true), 'utf-16le'],
		['UTF-16LE without one', utf16(bank, 'le', false), 'utf-16le'],
		['UTF-16BE without one', utf16(bank, 'be', false), 'utf-16be']
	])('reads %s', (_, bytes, encoding) => {
		const read = readBankBytes(bytes);
		expect(read.encoding).toBe(encoding);
		const { questions, problems } = parsePlainText(read.text);
		expect(problems).toEqual([]);
		expect(questions.map((q) => q.stem)).toEqual([
			'客户关系管理的英文缩写是（  ）',
			'满意的客户一定忠诚。'
		]);
	});

	it.each([
		['Windows', '\r\n'],
		['old Mac', '\r']
	])('reads %s line endings', (_, ending) => {
		const { text } = readBankBytes(gbk(bank.replace(/\n/g, ending)));
		expect(text).not.toContain('\r');
		expect(parsePlainText(text).questions).toHaveLength(2);
		expect(parsePlainText(bank.replace(/\n/g, ending)).questions).toHaveLength(2);
	});

	it.each([
		[
			'a Word document (docx)',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
			'Word 文档（docx）'
		],
		['a PDF', new TextEncoder().encode('%PDF-1.7 ……'), 'PDF 文档'],
		['bytes with NULs', new Uint8Array([0x41, 0, 0, 0x42, 0, 0, 0, 0x43, 0x44, 0x45]), '空字节'],
		['random bytes', randomBytes(4096), '无法显示的字符']
	])('refuses %s as binary, in Chinese', (_, bytes, what) => {
		expect(() => readBankBytes(bytes)).toThrow(BankFileError);
		expect(() => readBankBytes(bytes)).toThrow(/二进制文件/);
		expect(() => readBankBytes(bytes)).toThrow(what);
	});

	it('states the size limit', () => {
		expect(() => readBankBytes(new Uint8Array(BANK_MAX_BYTES + 1))).toThrow(
			/超过题库文件 20 MB 的上限/
		);
	});

	it('gives the same question the same id in every file, and different ones different ids', () => {
		const one = parsePlainText(bank).questions;
		const two = parsePlainText(`练习\n\n${bank.replace('1. ', '7. ')}`).questions;
		expect(two.map((q) => q.id)).toEqual(one.map((q) => q.id));
		const same = parsePlainText(
			'1. 下列说法正确的是\nA. 甲\nB. 乙\n答案：A\n\n2. 下列说法正确的是\nA. 丙\nB. 丁\n答案：B'
		).questions;
		expect(new Set(same.map((q) => q.id)).size).toBe(2);
	});
});

describe('shared helpers', () => {
	it('numbers a repeated id in file order', () => {
		expect(
			uniqueIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }]).map((q) => q.id)
		).toEqual(['a', 'b', 'a-2', 'a-3']);
	});

	it('hashes the title, type, stem and options into the id', () => {
		const q = { type: 'single' as const, stem: '题', options: ['甲', '乙'] };
		expect(generatedId(q)).toMatch(/^my-questions-[0-9a-f]{12}$/);
		expect(generatedId({ ...q, title: 'Q1' })).not.toBe(generatedId(q));
		expect(generatedId({ ...q, options: ['甲', '丙'] })).not.toBe(generatedId(q));
	});

	it('turns Moodle HTML into plain text', () => {
		expect(htmlToText('<p>甲&nbsp;乙</p><p>丙<br>丁 &lt;5&gt; &#x4e00;&#20108;</p>')).toBe(
			'甲 乙\n丙\n丁 <5> 一二'
		);
	});
});

function gbk(text: string): Uint8Array {
	// Node has no GBK encoder: the few characters used are mapped by decoding every two-byte code.
	const decoder = new TextDecoder('gb18030');
	const table = new Map<string, [number, number]>();
	for (let lead = 0x81; lead <= 0xfe; lead++)
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const char = decoder.decode(new Uint8Array([lead, trail]));
			if (!table.has(char)) table.set(char, [lead, trail]);
		}
	const bytes: number[] = [];
	for (const char of text) {
		if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
		else bytes.push(...(table.get(char) ?? [0x3f]));
	}
	return new Uint8Array(bytes);
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
	const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (order === 'le') bytes.push(code & 0xff, code >> 8);
		else bytes.push(code >> 8, code & 0xff);
	}
	return new Uint8Array(bytes);
}

function randomBytes(length: number): Uint8Array {
	// A fixed sequence (a linear congruential generator) with no zero bytes, which would be caught
	// earlier as NULs: this is the case a byte check alone misses.
	const bytes = new Uint8Array(length);
	let state = 12345;
	for (let i = 0; i < length; i++) {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		bytes[i] = ((state >> 16) % 255) + 1;
	}
	return bytes;
}
