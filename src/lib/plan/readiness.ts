/**
 * Puts the plan models together from the learner's records: the day-by-day plan (planner.ts),
 * how they stand against the plan they set (one sentence), mastery per knowledge point
 * (mastery.ts) and the predicted score (predict.ts). Pure: the /plan page, the Today card and
 * the unit tests call the same function.
 */
import type { Question } from '../content/schema';
import { isObjective } from '../practice/grade';
import { PAPER } from '../practice/mock';
import { forecast, type StoredCard } from '../practice/review';
import { masteryByTopic, masteryLevel, type TopicMastery } from './mastery';
import {
	buildPlan,
	PlanError,
	progressAgainst,
	type Plan,
	type PlanDay,
	type PlanInput,
	type Task
} from './planner';
import { cardsAt, type LoggedReview } from './history';
import { predictScore, type Prediction } from './predict';
import type { Syllabus } from './syllabus';
import { daysBetween, localDate, type ExamPlanSettings } from './exam-plan';

export const DEFAULT_MINUTES_PER_DAY = 60;

/** The learner's records the plan reads; gathered by db/plan.ts. */
export interface LearnerRecords {
	readChapters: string[];
	/** Ids of bank questions answered at least once. */
	answered: string[];
	cards: StoredCard[];
	/** The review log, to rebuild the cards of earlier days (history.ts). */
	logs: LoggedReview[];
	/** Self-marked case answers: marks earned and available, by case, and when last marked. */
	caseScores: { caseId: string; score: number; maxScore: number; lastAt?: number }[];
	/** Finished mock exams. */
	mocks: { submittedAt?: number; startedAt: number; score?: number; maxScore?: number }[];
}

export interface CourseContent {
	chapters: { slug: string; title: string; number: number }[];
	topics: { id: string; name: string; chapter: string }[];
	cases: { slug: string; title: string; chapters: string[] }[];
	questions: Question[];
	syllabus: Syllabus;
}

export interface Readiness {
	/** null when the settings do not give a plan (see `problem`). */
	plan: Plan | null;
	/** Why there is no plan, in Chinese, e.g. an exam date already past. */
	problem: string;
	/** Behind or ahead of the plan the learner set, in one sentence; null when on track. */
	progress: string | null;
	today: PlanDay | null;
	mastery: Map<string, TopicMastery>;
	prediction: Prediction;
	/** The predicted score as the records stood two weeks and one week ago (empty without practice). */
	trend: { daysAgo: number; expected: number }[];
	/** Points with enough evidence to count as practised. */
	practised: Set<string>;
}

const DAY_MS = 86_400_000;

/** Nine in the morning of the exam day, local time: when recall is predicted for. */
export function examMoment(examDate: string): number {
	const [year, month, day] = examDate.split('-').map(Number);
	return new Date(year, month - 1, day, 9).getTime();
}

export function planInput(
	settings: Pick<ExamPlanSettings, 'examDate' | 'minutesPerDay' | 'daysOff' | 'since'>,
	records: LearnerRecords,
	content: CourseContent,
	practised: Set<string>,
	now: number
): PlanInput {
	const today = localDate(now);
	const read = new Set(records.readChapters);
	const answered = new Set(records.answered);
	const caseDone = new Set(records.caseScores.map((c) => c.caseId));
	const days = Math.max(1, daysBetween(today, settings.examDate));
	return {
		today,
		examDate: settings.examDate,
		minutesPerDay: settings.minutesPerDay,
		daysOff: settings.daysOff,
		chapters: content.chapters.map((chapter) => ({
			slug: chapter.slug,
			title: `第 ${chapter.number} 章 ${chapter.title}`,
			readMinutes: content.syllabus.readMinutes[chapter.slug] ?? 30,
			read: read.has(chapter.slug),
			topics: content.topics.filter((t) => t.chapter === chapter.slug).map((t) => t.id)
		})),
		topics: content.topics,
		newQuestions: content.questions
			.filter((q) => !answered.has(q.id))
			.map((q) => ({
				id: q.id,
				chapter: q.chapter,
				topics: q.topics,
				written: !isObjective(q)
			})),
		practisedTopics: [...practised],
		cases: content.cases.map((c) => ({
			slug: c.slug,
			title: c.title,
			chapters: c.chapters,
			done: caseDone.has(c.slug)
		})),
		reviewForecast: forecast(
			records.cards.map((card) => card.due),
			now,
			days
		),
		mocksTaken: Math.min(
			2,
			records.mocks.filter((m) => (m.submittedAt ?? m.startedAt) >= settings.since).length
		)
	};
}

/** Whether the learner's records show a task done (reviews are re-planned daily, never "done"). */
export function taskDone(task: Task, input: PlanInput): boolean {
	switch (task.kind) {
		case 'review':
			return false;
		case 'read':
		case 'skim':
			return input.chapters.some((c) => c.slug === task.chapter && c.read);
		case 'learn': {
			const open = new Set(input.newQuestions.map((q) => q.id));
			return task.questionIds.every((id) => !open.has(id));
		}
		case 'case':
			return input.cases.some((c) => c.slug === task.slug && c.done);
		case 'drill':
			return input.practisedTopics.includes(task.topic);
		case 'mock':
			return input.mocksTaken >= task.number;
	}
}

export function masteryOf(
	records: LearnerRecords,
	content: Pick<CourseContent, 'topics' | 'questions'>,
	examAt: number
): Map<string, TopicMastery> {
	return masteryByTopic(
		{
			topics: content.topics.map((t) => t.id),
			questions: content.questions,
			cards: records.cards,
			caseShares: records.caseScores
				.filter((c) => c.maxScore > 0)
				.map((c) => ({ caseId: c.caseId, share: c.score / c.maxScore }))
		},
		examAt
	);
}

/** The records as they stood at an earlier time: review cards rebuilt from the log, cases marked by then. */
export function recordsAt(records: LearnerRecords, at: number): LearnerRecords {
	return {
		...records,
		cards: cardsAt(records.cards, records.logs, at),
		caseScores: records.caseScores.filter((c) => (c.lastAt ?? 0) <= at)
	};
}

/**
 * The score predicted for a mock paper started at `at`, from the records as they stood then and
 * recall at that moment: what is set against the paper's actual score after 交卷.
 */
export function predictionAt(
	records: LearnerRecords,
	content: Pick<CourseContent, 'topics' | 'questions'>,
	at: number
): Prediction {
	return predictScore(PAPER, content.questions, masteryOf(recordsAt(records, at), content, at), {
		runs: 2000
	});
}

export function readiness(
	settings: ExamPlanSettings | undefined,
	records: LearnerRecords,
	content: CourseContent,
	now: number
): Readiness {
	// Without an exam date, recall is predicted for a week from now.
	const examAt = settings ? examMoment(settings.examDate) : now + 7 * DAY_MS;
	const mastery = masteryOf(records, content, examAt);
	const practised = new Set(
		[...mastery.values()].filter((m) => masteryLevel(m) !== '未学').map((m) => m.topic)
	);
	const prediction = predictScore(PAPER, content.questions, mastery, { runs: 2000 });
	const trend = records.logs.length
		? [14, 7].map((daysAgo) => {
				const then = recordsAt(records, now - daysAgo * DAY_MS);
				const past = predictScore(PAPER, content.questions, masteryOf(then, content, examAt), {
					runs: 2000
				});
				return { daysAgo, expected: past.expected };
			})
		: [];
	const base = { mastery, prediction, trend, practised };
	if (!settings) return { ...base, plan: null, problem: '', progress: null, today: null };
	const input = planInput(settings, records, content, practised, now);
	let plan: Plan;
	try {
		plan = buildPlan(input);
	} catch (error) {
		if (!(error instanceof PlanError)) throw error;
		const past = daysBetween(input.today, settings.examDate) < 1;
		return {
			...base,
			plan: null,
			problem: past
				? `考试日期 ${settings.examDate} 已经到了或过了：请设定下一次考试的日期。`
				: error.message,
			progress: null,
			today: null
		};
	}
	const progress =
		settings.baseline && settings.baseline.madeOn <= input.today
			? progressAgainst(
					settings.baseline.plan,
					plan,
					input.today,
					(task) => taskDone(task, input),
					settings.minutesPerDay
				)
			: null;
	return {
		...base,
		plan,
		problem: '',
		progress,
		today: plan.days.find((day) => day.date === input.today) ?? null
	};
}

/**
 * Checks what the learner typed and returns the settings to store, with a fresh baseline plan;
 * a Chinese message naming the field when something is wrong (nothing is stored then).
 */
export function settingsFromForm(
	form: { examDate: string; minutesPerDay: string | number; daysOff: number[] },
	previous: ExamPlanSettings | undefined,
	records: LearnerRecords,
	content: CourseContent,
	now: number
): { settings: ExamPlanSettings } | { error: string } {
	if (!form.examDate) return { error: '考试日期：请先选一天。' };
	const minutes = Number(form.minutesPerDay);
	if (!Number.isFinite(minutes) || String(form.minutesPerDay).trim() === '') {
		return { error: '每天学习时间：请填一个分钟数，例如 60。' };
	}
	const since = previous && previous.examDate === form.examDate ? previous.since : Math.floor(now);
	const draft = {
		examDate: form.examDate,
		minutesPerDay: Math.round(minutes),
		daysOff: [...new Set(form.daysOff)].sort(),
		since
	};
	const mastery = masteryOf(records, content, examMoment(form.examDate));
	const practised = new Set(
		[...mastery.values()].filter((m) => masteryLevel(m) !== '未学').map((m) => m.topic)
	);
	try {
		const plan = buildPlan(planInput(draft, records, content, practised, now));
		return { settings: { ...draft, baseline: { madeOn: localDate(now), plan } } };
	} catch (error) {
		if (!(error instanceof PlanError)) throw error;
		const field = /每天学习时间/.test(error.message)
			? ''
			: /休息日/.test(error.message)
				? '休息日：'
				: '考试日期：';
		return { error: field + error.message };
	}
}
