import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import type { Question } from '../content/schema';
import { review } from '../practice/review';
import {
	planInput,
	predictionAt,
	readiness,
	settingsFromForm,
	taskDone,
	type CourseContent,
	type LearnerRecords
} from './readiness';
import { daysBetween, examPlanFrom, localDate, type ExamPlanSettings } from './exam-plan';

const DAY = 86_400_000;
// Noon local time, so adding whole days never crosses a date boundary.
const now = new Date(2026, 11, 2, 12).getTime();
const today = localDate(now);
const inDays = (n: number) => localDate(now + n * DAY);

const TYPES = ['single', 'multiple', 'truefalse', 'short', 'case'] as const;
const questions = ['ch1', 'ch2'].flatMap((chapter, c) =>
	TYPES.flatMap((type) =>
		[0, 1].map(
			(k) =>
				({
					id: `${chapter}-${type}-${k}`,
					chapter,
					type,
					topics: [`t${c * 2 + k}`],
					stem: '题干',
					answer: 'A',
					explanation: '解析',
					...(type === 'case' ? { case: 'xerox' } : {})
				}) as unknown as Question
		)
	)
);
const content: CourseContent = {
	chapters: [
		{ slug: 'ch1', title: '概述', number: 1 },
		{ slug: 'ch2', title: '细分', number: 2 }
	],
	topics: [
		{ id: 't0', name: '点 0', chapter: 'ch1' },
		{ id: 't1', name: '点 1', chapter: 'ch1' },
		{ id: 't2', name: '点 2', chapter: 'ch2' },
		{ id: 't3', name: '点 3', chapter: 'ch2' }
	],
	cases: [{ slug: 'xerox', title: '施乐', chapters: ['ch2'] }],
	questions,
	syllabus: { readMinutes: { ch1: 30, ch2: 40 }, topicSections: {} }
};
const nothing: LearnerRecords = {
	readChapters: [],
	answered: [],
	cards: [],
	logs: [],
	caseScores: [],
	mocks: []
};
const form = (examDate: string, minutesPerDay: string | number = 60, daysOff: number[] = []) => ({
	examDate,
	minutesPerDay,
	daysOff
});
const settingsFor = (examDate: string, at = now): ExamPlanSettings => {
	const result = settingsFromForm(form(examDate), undefined, nothing, content, at);
	if ('error' in result) throw new Error(result.error);
	return result.settings;
};

describe('readiness', () => {
	it('without an exam date has no plan but still maps mastery and predicts a score', () => {
		const state = readiness(undefined, nothing, content, now);
		expect(state.plan).toBeNull();
		expect([...state.mastery.values()].map((m) => m.evidence)).toEqual([0, 0, 0, 0]);
		expect(state.prediction.total).toBe(100);
		expect(state.prediction.low).toBeLessThan(state.prediction.high);
	});

	it('plans every day from today to the day before an exam 30 days ahead, today first', () => {
		const state = readiness(settingsFor(inDays(30)), nothing, content, now);
		expect(state.plan?.days).toHaveLength(30);
		expect(state.today?.date).toBe(today);
		expect(state.today?.tasks.map((t) => t.kind)).toContain('read');
		expect(state.progress).toBeNull();
	});

	it('says the learner is 2 days behind when nothing planned for the last two days was done', () => {
		const settings = settingsFor(inDays(28), now - 2 * DAY);
		const state = readiness(settings, nothing, content, now);
		expect(state.progress).toMatch(/^落后 2 天：把阅读第 1 章 概述等 \d+ 项任务分到后 \d+ 天。$/);
	});

	it('counts answered questions as practice: mastery and the prediction move, the batch is done', () => {
		const settings = settingsFor(inDays(30));
		const before = readiness(settings, nothing, content, now);
		const learn = before.plan!.days.flatMap((d) => d.tasks).find((t) => t.kind === 'learn')!;
		expect(learn.kind === 'learn' && learn.questionIds.length).toBeGreaterThan(0);
		const ids = learn.kind === 'learn' ? learn.questionIds : [];
		const records = {
			...nothing,
			answered: ids,
			cards: ids.map((id) => review(id, undefined, Rating.Good, now))
		};
		const after = readiness(settings, records, content, now);
		expect(after.practised.size).toBeGreaterThan(0);
		expect(after.trend).toEqual([]);
		const logged = readiness(
			settings,
			{ ...records, logs: ids.map((id) => ({ questionId: id, reviewedAt: now, previous: null })) },
			content,
			now
		);
		// A week ago nothing had been answered: the prediction then was the untouched one.
		expect(logged.trend.map((t) => t.daysAgo)).toEqual([14, 7]);
		expect(logged.trend[1].expected).toBeCloseTo(before.prediction.expected, 10);
		expect(after.prediction.expected).not.toBeCloseTo(before.prediction.expected, 1);
		expect(taskDone(learn, planInput(settings, records, content, after.practised, now))).toBe(true);
		expect(taskDone(learn, planInput(settings, nothing, content, new Set(), now))).toBe(false);
	});

	it('counts only mock exams handed in since the exam date was set', () => {
		const settings = settingsFor(inDays(30));
		const mocks = [
			{ startedAt: now - 5 * DAY, submittedAt: now - 5 * DAY, score: 60 },
			{ startedAt: now + 1, submittedAt: now + 2, score: 70 }
		];
		const state = readiness(settings, { ...nothing, mocks }, content, now + 3);
		const numbers = new Set(
			state.plan!.days.flatMap((d) => d.tasks.flatMap((t) => (t.kind === 'mock' ? [t.number] : [])))
		);
		expect(numbers).toEqual(new Set([2]));
	});

	it('says an exam date that has passed needs a new one', () => {
		const settings = settingsFor(inDays(3), now);
		const state = readiness(settings, nothing, content, now + 5 * DAY);
		expect(state.plan).toBeNull();
		expect(state.problem).toBe(`考试日期 ${inDays(3)} 已经到了或过了：请设定下一次考试的日期。`);
	});
});

describe('predictionAt', () => {
	it('predicts a mock from the records as they stood when it was started, not the answers since', () => {
		const ids = questions.slice(0, 6).map((q) => q.id);
		const later = now + DAY;
		const records: LearnerRecords = {
			...nothing,
			answered: ids,
			cards: ids.map((id) => review(id, undefined, Rating.Good, later)),
			logs: ids.map((id) => ({ questionId: id, reviewedAt: later, previous: null })),
			caseScores: [{ caseId: 'xerox', score: 9, maxScore: 10, lastAt: later }]
		};
		const untouched = predictionAt(nothing, content, now);
		expect(predictionAt(records, content, now)).toEqual(untouched);
		const after = predictionAt(records, content, later + 1);
		expect(after.expected).toBeGreaterThan(untouched.expected);
		expect(after.low).toBeLessThanOrEqual(after.expected);
		expect(after.high).toBeGreaterThanOrEqual(after.expected);
	});
});

describe('examPlanFrom', () => {
	const good = { examDate: '2027-01-01', minutesPerDay: 45, daysOff: [0], since: 1 };

	it('passes a stored plan through, baseline and all', () => {
		const settings = settingsFor(inDays(30));
		expect(examPlanFrom(settings)).toEqual({ settings, unreadable: false });
		expect(examPlanFrom(undefined)).toEqual({ settings: undefined, unreadable: false });
	});

	it.each([
		['garbage'],
		[null],
		[[]],
		[{ ...good, examDate: 20270101 }],
		[{ ...good, examDate: '1 月 1 日' }],
		[{ ...good, minutesPerDay: '60' }],
		[{ ...good, minutesPerDay: Infinity }],
		[{ ...good, daysOff: [7] }],
		[{ ...good, daysOff: 'weekends' }],
		[{ ...good, since: undefined }]
	])('calls %o unreadable rather than a plan', (value) => {
		expect(examPlanFrom(value)).toEqual({ settings: undefined, unreadable: true });
	});

	it('drops a baseline that is not a plan and keeps the rest', () => {
		for (const baseline of [5, { madeOn: today }, { madeOn: today, plan: { days: [{}] } }]) {
			expect(examPlanFrom({ ...good, baseline })).toEqual({ settings: good, unreadable: false });
		}
	});

	it('gives a plan, not an error, for settings it lets through', () => {
		const { settings } = examPlanFrom({ ...good, examDate: inDays(20) });
		expect(readiness(settings, nothing, content, now).plan?.days).toHaveLength(20);
	});
});

describe('settingsFromForm', () => {
	it.each([
		[form(''), '考试日期：请先选一天。'],
		[form(today), '考试日期：考试日期必须在今天之后。'],
		[form(inDays(30), ''), '每天学习时间：请填一个分钟数，例如 60。'],
		[form(inDays(30), 5), '每天学习时间须在 20–600 分钟之间。'],
		[
			form(inDays(30), 60, [0, 1, 2, 3, 4, 5, 6]),
			'休息日：考试前的每一天都被设为休息日，没有可以学习的日子。'
		]
	])('refuses %o with a message naming the field', (values, message) => {
		expect(settingsFromForm(values, undefined, nothing, content, now)).toEqual({ error: message });
	});

	it('keeps when the date was first set when only the minutes change, and re-makes the baseline', () => {
		const first = settingsFor(inDays(30), now - DAY);
		const result = settingsFromForm(form(inDays(30), 90, [0]), first, nothing, content, now);
		if ('error' in result) throw new Error(result.error);
		expect(result.settings).toMatchObject({ since: now - DAY, minutesPerDay: 90, daysOff: [0] });
		expect(result.settings.baseline?.madeOn).toBe(today);
		expect(daysBetween(today, result.settings.examDate)).toBe(30);
	});
});
