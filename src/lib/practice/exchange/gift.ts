/**
 * GIFT, Moodle's plain-text question format. Export writes each question with a comment line
 * holding the site's own fields (chapter, topics, model answer, scoring points), so an export
 * re-imports unchanged; GIFT from elsewhere imports with default chapter and topic.
 */
import type { Question } from '../../content/schema';
import { letter } from '../grade';
import {
	CUSTOM_CHAPTER,
	defaultPoints,
	keyLetters,
	schemaProblem,
	WRITTEN_TYPES,
	type ImportResult
} from './shared';

const META = '// crm-workbench ';

const escapeGift = (text: string) => text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`);
const unescapeGift = (text: string) =>
	text.replace(/\\([~=#{}:\\n])/g, (_, c) => (c === 'n' ? '\n' : c));

/** Moodle accepts only certain fractions; these are the shares for 2–5 correct options. */
const SHARE: Record<number, string> = { 1: '100', 2: '50', 3: '33.33333', 4: '25', 5: '20' };

function answerBlock(q: Question): string {
	const feedback = `####${escapeGift(q.explanation)}`;
	if (q.type === 'truefalse') return `{${q.answer ? 'TRUE' : 'FALSE'}${feedback}}`;
	if (WRITTEN_TYPES.has(q.type)) return `{${feedback}}`;
	const keys = keyLetters(q);
	const lines = (q.options ?? []).map((option, i) => {
		const correct = keys.includes(letter(i));
		if (q.type === 'single') return `\t${correct ? '=' : '~'}${escapeGift(option)}`;
		return `\t~%${correct ? SHARE[keys.length] : '-100'}%${escapeGift(option)}`;
	});
	return `{\n${lines.join('\n')}\n\t${feedback}\n}`;
}

export function toGift(questions: Question[]): string {
	return questions
		.map((q) => {
			const meta = {
				type: q.type,
				chapter: q.chapter,
				topics: q.topics,
				difficulty: q.difficulty,
				...(WRITTEN_TYPES.has(q.type) ? { answer: q.answer, points: q.points } : {}),
				...(q.case ? { case: q.case } : {})
			};
			return `${META}${JSON.stringify(meta)}\n::${q.id}::${escapeGift(q.stem)} ${answerBlock(q)}`;
		})
		.join('\n\n')
		.concat('\n');
}

interface Block {
	line: number;
	lines: string[];
}

/** Splits GIFT into questions at blank lines, remembering where each starts. */
function blocks(text: string): Block[] {
	const result: Block[] = [];
	let current: Block | null = null;
	text.split(/\r?\n/).forEach((raw, index) => {
		if (!raw.trim()) {
			current = null;
			return;
		}
		if (!current) {
			current = { line: index + 1, lines: [] };
			result.push(current);
		}
		current.lines.push(raw);
	});
	return result;
}

/** The position of the first brace not escaped with a backslash, or -1. */
function unescapedIndex(text: string, char: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === char) return i;
	}
	return -1;
}

/** Splits an answer section at each unescaped = or ~ into marked choices. */
function splitChoices(section: string): { mark: string; text: string }[] {
	const choices: { mark: string; text: string }[] = [];
	for (let i = 0; i < section.length; i++) {
		const c = section[i];
		if (c === '\\') {
			if (choices.length) choices[choices.length - 1].text += c + (section[i + 1] ?? '');
			i++;
		} else if (c === '=' || c === '~') {
			choices.push({ mark: c, text: '' });
		} else if (choices.length) {
			choices[choices.length - 1].text += c;
		}
	}
	return choices.map((choice) => ({ ...choice, text: choice.text.trim() }));
}

function parseBlock(block: Block, counter: number): Question | string {
	const metaLine = block.lines.find((l) => l.startsWith(META));
	const meta = metaLine ? (JSON.parse(metaLine.slice(META.length)) as Partial<Question>) : {};
	const body = block.lines
		.filter((l) => !l.trimStart().startsWith('//') && !l.startsWith('$CATEGORY'))
		.join('\n');
	if (!body.trim()) return '';
	const open = unescapedIndex(body, '{');
	const close = body.lastIndexOf('}');
	if (open < 0 || close < open) return '缺少用 { } 括起来的答案部分';
	let head = body.slice(0, open).trim();
	let id = `${CUSTOM_CHAPTER}-${String(counter).padStart(3, '0')}`;
	const title = /^::(.+?)::/.exec(head);
	if (title) {
		id = title[1].trim();
		head = head.slice(title[0].length).trim();
	}
	const stem = unescapeGift(head.replace(/^\[(html|moodle|plain|markdown)\]/, ''));
	let inside = body.slice(open + 1, close);
	let explanation = '';
	const feedbackAt = inside.indexOf('####');
	if (feedbackAt >= 0) {
		explanation = unescapeGift(inside.slice(feedbackAt + 4).trim());
		inside = inside.slice(0, feedbackAt);
	}
	const answerText = inside.trim();
	const base = {
		id,
		chapter: meta.chapter ?? CUSTOM_CHAPTER,
		topics: meta.topics ?? [CUSTOM_CHAPTER],
		difficulty: meta.difficulty ?? 2,
		stem,
		explanation: explanation || '（导入的题目没有解析）'
	};
	if (!answerText) {
		const answer = String(meta.answer ?? explanation ?? '');
		return {
			...base,
			type: meta.type && WRITTEN_TYPES.has(meta.type) ? meta.type : 'short',
			answer: answer || '（导入的题目没有参考答案）',
			points: meta.points ?? defaultPoints(answer || stem),
			...(meta.case ? { case: meta.case } : {})
		} as Question;
	}
	if (/^(T|TRUE|F|FALSE)$/i.test(answerText)) {
		return { ...base, type: 'truefalse', answer: /^T/i.test(answerText) } as Question;
	}
	const choices = splitChoices(answerText);
	if (!choices.length) return `无法识别答案部分「${answerText.slice(0, 20)}」`;
	const options: string[] = [];
	const correct: string[] = [];
	choices.forEach((choice, i) => {
		const weight = /^%(-?[\d.]+)%/.exec(choice.text);
		const text = unescapeGift(weight ? choice.text.slice(weight[0].length) : choice.text).trim();
		options.push(text);
		if (choice.mark === '=' || (weight && Number(weight[1]) > 0)) correct.push(letter(i));
	});
	if (!correct.length) return '选择题没有标出正确答案（用 = 或正的百分比）';
	const multiple = correct.length > 1;
	return {
		...base,
		type: multiple ? 'multiple' : 'single',
		options,
		answer: multiple ? correct : correct[0]
	} as Question;
}

export function parseGift(text: string): ImportResult {
	const result: ImportResult = { questions: [], problems: [] };
	blocks(text).forEach((block, index) => {
		let parsed: Question | string;
		try {
			parsed = parseBlock(block, index + 1);
		} catch {
			parsed = '题目前的 crm-workbench 注释不是有效的 JSON';
		}
		if (parsed === '') return;
		if (typeof parsed === 'string') {
			result.problems.push({ line: block.line, message: parsed });
			return;
		}
		const problem = schemaProblem(parsed);
		if (problem) result.problems.push({ line: block.line, message: problem });
		else result.questions.push(parsed);
	});
	return result;
}
