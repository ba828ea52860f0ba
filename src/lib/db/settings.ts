/** Small key–value settings kept with the learner's data. */
import { LATEST_TIME } from '../teach/limits';
import { examPlanFrom, PLAN_SETTING } from '../plan/exam-plan';
import { database, type CrmDatabase } from './database';

export async function getSetting<T>(key: string): Promise<T | undefined> {
	const db = await database();
	return (await db.settings.get(key))?.value as T | undefined;
}

/**
 * A time saved as a setting (epoch ms), or undefined when there is none or it is not a plausible
 * time: settings arrive from backups, so `"garbage"` or 1e300 must not reach a date formatter.
 */
export async function getTimeSetting(key: string): Promise<number | undefined> {
	const value = await getSetting<unknown>(key);
	return typeof value === 'number' && value > 0 && value <= LATEST_TIME ? value : undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
	const db = await database();
	await db.settings.put({ key, value });
}

/**
 * The exam date and study time the learner set on /plan/, checked (see examPlanFrom). Here, not
 * with the plan's other records, so the home page can ask for it without loading those.
 */
export async function examPlanSetting(db: CrmDatabase): Promise<ReturnType<typeof examPlanFrom>> {
	return examPlanFrom((await db.settings.get(PLAN_SETTING))?.value);
}
