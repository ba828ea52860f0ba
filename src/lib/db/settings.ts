/** Small key–value settings kept with the learner's data. */
import { database } from './database';

export async function getSetting<T>(key: string): Promise<T | undefined> {
	const db = await database();
	return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
	const db = await database();
	await db.settings.put({ key, value });
}
