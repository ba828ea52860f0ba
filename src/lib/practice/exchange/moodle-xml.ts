/**
 * Moodle XML. Choice and true/false questions map to Moodle's own types; 名词解释, 简答 and
 * 案例分析 become essays whose grader information carries the model answer and the scoring points
 * (marks and keywords in data attributes), so an export re-imports unchanged.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Question } from '../../content/schema';
import { letter } from '../grade';
import { normaliseLineEnds } from './read-file';
import {
	defaultPoints,
	generatedId,
	htmlToText,
	keyLetters,
	looksLikeHtml,
	schemaProblem,
	titleOf,
	uniqueIds,
	WRITTEN_TYPES,
	type ImportResult
} from './shared';
import { CUSTOM_CHAPTER } from './custom-chapter';
import { xmlProblem } from './xml-errors';

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const textTag = (tag: string, text: string, attrs = '') =>
	`<${tag}${attrs}><text>${cdata(text)}</text></${tag}>`;
const SHARE: Record<number, string> = { 1: '100', 2: '50', 3: '33.33333', 4: '25', 5: '20' };

function graderInfo(q: Question): string {
	const points = (q.points ?? [])
		.map(
			(p) =>
				`<li data-marks="${p.marks}" data-keywords="${escapeXml(p.keywords.join('|'))}">${escapeXml(p.text)}</li>`
		)
		.join('');
	return `<p class="model-answer">${escapeXml(String(q.answer))}</p><ol class="points">${points}</ol>`;
}

function questionXml(q: Question): string {
	const tags = [
		`chapter:${q.chapter}`,
		`type:${q.type}`,
		`difficulty:${q.difficulty}`,
		...q.topics.map((t) => `topic:${t}`),
		...(q.case ? [`case:${q.case}`] : [])
	]
		.map((t) => `<tag><text>${escapeXml(t)}</text></tag>`)
		.join('');
	const common = `${textTag('name', q.title ?? q.id)}${textTag('questiontext', q.stem, ' format="html"')}${textTag('generalfeedback', q.explanation, ' format="html"')}<idnumber>${escapeXml(q.id)}</idnumber><tags>${tags}</tags>`;
	if (q.type === 'truefalse') {
		const yes = q.answer === true ? 100 : 0;
		return `<question type="truefalse">${common}<answer fraction="${yes}" format="moodle_auto_format"><text>true</text></answer><answer fraction="${100 - yes}" format="moodle_auto_format"><text>false</text></answer></question>`;
	}
	if (WRITTEN_TYPES.has(q.type)) {
		const marks = (q.points ?? []).reduce((sum, p) => sum + p.marks, 0);
		return `<question type="essay">${common}<defaultgrade>${marks}</defaultgrade><responseformat>editor</responseformat><responserequired>1</responserequired><responsefieldlines>15</responsefieldlines>${textTag('graderinfo', graderInfo(q), ' format="html"')}</question>`;
	}
	const keys = keyLetters(q);
	const answers = (q.options ?? [])
		.map((option, i) => {
			const correct = keys.includes(letter(i));
			const fraction =
				q.type === 'single' ? (correct ? '100' : '0') : correct ? SHARE[keys.length] : '-100';
			return `<answer fraction="${fraction}" format="html"><text>${cdata(option)}</text></answer>`;
		})
		.join('');
	return `<question type="multichoice">${common}<single>${q.type === 'single'}</single><shuffleanswers>1</shuffleanswers><answernumbering>ABCD</answernumbering>${answers}</question>`;
}

export function toMoodleXml(questions: Question[], category = '客户关系管理'): string {
	const body = questions.map(questionXml).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${textTag('question', '', ' type="category"').replace('<text><![CDATA[]]></text>', `<category><text>$course$/${escapeXml(category)}</text></category>`)}\n${body}\n</quiz>\n`;
}

type Node = Record<string, unknown>;
const text = (node: unknown): string => {
	if (node === undefined || node === null) return '';
	if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean')
		return String(node);
	const inner = (node as Node).text;
	return inner === undefined ? '' : text(inner);
};
const list = <T>(value: T | T[] | undefined): T[] =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];
const unescapeXml = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

function parseGraderInfo(html: string): { answer: string; points: Question['points'] } {
	const answer = unescapeXml(/<p class="model-answer">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
	const points = [
		...html.matchAll(/<li data-marks="([\d.]+)" data-keywords="([^"]*)">([\s\S]*?)<\/li>/g)
	].map((m) => ({
		text: unescapeXml(m[3]),
		marks: Number(m[1]),
		keywords: unescapeXml(m[2]).split('|').filter(Boolean)
	}));
	if (answer) return { answer, points: points.length ? points : defaultPoints(answer) };
	const plain = htmlToText(html);
	return { answer: plain, points: defaultPoints(plain) };
}

export function parseMoodleXml(source: string): ImportResult {
	const result: ImportResult = { questions: [], problems: [] };
	const xml = normaliseLineEnds(source);
	const invalid = XMLValidator.validate(xml);
	if (invalid !== true) {
		result.problems.push(xmlProblem(invalid.err));
		return result;
	}
	let document: Node;
	try {
		document = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '@',
			parseTagValue: false
		}).parse(xml) as Node;
	} catch (error) {
		result.problems.push({
			line: 1,
			message: `不是有效的 XML：${String(error instanceof Error ? error.message : error).slice(0, 80)}`
		});
		return result;
	}
	const quiz = document.quiz as Node | undefined;
	if (!quiz || typeof quiz !== 'object') {
		result.problems.push({ line: 1, message: '找不到 <quiz> 根元素，不是 Moodle XML 题库文件' });
		return result;
	}
	// Where each <question> starts, in order, so a problem names its line.
	const starts = [...xml.matchAll(/<question[\s>]/g)].map(
		(m) => xml.slice(0, m.index).split('\n').length
	);
	let position = -1;
	for (const node of list(quiz.question as Node | Node[])) {
		position += 1;
		const line = starts[position] ?? 1;
		if (typeof node !== 'object' || node === null) {
			result.problems.push({ line, message: '<question> 元素是空的' });
			continue;
		}
		const kind = String(node['@type'] ?? '');
		if (kind === 'category') continue;
		const tags = list((node.tags as Node | undefined)?.tag as Node | Node[]).map((t) => text(t));
		const tag = (key: string) =>
			tags.filter((t) => t.startsWith(`${key}:`)).map((t) => t.slice(key.length + 1));
		// The site's own export tags each question with its chapter and keeps its id in <idnumber>.
		const own = tag('chapter').length > 0;
		// Moodle writes question text as HTML; the site's own export writes plain text.
		const plain = (raw: string) => (!own && looksLikeHtml(raw) ? htmlToText(raw) : raw.trim());
		const base = {
			id: CUSTOM_CHAPTER,
			chapter: tag('chapter')[0] ?? CUSTOM_CHAPTER,
			topics: tag('topic').length ? tag('topic') : [CUSTOM_CHAPTER],
			difficulty: Number(tag('difficulty')[0] ?? 2),
			stem: plain(text(node.questiontext)),
			explanation: plain(text(node.generalfeedback)) || '（导入的题目没有解析）'
		};
		// Checked against the bank schema below before it is used as a Question.
		let question: Record<string, unknown>;
		if (kind === 'truefalse') {
			const yes = list(node.answer as Node[]).find((a) => text(a).trim().toLowerCase() === 'true');
			question = { ...base, type: 'truefalse', answer: Number(yes?.['@fraction'] ?? 0) > 0 };
		} else if (kind === 'essay') {
			const { answer, points } = parseGraderInfo(text(node.graderinfo));
			const type = tag('type')[0];
			question = {
				...base,
				type: type === 'definition' || type === 'case' ? type : 'short',
				answer: answer || '（导入的题目没有参考答案）',
				// Moodle essays often come without grader information: the stem stands in.
				points: answer ? points : defaultPoints(base.stem),
				...(tag('case')[0] ? { case: tag('case')[0] } : {})
			};
		} else if (kind === 'multichoice') {
			const answers = list(node.answer as Node[]);
			const options = answers.map((a) => plain(text(a)));
			const correct = answers.flatMap((a, i) => (Number(a['@fraction']) > 0 ? [letter(i)] : []));
			const single = text(node.single) !== 'false' && correct.length === 1;
			question = {
				...base,
				type: single ? 'single' : 'multiple',
				options,
				answer: single ? correct[0] : correct
			};
		} else {
			const label = UNSUPPORTED[kind]
				? `${UNSUPPORTED[kind]}（${kind}）`
				: `「${kind || '未注明'}」`;
			result.problems.push({ line, message: `暂不支持的题型${label}，请改为选择、判断或论述题` });
			continue;
		}
		const idnumber = text(node.idnumber).trim();
		const name = text(node.name);
		let named: Record<string, unknown>;
		if (own && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(idnumber)) {
			named = {
				...question,
				id: idnumber,
				...(name && name !== idnumber ? { title: titleOf(name) } : {})
			};
		} else {
			const title = titleOf(name);
			const titled = title ? { ...question, title } : question;
			named = { ...titled, id: generatedId(titled as unknown as Question) };
		}
		const problem = schemaProblem(named);
		if (problem) result.problems.push({ line, message: problem });
		else result.questions.push(named as unknown as Question);
	}
	result.questions = uniqueIds(result.questions);
	return result;
}

/** Moodle question types the site has no counterpart for, by their Chinese names. */
const UNSUPPORTED: Record<string, string> = {
	shortanswer: '填空题',
	numerical: '数值题',
	matching: '匹配题',
	cloze: '完形填空题',
	multianswer: '完形填空题',
	description: '说明文字',
	calculated: '计算题',
	calculatedsimple: '计算题',
	calculatedmulti: '计算题',
	ddwtos: '拖放填空题',
	gapselect: '选词填空题',
	randomsamatch: '随机匹配题'
};
