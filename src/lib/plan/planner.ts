/**
 * Turns an exam date into a day-by-day study plan. Every day starts with the reviews FSRS says are
 * due; new material (reading, new questions, cases) fills the days up to a cut-off before the
 * second mock exam, so the last days are left for reviews, 5-question drills on the points the
 * learner has not touched and the second mock. Every chapter gets a task that covers its points:
 * reading it, or, once read (or when time is short), a 考点速览 of it. When time is short, new
 * questions go first, then cases, then reading becomes 考点速览; what did not fit is listed.
 * The plan is a pure function of today's state, so re-planning is just planning again.
 */
import { PAPER } from '../practice/mock';

export const MINUTES = {
	/** Each review of a due card. */
	review: 1,
	objectiveQuestion: 1.5,
	writtenQuestion: 6,
	case: 25,
	/** 考点速览: the chapter's key points, confusions and glossary. */
	skim: 5,
	/** A 5-question drill on one knowledge point. */
	drill: 8,
	/** Checking a mock exam's answers after handing it in. */
	mockCheck: 15
} as const;

export const MIN_MINUTES_PER_DAY = 20;
export const MAX_MINUTES_PER_DAY = 600;

/** A mock exam in parts small enough for a short day (the mock page can pause between them). */
const MOCK_PARTS = [
	...PAPER.map((section) => ({
		title: section.title.replace(/^[一二三四五]、/, ''),
		minutes:
			section.type === 'short' || section.type === 'case'
				? section.count * 10
				: Math.ceil(section.count * 1.2)
	})),
	{ title: '对答案、整理错题', minutes: MINUTES.mockCheck }
];
export const MOCK_MINUTES = MOCK_PARTS.reduce((sum, part) => sum + part.minutes, 0);

export type Task =
	| { kind: 'review'; count: number; minutes: number }
	| { kind: 'read'; chapter: string; title: string; minutes: number; part?: number }
	| { kind: 'skim'; chapter: string; title: string; minutes: number }
	| { kind: 'learn'; chapter: string; title: string; questionIds: string[]; minutes: number }
	| { kind: 'case'; slug: string; title: string; minutes: number; part?: number }
	| { kind: 'drill'; topic: string; title: string; minutes: number }
	| { kind: 'mock'; number: number; part: string; minutes: number };

export interface PlanDay {
	date: string;
	/** A day off the learner chose: no tasks. */
	off: boolean;
	tasks: Task[];
	minutes: number;
}

export interface PlanInput {
	/** Local dates, YYYY-MM-DD. */
	today: string;
	examDate: string;
	minutesPerDay: number;
	/** Weekdays the learner does not study (0 = Sunday). */
	daysOff?: number[];
	/** Course chapters in order. */
	chapters: { slug: string; title: string; readMinutes: number; read: boolean; topics: string[] }[];
	topics: { id: string; name: string; chapter: string }[];
	/** Bank questions the learner has never answered. */
	newQuestions: { id: string; chapter: string; topics: string[]; written: boolean }[];
	/** Points with evidence of practice (see mastery.ts); the rest get a drill if time allows. */
	practisedTopics: string[];
	cases: { slug: string; title: string; chapters: string[]; done: boolean }[];
	/** Reviews due on each day from today (FSRS forecast; overdue ones on day 0). */
	reviewForecast: number[];
	/** Mock exams the learner has already taken since setting the date (0–2). */
	mocksTaken: number;
}

export interface Plan {
	days: PlanDay[];
	/** Knowledge points no task covers (only when time is too short). */
	uncovered: string[];
	/** One sentence each on what had to give. */
	notes: string[];
}

export class PlanError extends Error {}

const DAY_MS = 86_400_000;
const toDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function check(input: PlanInput): void {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(input.examDate) || Number.isNaN(toDay(input.examDate))) {
		throw new PlanError('考试日期无法识别，请用日期选择器选一天。');
	}
	const days = toDay(input.examDate) - toDay(input.today);
	if (days < 1) throw new PlanError('考试日期必须在今天之后。');
	if (days > 366) throw new PlanError('考试日期离今天超过一年，请选一年之内的日期。');
	const minutes = input.minutesPerDay;
	if (!Number.isFinite(minutes) || minutes < MIN_MINUTES_PER_DAY || minutes > MAX_MINUTES_PER_DAY) {
		throw new PlanError(
			`每天学习时间须在 ${MIN_MINUTES_PER_DAY}–${MAX_MINUTES_PER_DAY} 分钟之间。`
		);
	}
}

/** Days from today to the day before the exam, with room left on each. */
function calendar(input: PlanInput) {
	const start = toDay(input.today);
	const off = new Set(input.daysOff ?? []);
	return Array.from({ length: toDay(input.examDate) - start }, (_, i) => {
		const day = start + i;
		const isOff = off.has(new Date(day * DAY_MS).getUTCDay());
		return {
			date: fromDay(day),
			off: isOff,
			tasks: [] as Task[],
			room: isOff ? 0 : input.minutesPerDay
		};
	});
}

type Day = ReturnType<typeof calendar>[number];

function place(day: Day, task: Task): void {
	day.tasks.push(task);
	day.room -= task.minutes;
}

/**
 * Days for every part of a mock, starting as late as `latestStart` allows and ending before day
 * `endBefore`; null when no start fits. Nothing is placed here.
 */
function mockSlots(study: Day[], latestStart: number, endBefore: number) {
	for (let start = Math.min(latestStart, endBefore - 1); start >= 0; start--) {
		const room = study.map((d) => d.room);
		const slots: { index: number; part: (typeof MOCK_PARTS)[number] }[] = [];
		let index = start;
		for (const part of MOCK_PARTS) {
			while (index < endBefore && room[index] < part.minutes) index++;
			if (index >= endBefore) break;
			room[index] -= part.minutes;
			slots.push({ index, part });
		}
		if (slots.length === MOCK_PARTS.length) return slots;
	}
	return null;
}

export function buildPlan(input: PlanInput): Plan {
	check(input);
	const days = calendar(input);
	const study = days.filter((d) => !d.off);
	if (!study.length) throw new PlanError('考试前的每一天都被设为休息日，没有可以学习的日子。');
	const notes: string[] = [];

	// Mock exams first: the second ends the day before the last study day if it can (that day is for its
	// mistakes), the first ends before the second starts, at about 70% of the way; each in parts over
	// consecutive days when a day is short.
	const mocksToPlace = Math.max(0, 2 - input.mocksTaken);
	let cutoff = study.length;
	let before = study.length - 1;
	for (let k = mocksToPlace - 1; k >= 0; k--) {
		const number = input.mocksTaken + k + 1;
		const isLast = k === mocksToPlace - 1;
		const target = isLast
			? study.length - 2
			: Math.min(before - 1, Math.floor(study.length * 0.7) - 1);
		const slots =
			mockSlots(study, Math.max(0, target), before) ??
			(isLast ? mockSlots(study, 0, study.length) : null);
		if (!slots) {
			notes.push(`时间不够：模拟考试 ${number} 排不下，建议增加每天的学习时间或减少考前的休息日。`);
			continue;
		}
		for (const { index, part } of slots) {
			place(study[index], { kind: 'mock', number, part: part.title, minutes: part.minutes });
		}
		before = slots[0].index;
		if (isLast) cutoff = slots[0].index;
	}
	// Reviews next, in at most half of what each day has left: they are what keeps learned
	// material, and overdue ones spill to the next days. A backlog never takes the minutes every
	// chapter's 考点速览 needs, so each knowledge point is still met once before the exam (with a
	// 考点速览's worth per day to spare: what is left of a day may be too short for one).
	const roomIn = (list: Day[]) => list.reduce((sum, d) => sum + Math.max(0, d.room), 0);
	let reviewBudget = Math.max(
		0,
		roomIn(study) - (input.chapters.length + study.length) * MINUTES.skim
	);
	let carried = 0;
	days.forEach((day, i) => {
		carried += input.reviewForecast[i] ?? 0;
		if (day.off || !carried) return;
		const count = Math.min(
			carried,
			Math.floor((Math.max(0, day.room) * 0.5) / MINUTES.review),
			Math.floor(reviewBudget / MINUTES.review)
		);
		if (count > 0) place(day, { kind: 'review', count, minutes: count * MINUTES.review });
		carried -= count;
		reviewBudget -= count * MINUTES.review;
	});
	if (carried > 0)
		notes.push(`复习积压：还有 ${carried} 道到期的复习排不进考前，每天先做最早到期的。`);

	const material = study.slice(0, Math.max(1, cutoff));

	// New material, chapter by chapter, and what has to give when it does not fit.
	const unread = input.chapters.filter((c) => !c.read);
	const learnTasks = input.chapters.flatMap((chapter) => {
		const questions = input.newQuestions.filter((q) => q.chapter === chapter.slug);
		return questions.length
			? [
					{
						chapter,
						questions,
						minutes: questions.reduce(
							(s, q) => s + (q.written ? MINUTES.writtenQuestion : MINUTES.objectiveQuestion),
							0
						)
					}
				]
			: [];
	});
	const caseTasks = input.cases.filter((c) => !c.done);
	const readMinutes = unread.reduce((s, c) => s + c.readMinutes, 0);
	const skimMinutes = (input.chapters.length - unread.length) * MINUTES.skim;
	let room = roomIn(material) - skimMinutes;
	let readChapters = new Set(unread.map((c) => c.slug));
	if (readMinutes > room) {
		// Every chapter not read needs its 考点速览; reading one instead costs the difference.
		readChapters = new Set();
		let left = room - unread.length * MINUTES.skim;
		for (const chapter of unread) {
			if (chapter.readMinutes - MINUTES.skim <= left) {
				readChapters.add(chapter.slug);
				left -= chapter.readMinutes - MINUTES.skim;
			}
		}
		notes.push(`时间不够精读全部章节：${unread.length - readChapters.size} 章改为考点速览。`);
		room = left;
	} else room -= readMinutes;
	const casesFitting = Math.max(
		0,
		Math.min(caseTasks.length, Math.floor((room * 0.25) / MINUTES.case))
	);
	if (casesFitting < caseTasks.length)
		notes.push(`案例只排了 ${casesFitting} 个，另有 ${caseTasks.length - casesFitting} 个排不下。`);
	room -= casesFitting * MINUTES.case;
	const learnMinutes = learnTasks.reduce((s, t) => s + t.minutes, 0);
	const learnShare = learnMinutes > 0 ? Math.min(1, Math.max(0, room) / learnMinutes) : 1;
	if (learnShare < 1)
		notes.push(`新题只能学完约 ${Math.round(learnShare * 100)}%，其余留到考后或在复习日加练。`);

	// Fill the material days in course order.
	const queue: Task[] = [];
	let casesLeft = casesFitting;
	for (const chapter of input.chapters) {
		if (readChapters.has(chapter.slug)) {
			queue.push({
				kind: 'read',
				chapter: chapter.slug,
				title: chapter.title,
				minutes: chapter.readMinutes
			});
		}
		const learn = learnTasks.find((t) => t.chapter.slug === chapter.slug);
		if (learn) {
			const take = Math.floor(learn.questions.length * learnShare);
			// Batches of at most 10 questions that fit in one day.
			const batchMinutes = Math.min(input.minutesPerDay / 2, 30);
			for (let i = 0; i < take;) {
				let end = i + 1;
				const minutesOf = (q: PlanInput['newQuestions'][number]) =>
					q.written ? MINUTES.writtenQuestion : MINUTES.objectiveQuestion;
				let minutes = minutesOf(learn.questions[i]);
				while (
					end < take &&
					end - i < 10 &&
					minutes + minutesOf(learn.questions[end]) <= batchMinutes
				) {
					minutes += minutesOf(learn.questions[end++]);
				}
				const batch = learn.questions.slice(i, end);
				i = end;
				queue.push({
					kind: 'learn',
					chapter: chapter.slug,
					title: chapter.title,
					questionIds: batch.map((q) => q.id),
					minutes: batch.reduce(
						(s, q) => s + (q.written ? MINUTES.writtenQuestion : MINUTES.objectiveQuestion),
						0
					)
				});
			}
		}
		for (const item of caseTasks.filter((c) => c.chapters[0] === chapter.slug)) {
			if (casesLeft-- <= 0) continue;
			// On short days a case takes two sittings: read and outline, then write and self-mark.
			const sittings = MINUTES.case > input.minutesPerDay ? 2 : 1;
			for (let part = 1; part <= sittings; part++) {
				queue.push({
					kind: 'case',
					slug: item.slug,
					title: item.title,
					minutes: MINUTES.case / sittings,
					...(sittings > 1 ? { part } : {})
				});
			}
		}
	}
	let dropped = 0;
	const fill = (list: Day[], tasks: Task[]) => {
		let d = 0;
		for (const task of tasks) {
			if (task.kind === 'read') {
				// Long chapters are read over several days.
				let left = task.minutes;
				let part = 1;
				while (left > 0 && d < list.length) {
					const chunk = Math.min(left, list[d].room);
					if (chunk >= Math.min(left, 10)) {
						place(list[d], {
							...task,
							minutes: chunk,
							...(chunk < task.minutes ? { part: part++ } : {})
						});
						left -= chunk;
					}
					if (left > 0) d++;
				}
				if (left > 0) dropped++;
				continue;
			}
			// The first day from here with room; a task that fits nowhere is dropped, not the rest.
			const day = list.slice(d).find((candidate) => candidate.room >= task.minutes);
			if (day) {
				place(day, task);
				d = list.indexOf(day);
			} else dropped++;
		}
	};
	fill(material, queue);
	if (dropped) notes.push(`有 ${dropped} 项新内容在考前排不下。`);

	// Review days: 考点速览 for every chapter not read in the plan, then drills on untouched points.
	const later = study.slice(Math.max(1, cutoff));
	const skims: Task[] = input.chapters
		.filter((c) => !readChapters.has(c.slug))
		.map((c) => ({ kind: 'skim', chapter: c.slug, title: c.title, minutes: MINUTES.skim }));
	const coveredChapters = new Set(readChapters);
	const reviewDays = later.length ? later : study;
	for (const skim of skims) {
		const day = [...reviewDays, ...study].find((d) => d.room >= skim.minutes);
		if (day && skim.kind === 'skim') {
			place(day, skim);
			coveredChapters.add(skim.chapter);
		}
	}
	const practised = new Set(input.practisedTopics);
	const planned = new Set(
		days.flatMap((d) => d.tasks.flatMap((t) => (t.kind === 'learn' ? t.questionIds : [])))
	);
	const plannedTopics = new Set(
		input.newQuestions.filter((q) => planned.has(q.id)).flatMap((q) => q.topics)
	);
	for (const topic of input.topics) {
		if (practised.has(topic.id) || plannedTopics.has(topic.id)) continue;
		const day = [...reviewDays, ...[...study].reverse()].find((d) => d.room >= MINUTES.drill);
		if (day)
			place(day, { kind: 'drill', topic: topic.id, title: topic.name, minutes: MINUTES.drill });
	}

	const uncovered = input.topics.filter((t) => !coveredChapters.has(t.chapter)).map((t) => t.id);
	if (uncovered.length) notes.push(`还有 ${uncovered.length} 个知识点排不进计划。`);
	return {
		days: days.map(({ date, off, tasks }) => ({
			date,
			off,
			// Due reviews open the day, whatever was placed first.
			tasks: [...tasks].sort((a, b) => Number(b.kind === 'review') - Number(a.kind === 'review')),
			minutes: Math.round(tasks.reduce((s, t) => s + t.minutes, 0) * 10) / 10
		})),
		uncovered,
		notes
	};
}

/** One line for a task, as the plan, the Today card and the calendar show it. */
export function describeTask(task: Task): string {
	switch (task.kind) {
		case 'review':
			return `复习到期的 ${task.count} 道题`;
		case 'read':
			return `阅读${task.title}${task.part ? `（第 ${task.part} 部分）` : ''}`;
		case 'skim':
			return `${task.title}考点速览`;
		case 'learn':
			return `${task.title}新题 ${task.questionIds.length} 道`;
		case 'case':
			return `案例：${task.title}${task.part === 1 ? '（读案例、列要点）' : task.part === 2 ? '（写答案并自评）' : ''}`;
		case 'drill':
			return `知识点练习：${task.title}（5 题）`;
		case 'mock':
			return `模拟考试 ${task.number}：${task.part}`;
	}
}

/** Identifies a task across plans made on different days. */
export function taskKey(task: Task): string {
	switch (task.kind) {
		case 'review':
			return 'review';
		case 'read':
			return `read:${task.chapter}:${task.part ?? 0}`;
		case 'skim':
			return `skim:${task.chapter}`;
		case 'learn':
			return `learn:${task.questionIds[0]}`;
		case 'case':
			return `case:${task.slug}:${task.part ?? 0}`;
		case 'drill':
			return `drill:${task.topic}`;
		case 'mock':
			return `mock:${task.number}:${task.part}`;
	}
}

/**
 * How the learner stands against the plan they had: minutes of earlier tasks not done (behind)
 * or of later tasks already done (ahead), as one sentence; null when on track (within half a day).
 * Reviews are left out: they are re-planned from FSRS every day anyway.
 */
export function progressAgainst(
	previous: Plan,
	next: Plan,
	today: string,
	isDone: (task: Task) => boolean,
	minutesPerDay: number
): string | null {
	const tasks = previous.days.flatMap((day) =>
		day.tasks.filter((t) => t.kind !== 'review').map((task) => ({ task, date: day.date }))
	);
	const missed = tasks.filter(({ task, date }) => date < today && !isDone(task));
	const early = tasks.filter(({ task, date }) => date >= today && isDone(task));
	const minutes = (list: typeof tasks) => list.reduce((sum, { task }) => sum + task.minutes, 0);
	const behind = Math.round(minutes(missed) / minutesPerDay);
	const ahead = Math.round(minutes(early) / minutesPerDay);
	if (behind >= 1) {
		const keys = new Set(missed.map(({ task }) => taskKey(task)));
		const spread = next.days.filter((day) => day.tasks.some((t) => keys.has(taskKey(t)))).length;
		const what =
			describeTask(missed[0].task) + (missed.length > 1 ? `等 ${missed.length} 项任务` : '');
		return spread
			? `落后 ${behind} 天：把${what}分到后 ${spread} 天。`
			: `落后 ${behind} 天：${what}在考前已排不下。`;
	}
	if (ahead >= 1) return `提前 ${ahead} 天：已完成的任务从后面的日子里去掉了，之后每天更轻松。`;
	return null;
}
