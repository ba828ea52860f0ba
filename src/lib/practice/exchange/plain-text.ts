/**
 * The plain-text format Chinese teachers pass around:
 *
 *   1. 题干（  ）
 *   A. 选项一      (or A、选项一 / A．选项一 / A: 选项一)
 *   B. 选项二
 *   答案：B        (several letters for multiple choice; 对/错/正确/错误/√/× for true/false;
 *                   text for written answers)
 *   解析：……       (optional)
 *
 * Questions are separated by blank lines or by the next numbered stem. Every problem is
 * reported with its line number.
 */
import type { Question } from '../../content/schema';
import { normaliseLineEnds } from './read-file';
import {
	defaultPoints,
	generatedId,
	optionLetters,
	schemaProblem,
	uniqueIds,
	type ImportResult
} from './shared';
import { CUSTOM_CHAPTER } from './custom-chapter';

const STEM = /^\s*(\d+)\s*[.、．)）]\s*(.+)$/;
const OPTION = /^\s*([A-Ha-h])\s*[.、．:：)）]\s*(.+)$/;
const ANSWER = /^\s*(?:答案|参考答案|正确答案)\s*[:：]\s*(.*)$/;
const EXPLANATION = /^\s*(?:解析|答案解析|说明)\s*[:：]\s*(.*)$/;
const TRUE = /^(对|正确|√|是|T|true)$/i;
const FALSE = /^(错|错误|×|x|否|F|false)$/i;

interface Draft {
	line: number;
	stem: string;
	options: { letter: string; text: string; line: number }[];
	answer?: string;
	answerLine?: number;
	explanation?: string;
}

function toQuestion(draft: Draft, index: number): Question | { line: number; message: string } {
	if (draft.answer === undefined || !draft.answer.trim()) {
		return { line: draft.line, message: `第 ${index} 题缺少“答案：”行` };
	}
	const answer = draft.answer.trim();
	const base = {
		// Replaced by generatedId once the question is complete.
		id: CUSTOM_CHAPTER,
		chapter: CUSTOM_CHAPTER,
		topics: [CUSTOM_CHAPTER],
		difficulty: 2 as const,
		stem: draft.stem,
		explanation: draft.explanation?.trim() || '（导入的题目没有解析）'
	};
	if (draft.options.length) {
		const expected = optionLetters(draft.options.length);
		const found = draft.options.map((o) => o.letter);
		const misplaced = found.findIndex((l, i) => l !== expected[i]);
		if (misplaced >= 0) {
			return {
				line: draft.options[misplaced].line,
				message: `选项应按 ${expected.join('、')} 顺序排列，这里是「${found[misplaced]}」`
			};
		}
		const letters = [...answer.toUpperCase().replace(/[^A-H]/g, '')];
		if (!letters.length || letters.some((l) => !expected.includes(l))) {
			return { line: draft.answerLine ?? draft.line, message: `答案「${answer}」不是选项中的字母` };
		}
		const options = draft.options.map((o) => o.text);
		return letters.length > 1
			? { ...base, type: 'multiple', options, answer: [...new Set(letters)].sort() }
			: { ...base, type: 'single', options, answer: letters[0] };
	}
	if (TRUE.test(answer) || FALSE.test(answer)) {
		return { ...base, type: 'truefalse', answer: TRUE.test(answer) };
	}
	return {
		...base,
		type: answer.length > 120 ? 'short' : 'definition',
		answer,
		points: defaultPoints(answer)
	};
}

export function parsePlainText(text: string): ImportResult {
	const result: ImportResult = { questions: [], problems: [] };
	const drafts: Draft[] = [];
	let current: Draft | null = null;
	let field: 'stem' | 'answer' | 'explanation' | null = null;
	normaliseLineEnds(text)
		.split('\n')
		.forEach((raw, index) => {
			const line = index + 1;
			if (!raw.trim()) {
				field = null;
				return;
			}
			const stem = STEM.exec(raw);
			const option = OPTION.exec(raw);
			const answer = ANSWER.exec(raw);
			const explanation = EXPLANATION.exec(raw);
			if (stem && !(current && field === 'answer')) {
				current = { line, stem: stem[2].trim(), options: [] };
				drafts.push(current);
				field = 'stem';
			} else if (!current) {
				result.problems.push({ line, message: `这一行不属于任何题目：应以“1. 题干”开头` });
			} else if (answer) {
				current.answer = answer[1];
				current.answerLine = line;
				field = 'answer';
			} else if (explanation) {
				current.explanation = explanation[1];
				field = 'explanation';
			} else if (option && field !== 'answer' && field !== 'explanation') {
				current.options.push({ letter: option[1].toUpperCase(), text: option[2].trim(), line });
			} else if (field === 'answer') {
				current.answer = `${current.answer ?? ''}${raw.trim()}`;
			} else if (field === 'explanation') {
				current.explanation = `${current.explanation ?? ''}${raw.trim()}`;
			} else if (field === 'stem' && !current.options.length) {
				current.stem += raw.trim();
			} else {
				result.problems.push({ line, message: `无法识别这一行「${raw.trim().slice(0, 20)}」` });
			}
		});
	drafts.forEach((draft, i) => {
		const made = toQuestion(draft, i + 1);
		if ('message' in made) {
			result.problems.push(made);
			return;
		}
		const question = { ...made, id: generatedId(made) };
		const problem = schemaProblem(question);
		if (problem) result.problems.push({ line: draft.line, message: problem });
		else result.questions.push(question);
	});
	result.problems.sort((a, b) => a.line - b.line);
	result.questions = uniqueIds(result.questions);
	return result;
}
