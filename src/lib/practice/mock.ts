/**
 * Mock exam papers modelled on the open-university CRM exam: objective sections, then short
 * answers and case analysis, 100 marks in all. Each draw is fresh but balanced over chapters.
 */
import type { Question } from '../content/schema';
import type { QuestionType } from '../content/ids';
import { isCorrect, type Response } from './grade';
import { seededRandom } from '../random';
import { shuffle } from './select';
import { optionOrder } from './shuffle';

export interface PaperSection {
	type: QuestionType;
	title: string;
	count: number;
	/** Marks per item. */
	marks: number;
}

export const PAPER: PaperSection[] = [
	{ type: 'single', title: '一、单项选择题', count: 10, marks: 2 },
	{ type: 'multiple', title: '二、多项选择题', count: 5, marks: 2 },
	{ type: 'truefalse', title: '三、判断题', count: 10, marks: 1 },
	{ type: 'short', title: '四、简答题', count: 2, marks: 10 },
	{ type: 'case', title: '五、案例分析题', count: 2, marks: 20 }
];

export const PAPER_MINUTES = 90;
export const PAPER_TOTAL = PAPER.reduce((sum, s) => sum + s.count * s.marks, 0);

/**
 * Draws each section by visiting chapters in a shuffled round-robin, so no chapter dominates a
 * section while every chapter with questions of that kind gets its turn.
 */
export function drawPaper(questions: Question[], seed: number): string[] {
	const random = seededRandom(seed);
	const ids: string[] = [];
	for (const section of PAPER) {
		const byChapter = new Map<string, Question[]>();
		for (const q of shuffle(
			questions.filter((q) => q.type === section.type),
			random
		)) {
			byChapter.set(q.chapter, [...(byChapter.get(q.chapter) ?? []), q]);
		}
		const queues = shuffle([...byChapter.values()], random);
		let picked = 0;
		while (picked < section.count && queues.some((queue) => queue.length)) {
			for (const queue of queues) {
				const next = queue.shift();
				if (!next || picked === section.count) continue;
				ids.push(next.id);
				picked += 1;
			}
		}
	}
	return ids;
}

/** The display order of every choice question on a paper, drawn once when the paper starts. */
export function drawOptionOrders(questions: Question[], seed: number): Record<string, number[]> {
	const orders: Record<string, number[]> = {};
	for (const question of questions) {
		const order = optionOrder(question, seed);
		if (order) orders[question.id] = order;
	}
	return orders;
}

export interface ItemScore {
	questionId: string;
	chapter: string;
	section: string;
	score: number;
	marks: number;
}

export interface PaperReport {
	score: number;
	total: number;
	items: ItemScore[];
	bySection: { title: string; score: number; marks: number }[];
	byChapter: { chapter: string; score: number; marks: number }[];
}

/**
 * Scores a paper. Objective items earn full marks or none (a multiple choice needs exactly the
 * right letters, as in the exam); written items earn their self-marked share of the item's marks.
 */
export function scorePaper(
	questions: Question[],
	answers: Record<string, Response>,
	writtenShares: Record<string, number>
): PaperReport {
	const sectionOf = new Map(PAPER.map((s) => [s.type, s]));
	const items: ItemScore[] = questions.map((q) => {
		const section = sectionOf.get(q.type) as PaperSection;
		const answer = answers[q.id];
		const share =
			section.type === 'short' || section.type === 'case' || section.type === 'definition'
				? (writtenShares[q.id] ?? 0)
				: answer !== undefined && isCorrect(q, answer)
					? 1
					: 0;
		return {
			questionId: q.id,
			chapter: q.chapter,
			section: section.title,
			score: Math.round(share * section.marks * 10) / 10,
			marks: section.marks
		};
	});
	const sum = (list: ItemScore[], key: 'score' | 'marks') =>
		Math.round(list.reduce((total, item) => total + item[key], 0) * 10) / 10;
	const group = <K extends 'section' | 'chapter'>(key: K) =>
		[...new Set(items.map((item) => item[key]))].map((value) => {
			const list = items.filter((item) => item[key] === value);
			return { value, score: sum(list, 'score'), marks: sum(list, 'marks') };
		});
	return {
		score: sum(items, 'score'),
		total: sum(items, 'marks'),
		items,
		bySection: group('section').map(({ value, ...rest }) => ({ title: value, ...rest })),
		byChapter: group('chapter').map(({ value, ...rest }) => ({ chapter: value, ...rest }))
	};
}
