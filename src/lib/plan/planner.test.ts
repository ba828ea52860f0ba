import { describe, expect, it } from 'vitest';
import {
	buildPlan,
	describeTask,
	PlanError,
	progressAgainst,
	taskKey,
	type Plan,
	type PlanInput
} from './planner';

const chapters = Array.from({ length: 10 }, (_, c) => ({
	slug: `ch${c + 1}`,
	title: `第 ${c + 1} 章`,
	readMinutes: 20,
	read: false,
	topics: Array.from({ length: 10 }, (_, t) => `ch${c + 1}-t${t}`)
}));
const topics = chapters.flatMap((c) => c.topics.map((id) => ({ id, name: id, chapter: c.slug })));
const newQuestions = chapters.flatMap((c) =>
	Array.from({ length: 41 }, (_, q) => ({
		id: `${c.slug}-q${q}`,
		chapter: c.slug,
		topics: [c.topics[q % 10]],
		written: q >= 33
	}))
);
const cases = Array.from({ length: 21 }, (_, k) => ({
	slug: `case${k}`,
	title: `案例 ${k}`,
	chapters: [`ch${(k % 10) + 1}`],
	done: false
}));

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const today = '2026-12-02';

/** A learner who has just started: nothing read, nothing practised. */
const beginner = (examInDays: number, minutesPerDay: number): PlanInput => ({
	today,
	examDate: addDays(today, examInDays),
	minutesPerDay,
	chapters,
	topics,
	newQuestions,
	practisedTopics: [],
	cases,
	reviewForecast: [],
	mocksTaken: 0
});

const tasksOf = (plan: Plan) =>
	plan.days.flatMap((d) => d.tasks.map((t) => ({ ...t, date: d.date })));
const mockNumbers = (plan: Plan) =>
	new Set(tasksOf(plan).flatMap((t) => (t.kind === 'mock' ? [t.number] : [])));

describe('buildPlan', () => {
	it.each([
		[3, 20],
		[3, 60],
		[30, 20],
		[30, 60],
		[90, 20],
		[90, 60]
	])(
		'exam in %i days at %i minutes a day: no day over the minutes, nothing on or after the exam',
		(days, minutes) => {
			const plan = buildPlan(beginner(days, minutes));
			expect(plan.days).toHaveLength(days);
			for (const day of plan.days) expect(day.minutes).toBeLessThanOrEqual(minutes);
			expect(plan.days.at(-1)?.date).toBe(addDays(today, days - 1));
		}
	);

	it.each([
		[30, 20],
		[30, 60],
		[90, 20],
		[90, 60]
	])(
		'exam in %i days at %i minutes: two whole mocks before the date and every point covered',
		(days, minutes) => {
			const plan = buildPlan(beginner(days, minutes));
			expect(mockNumbers(plan)).toEqual(new Set([1, 2]));
			for (const number of [1, 2]) {
				const parts = tasksOf(plan).filter((t) => t.kind === 'mock' && t.number === number);
				expect(parts.map((p) => (p.kind === 'mock' ? p.part : ''))).toContain('对答案、整理错题');
			}
			expect(plan.uncovered).toEqual([]);
		}
	);

	it('with 90 days and an hour a day, reads every chapter and learns every new question', () => {
		const plan = buildPlan(beginner(90, 60));
		const tasks = tasksOf(plan);
		expect(new Set(tasks.flatMap((t) => (t.kind === 'read' ? [t.chapter] : []))).size).toBe(10);
		expect(tasks.flatMap((t) => (t.kind === 'learn' ? t.questionIds : []))).toHaveLength(410);
		expect(plan.notes).toEqual([]);
	});

	it('leaves the days after the second mock starts for review, not new material', () => {
		const plan = buildPlan(beginner(30, 60));
		const firstMock2 = tasksOf(plan).find((t) => t.kind === 'mock' && t.number === 2)!.date;
		const newAfter = tasksOf(plan).filter(
			(t) => t.date >= firstMock2 && ['read', 'learn', 'case'].includes(t.kind)
		);
		expect(newAfter).toEqual([]);
	});

	it('for a learner far behind (3 days, 20 minutes) fits the minutes, skims every chapter and says what gave way', () => {
		const plan = buildPlan(beginner(3, 20));
		expect(plan.uncovered).toEqual([]);
		expect(tasksOf(plan).filter((t) => t.kind === 'skim')).toHaveLength(10);
		expect(plan.notes.join('')).toContain('模拟考试');
		expect(plan.notes.join('')).toContain('考点速览');
	});

	it.each([
		[3, 20],
		[3, 60],
		[30, 20],
		[30, 60],
		[90, 20],
		[90, 60]
	])(
		'for a learner far behind (500 reviews overdue, nothing read) with the exam in %i days at %i minutes: fits the minutes, mocks before the date, every point covered',
		(days, minutes) => {
			const input = { ...beginner(days, minutes), reviewForecast: [500, 20, 20, 20] };
			const plan = buildPlan(input);
			for (const day of plan.days) expect(day.minutes).toBeLessThanOrEqual(minutes);
			expect(plan.uncovered).toEqual([]);
			const mocks = tasksOf(plan).filter((t) => t.kind === 'mock');
			for (const mock of mocks) expect(mock.date < input.examDate).toBe(true);
			if (days >= 30) {
				expect(mockNumbers(plan)).toEqual(new Set([1, 2]));
				// The second mock is whole, and its answers are checked before the exam.
				expect(
					mocks.filter((m) => m.kind === 'mock' && m.number === 2).map((m) => m.minutes)
				).toEqual(expect.arrayContaining([15]));
			} else {
				// Three days cannot hold two 90-minute papers: the plan says what gave way.
				expect(mockNumbers(plan).size < 2).toBe(plan.notes.some((n) => n.includes('模拟考试')));
			}
			// The backlog is worked off at no more than half of each day, never dropped silently.
			const reviewed = tasksOf(plan).reduce((n, t) => n + (t.kind === 'review' ? t.count : 0), 0);
			expect(reviewed).toBeLessThanOrEqual(560);
			for (const day of plan.days) {
				const review = day.tasks.find((t) => t.kind === 'review');
				if (review) expect(review.minutes).toBeLessThanOrEqual(minutes / 2);
			}
		}
	);

	it('puts due reviews first and carries what does not fit to the next day', () => {
		const plan = buildPlan({ ...beginner(30, 20), reviewForecast: [30, 2] });
		const reviews = plan.days
			.slice(0, 3)
			.map((d) => d.tasks.find((t) => t.kind === 'review')?.minutes ?? 0);
		expect(reviews).toEqual([10, 10, 10]);
		expect(plan.days[0].tasks[0].kind).toBe('review');
	});

	it('plans nothing on days off', () => {
		const plan = buildPlan({ ...beginner(30, 60), daysOff: [0, 6] });
		const weekend = plan.days.filter((d) =>
			[0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay())
		);
		expect(weekend.length).toBeGreaterThan(0);
		for (const day of weekend) expect(day).toMatchObject({ off: true, tasks: [] });
		expect(mockNumbers(plan)).toEqual(new Set([1, 2]));
	});

	it('does not plan a mock already taken, and drills only untouched points of read chapters', () => {
		const done = {
			...beginner(30, 60),
			chapters: chapters.map((c) => ({ ...c, read: true })),
			newQuestions: [],
			practisedTopics: topics.slice(5).map((t) => t.id),
			mocksTaken: 1
		};
		const plan = buildPlan(done);
		expect(mockNumbers(plan)).toEqual(new Set([2]));
		const drills = tasksOf(plan).flatMap((t) => (t.kind === 'drill' ? [t.topic] : []));
		expect(drills).toEqual(topics.slice(0, 5).map((t) => t.id));
		expect(plan.uncovered).toEqual([]);
	});

	it.each([
		[{ examDate: today }, '考试日期必须在今天之后'],
		[{ examDate: 'soon' }, '考试日期无法识别'],
		[{ examDate: addDays(today, 400) }, '超过一年'],
		[{ minutesPerDay: 5 }, '20–600 分钟'],
		[{ daysOff: [0, 1, 2, 3, 4, 5, 6] }, '没有可以学习的日子']
	] as [Partial<PlanInput>, string][])('refuses %o in Chinese', (change, message) => {
		expect(() => buildPlan({ ...beginner(30, 60), ...change })).toThrow(PlanError);
		expect(() => buildPlan({ ...beginner(30, 60), ...change })).toThrow(message);
	});
});

describe('progressAgainst', () => {
	const input = beginner(30, 60);
	const first = buildPlan(input);
	const dayAfter = (n: number) => addDays(today, n);

	it('says how many days behind and over how many days the missed tasks were spread', () => {
		// Nothing done for two days: re-plan from day 2 with the same state.
		const next = buildPlan({ ...input, today: dayAfter(2) });
		const sentence = progressAgainst(first, next, dayAfter(2), () => false, 60);
		expect(sentence).toMatch(/^落后 2 天：把阅读第 1 章等 \d+ 项任务分到后 \d+ 天。$/);
	});

	it('says the learner is ahead when later tasks are already done', () => {
		const later = new Set(first.days.slice(1, 4).flatMap((d) => d.tasks.map(taskKey)));
		const sentence = progressAgainst(first, first, today, (task) => later.has(taskKey(task)), 60);
		expect(sentence).toMatch(/^提前 \d 天/);
	});

	it('says nothing when the learner is on track', () => {
		const done = new Set(first.days[0].tasks.map(taskKey));
		expect(
			progressAgainst(first, first, dayAfter(1), (task) => done.has(taskKey(task)), 60)
		).toBeNull();
	});

	it('describes every kind of task in Chinese', () => {
		expect(
			describeTask({ kind: 'case', slug: 'xerox', title: '施乐', minutes: 12.5, part: 2 })
		).toBe('案例：施乐（写答案并自评）');
		expect(describeTask({ kind: 'review', count: 7, minutes: 7 })).toBe('复习到期的 7 道题');
	});
});
