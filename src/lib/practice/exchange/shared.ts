/** What every importer returns: the questions it read, and every problem with its line number. */
import { z } from 'zod';
import { questionSchema, type Question } from '../../content/schema';
import { letter } from '../grade';
import { CUSTOM_CHAPTER } from './custom-chapter';

export interface ImportProblem {
	/** 1-based line in the file where the faulty question starts (or the faulty line itself). */
	line: number;
	message: string;
}

export interface ImportResult {
	questions: Question[];
	problems: ImportProblem[];
}

export const WRITTEN_TYPES = new Set(['definition', 'short', 'case']);

/** zod's own messages in Chinese, built once: a bank of 10,000 questions checks each. */
const ZH_CN = z.locales.zhCN().localeError;

/** Checks a question against the bank's schema; returns a Chinese message or null. */
export function schemaProblem(question: unknown): string | null {
	const result = questionSchema.safeParse(question, { error: ZH_CN });
	if (result.success) return null;
	const issue = result.error.issues[0];
	return `${FIELD_NAMES[String(issue.path[0])] ?? (issue.path.join('.') || '题目')}：${issue.message}`;
}

/** The Chinese name of a question's field, for messages. */
const FIELD_NAMES: Record<string, string> = {
	id: '编号',
	title: '题目名称',
	type: '题型',
	stem: '题干',
	options: '选项',
	answer: '答案',
	explanation: '解析',
	points: '评分要点',
	case: '案例'
};

/** Scoring points for a written answer that came without any: the whole answer, 10 marks. */
export function defaultPoints(answer: string): Question['points'] {
	const keywords = answer
		.split(/[，。；、,.;\s]+/)
		.map((part) => part.trim())
		.filter((part) => part.length >= 2)
		.slice(0, 3)
		.map((part) => part.slice(0, 8));
	return [{ text: answer, marks: 10, keywords: keywords.length ? keywords : [answer.slice(0, 8)] }];
}

/** Letters of the correct options. */
export function keyLetters(question: Question): string[] {
	return Array.isArray(question.answer) ? question.answer : [String(question.answer)];
}

export const optionLetters = (count: number) => Array.from({ length: count }, (_, i) => letter(i));

/** The longest title kept: Moodle allows 255 characters; a title is a label, not a second stem. */
export const TITLE_MAX_CHARS = 100;

/**
 * A question's name from the file (GIFT ::第1题::, Moodle <name>Question 2</name>), trimmed and
 * cut to TITLE_MAX_CHARS; undefined when there is none.
 */
export function titleOf(name: string): string | undefined {
	const title = name.replace(/\s+/g, ' ').trim();
	if (!title) return undefined;
	return title.length > TITLE_MAX_CHARS ? `${title.slice(0, TITLE_MAX_CHARS - 1)}…` : title;
}

/**
 * A 53-bit hash of a text as 14 hex digits: two 32-bit multiply-xorshift lanes mixed at the end
 * (the "cyrb53" construction). Not cryptographic — it only has to tell questions apart — and
 * about ten times faster than SHA-256 in JavaScript, which matters for a bank of 10,000.
 */
function hash53(text: string): string {
	let a = 0xdeadbeef;
	let b = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		a = Math.imul(a ^ code, 2654435761);
		b = Math.imul(b ^ code, 1597334677);
	}
	a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
	b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
	return (4294967296 * (2097151 & b) + (a >>> 0)).toString(16).padStart(14, '0');
}

/**
 * An id for a question that came without one of the site's own: my-questions- and 12 hex digits
 * of a hash of what the question says. The same question in the same file gets the same id on
 * every import (a second import of a file adds nothing twice), and different questions do not
 * share one, whichever file they came from — Q1 of one teacher's file is not Q1 of another's.
 */
export function generatedId(
	question: Pick<Question, 'type' | 'stem' | 'options' | 'title'>
): string {
	const what = JSON.stringify([
		question.type,
		question.title ?? '',
		question.stem,
		question.options ?? []
	]);
	return `${CUSTOM_CHAPTER}-${hash53(what).slice(-12)}`;
}

/** Makes ids unique within one file: a repeated one becomes id-2, id-3, … in file order. */
export function uniqueIds<T extends { id: string }>(questions: T[]): T[] {
	const used = new Set<string>();
	return questions.map((q) => {
		let id = q.id;
		for (let n = 2; used.has(id); n++) id = `${q.id}-${n}`;
		used.add(id);
		return id === q.id ? q : { ...q, id };
	});
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/**
 * Moodle writes question text as HTML (<p>…</p>, <br>, &nbsp;); the site shows stems and options
 * as plain text, so paragraphs and line breaks become line breaks, other tags go and entities are
 * decoded.
 */
export function htmlToText(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h[1-6]|tr)>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code =
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Whether text from a file is HTML rather than plain text. */
export const looksLikeHtml = (text: string) =>
	/<\/?(p|br|div|span|strong|b|i|em|u|ul|ol|li|img|table|tr|td|sub|sup|h[1-6]|font)\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\d+);/i.test(
		text
	);
