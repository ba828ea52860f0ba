import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import { drawOptionOrders, drawPaper, PAPER, PAPER_TOTAL, scorePaper } from './mock';
import { optionOrder } from './shuffle';

const chapters = ['a', 'b', 'c', 'd'];
const bank: Question[] = PAPER.flatMap(
	(section) =>
		Array.from({ length: 24 }, (_, i) => ({
			id: `${section.type}-${i}`,
			type: section.type,
			chapter: chapters[i % 4],
			topics: ['t'],
			difficulty: 1,
			stem: '题',
			explanation: '解析',
			...(section.type === 'single' || section.type === 'multiple'
				? { options: ['a', 'b', 'c', 'd'], answer: section.type === 'single' ? 'A' : ['A', 'B'] }
				: section.type === 'truefalse'
					? { answer: true }
					: { answer: '参考答案', points: [{ text: '要点', marks: 10, keywords: ['要点'] }] })
		})) as Question[]
);

describe('mock exam paper', () => {
	it('adds up to 100 marks', () => expect(PAPER_TOTAL).toBe(100));

	it('draws every section in full, without repeats, balanced over chapters', () => {
		const ids = drawPaper(bank, 42);
		expect(ids).toHaveLength(PAPER.reduce((n, s) => n + s.count, 0));
		expect(new Set(ids).size).toBe(ids.length);
		const singles = ids.filter((id) => id.startsWith('single-'));
		const perChapter = chapters.map(
			(c) => singles.filter((id) => bank.find((q) => q.id === id)?.chapter === c).length
		);
		// 10 single-choice items over 4 chapters: 2 or 3 each.
		expect(Math.max(...perChapter) - Math.min(...perChapter)).toBeLessThanOrEqual(1);
	});

	it('draws a different paper with another seed', () => {
		expect(drawPaper(bank, 1)).not.toEqual(drawPaper(bank, 2));
	});

	it('scores objective items all-or-nothing and written items by their self-marked share', () => {
		const paper = drawPaper(bank, 7).map((id) => bank.find((q) => q.id === id) as Question);
		const answers: Record<string, string | string[] | boolean> = {};
		for (const q of paper) {
			if (q.type === 'single') answers[q.id] = 'A';
			if (q.type === 'multiple') answers[q.id] = ['A'];
			if (q.type === 'truefalse') answers[q.id] = true;
		}
		const written = paper.filter((q) => q.type === 'short' || q.type === 'case');
		const report = scorePaper(paper, answers, { [written[0].id]: 0.5, [written[2].id]: 0.75 });
		// singles 20 + multiples 0 + true/false 10 + short 5 + case 15
		expect(report.score).toBe(50);
		expect(report.total).toBe(100);
		expect(report.bySection.map((s) => s.score)).toEqual([20, 0, 10, 5, 15]);
		expect(report.byChapter.reduce((n, c) => n + c.marks, 0)).toBe(100);
	});
});

describe('option orders of a paper', () => {
	it('draws one order per choice question, the same for the same seed', () => {
		const paper = drawPaper(bank, 42).map((id) => bank.find((q) => q.id === id) as Question);
		const orders = drawOptionOrders(paper, 42);
		const choice = paper.filter((q) => q.type === 'single' || q.type === 'multiple');
		expect(Object.keys(orders).sort()).toEqual(choice.map((q) => q.id).sort());
		for (const question of choice) {
			expect(orders[question.id]).toEqual(optionOrder(question, 42));
		}
		expect(drawOptionOrders(paper, 42)).toEqual(orders);
		expect(drawOptionOrders(paper, 43)).not.toEqual(orders);
	});
});
