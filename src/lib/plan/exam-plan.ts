/**
 * The learner's exam plan as stored in the settings table, and its check. Apart from the plan
 * models (readiness.ts) so that a page can ask "is there a plan?" without loading them.
 */
import type { Plan } from './planner';

/** The key of the learner's exam plan in the settings table. */
export const PLAN_SETTING = 'examPlan';

/** What the learner chose, as stored (and backed up) in the settings table. */
export interface ExamPlanSettings {
	/** Local date, YYYY-MM-DD. */
	examDate: string;
	minutesPerDay: number;
	/** Weekdays off, 0 = Sunday. */
	daysOff: number[];
	/** When this exam date was first set: mock exams from then on count towards the plan. */
	since: number;
	/** The plan as made when the learner last changed the settings, to measure progress against. */
	baseline?: { madeOn: string; plan: Plan };
}

const DAY_MS = 86_400_000;

/** A local date as YYYY-MM-DD. */
export function localDate(ms: number): string {
	const date = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const TASK_KINDS = new Set(['review', 'read', 'skim', 'learn', 'case', 'drill', 'mock']);
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored exam plan, checked: settings come back from backups, and a damaged one must not
 * break /plan/, the home page and 我的. undefined when nothing is stored; `unreadable` when
 * something is but is not a plan. A baseline that is not a plan is dropped (only the "behind by
 * n days" sentence depends on it).
 */
export function examPlanFrom(value: unknown): {
	settings: ExamPlanSettings | undefined;
	unreadable: boolean;
} {
	if (value === undefined) return { settings: undefined, unreadable: false };
	const ok =
		isRecord(value) &&
		typeof value.examDate === 'string' &&
		/^\d{4}-\d{2}-\d{2}$/.test(value.examDate) &&
		typeof value.minutesPerDay === 'number' &&
		Number.isFinite(value.minutesPerDay) &&
		Array.isArray(value.daysOff) &&
		value.daysOff.every((d) => Number.isInteger(d) && d >= 0 && d <= 6) &&
		typeof value.since === 'number' &&
		Number.isFinite(value.since);
	if (!ok) return { settings: undefined, unreadable: true };
	const { baseline, ...rest } = value as unknown as ExamPlanSettings;
	const baselineOk =
		isRecord(baseline) &&
		typeof baseline.madeOn === 'string' &&
		isRecord(baseline.plan) &&
		Array.isArray(baseline.plan.days) &&
		baseline.plan.days.every(
			(day: unknown) =>
				isRecord(day) &&
				typeof day.date === 'string' &&
				Array.isArray(day.tasks) &&
				day.tasks.every((task: unknown) => isRecord(task) && TASK_KINDS.has(String(task.kind)))
		);
	return { settings: baselineOk ? { ...rest, baseline } : rest, unreadable: false };
}
