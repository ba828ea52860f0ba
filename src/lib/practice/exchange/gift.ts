/**
 * GIFT, Moodle's plain-text question format. Export writes each question with a comment line
 * holding the site's own fields (chapter, topics, model answer, scoring points), so an export
 * re-imports unchanged; GIFT from elsewhere imports with default chapter and topic.
 */
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

const META = '// crm-workbench ';

/** Control characters get a backslash; a line break becomes \n so a blank line never splits a question. */
const escapeGift = (text: string) =>
	text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
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
				...(q.title ? { title: q.title } : {}),
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
const PROGRESS_EVERY = 250;

function blocks(text: string): Block[] {
	const result: Block[] = [];
	let current: Block | null = null;
	text.split('\n').forEach((raw, index) => {
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

/** The position of the first `char` not escaped with a backslash, or -1. */
function unescapedIndex(text: string, char: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text.startsWith(char, i)) return i;
	}
	return -1;
}

/** The position of the last unescaped `char`, or -1. */
function lastUnescapedIndex(text: string, char: string): number {
	let last = -1;
	for (let at = unescapedIndex(text, char); at >= 0; at = unescapedIndex(text, char, at + 1))
		last = at;
	return last;
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

/** Text without its per-answer feedback (everything from the first unescaped #). */
function withoutFeedback(text: string): string {
	const at = unescapedIndex(text, '#');
	return at < 0 ? text : text.slice(0, at);
}

/** Ids and titles: the site's own export keeps its ids; anything else gets a generated id. */
interface Naming {
	/** The file carries the site's own fields (a crm-workbench comment line). */
	own: boolean;
	/** The ::name:: the question came with, unescaped. */
	name: string;
	/** The title the site's own export recorded. */
	title?: string;
}

function parseBlock(block: Block): { question: Question; naming: Naming } | string {
	const metaLine = block.lines.find((l) => l.startsWith(META));
	const meta = metaLine ? (JSON.parse(metaLine.slice(META.length)) as Partial<Question>) : {};
	if (typeof meta !== 'object' || meta === null) throw new SyntaxError('not an object');
	const body = block.lines
		.filter((l) => !l.trimStart().startsWith('//') && !l.startsWith('$CATEGORY'))
		.join('\n');
	if (!body.trim()) return '';
	const open = unescapedIndex(body, '{');
	const close = lastUnescapedIndex(body, '}');
	if (open < 0 || close < open) return '缺少用 { } 括起来的答案部分';
	let head = body.slice(0, open).trim();
	let name = '';
	if (head.startsWith('::')) {
		const end = unescapedIndex(head, '::', 2);
		if (end < 0) return '题目名称缺少结尾的 ::（格式为 ::名称:: 题干 {答案}）';
		name = unescapeGift(head.slice(2, end)).trim();
		head = head.slice(end + 2).trim();
	}
	const format = /^\[(html|moodle|plain|markdown)\]/.exec(head)?.[1];
	if (format) head = head.slice(format.length + 2);
	// [html] text (what Moodle exports) is shown as plain text like every stem on the site.
	const plain = (raw: string) => {
		const text = unescapeGift(raw).trim();
		return format === 'html' || (!metaLine && looksLikeHtml(text)) ? htmlToText(text) : text;
	};
	// Text after the answers is Moodle's "missing word" format: the answers fill the gap.
	const tail = body.slice(close + 1).trim();
	const stem = tail ? `${plain(head)}（  ）${plain(tail)}` : plain(head);
	let inside = body.slice(open + 1, close);
	let explanation = '';
	const feedbackAt = unescapedIndex(inside, '####');
	if (feedbackAt >= 0) {
		explanation = plain(inside.slice(feedbackAt + 4));
		inside = inside.slice(0, feedbackAt);
	}
	const answerText = inside.trim();
	const naming = {
		own: Boolean(metaLine),
		name,
		title: typeof meta.title === 'string' ? meta.title : undefined
	};
	const base = {
		id: CUSTOM_CHAPTER,
		chapter: meta.chapter ?? CUSTOM_CHAPTER,
		topics: meta.topics ?? [CUSTOM_CHAPTER],
		difficulty: meta.difficulty ?? 2,
		stem,
		explanation: explanation || '（导入的题目没有解析）'
	};
	if (!answerText) {
		const answer = String(meta.answer ?? explanation ?? '');
		const question = {
			...base,
			type: meta.type && WRITTEN_TYPES.has(meta.type) ? meta.type : 'short',
			answer: answer || '（导入的题目没有参考答案）',
			points: meta.points ?? defaultPoints(answer || stem),
			...(meta.case ? { case: meta.case } : {})
		} as Question;
		return { question, naming };
	}
	const truth = /^(T|TRUE|F|FALSE)$/i.exec(withoutFeedback(answerText).trim());
	if (truth) {
		return {
			question: { ...base, type: 'truefalse', answer: /^T/i.test(truth[1]) } as Question,
			naming
		};
	}
	if (answerText.startsWith('#')) return '暂不支持数值题（{#…}），请改为选择题后再导入';
	const choices = splitChoices(answerText);
	if (!choices.length) return `无法识别答案部分「${answerText.slice(0, 20)}」`;
	if (choices.every((choice) => unescapedIndex(choice.text, '->') >= 0)) {
		return '暂不支持匹配题（{=甲 -> 乙}），请改为选择题后再导入';
	}
	const weighted = (text: string) => /^%(-?[\d.]+)%/.exec(text);
	if (choices.every((choice) => choice.mark === '=' && !weighted(choice.text))) {
		return '暂不支持填空题（只有 = 答案、没有 ~ 错误选项），请改为选择题或简答题后再导入';
	}
	const options: string[] = [];
	const correct: string[] = [];
	choices.forEach((choice, i) => {
		const weight = weighted(choice.text);
		const text = withoutFeedback(weight ? choice.text.slice(weight[0].length) : choice.text);
		options.push(plain(text));
		if (choice.mark === '=' || (weight && Number(weight[1]) > 0)) correct.push(letter(i));
	});
	if (!correct.length) return '选择题没有标出正确答案（用 = 或正的百分比）';
	const multiple = correct.length > 1;
	const question = {
		...base,
		type: multiple ? 'multiple' : 'single',
		options,
		answer: multiple ? correct : correct[0]
	} as Question;
	return { question, naming };
}

/**
 * The site's own export keeps the ids it wrote (::id::); a question from elsewhere keeps its name
 * as the title and gets a generated id, so names like Q1 or 第1题 never clash with the bank.
 */
export function named(question: Question, naming: Naming): Question {
	if (naming.own && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(naming.name)) {
		return { ...question, id: naming.name, ...(naming.title ? { title: naming.title } : {}) };
	}
	const title = titleOf(naming.name);
	const titled = title ? { ...question, title } : question;
	return { ...titled, id: generatedId(titled) };
}

/**
 * Reads a GIFT file. `onprogress` hears how many of the file's blocks (questions and comments)
 * are done, every PROGRESS_EVERY blocks: a 10,000-question bank takes seconds, in a worker.
 */
export function parseGift(
	text: string,
	onprogress?: (done: number, total: number) => void
): ImportResult {
	const result: ImportResult = { questions: [], problems: [] };
	const all = blocks(normaliseLineEnds(text));
	all.forEach((block, index) => {
		if (onprogress && index % PROGRESS_EVERY === 0) onprogress(index, all.length);
		let parsed: ReturnType<typeof parseBlock>;
		try {
			parsed = parseBlock(block);
		} catch {
			parsed = '题目前的 crm-workbench 注释不是有效的 JSON';
		}
		if (parsed === '') return;
		if (typeof parsed === 'string') {
			result.problems.push({ line: block.line, message: parsed });
			return;
		}
		const question = named(parsed.question, parsed.naming);
		const problem = schemaProblem(question);
		if (problem) result.problems.push({ line: block.line, message: problem });
		else result.questions.push(question);
	});
	result.questions = uniqueIds(result.questions);
	return result;
}
