/** Reading progress per chapter. */
import { database, type CrmDatabase } from './database';
import type { ChapterProgress } from './schema';

const blank = (slug: string): ChapterProgress => ({
	slug,
	readAt: null,
	scrollRatio: 0,
	lastVisitedAt: 0,
	timeSpentMs: 0
});

export async function chapterProgress(slug: string): Promise<ChapterProgress> {
	const db = await database();
	return (await db.chapterProgress.get(slug)) ?? blank(slug);
}

/** Every chapter's progress record (for live queries). */
export const allChapterProgress = (db: CrmDatabase): Promise<ChapterProgress[]> =>
	db.chapterProgress.toArray();

/** One chapter's record, undefined before the first visit (for live queries). */
export const storedProgress = (db: CrmDatabase, slug: string) => db.chapterProgress.get(slug);

async function update(slug: string, change: (current: ChapterProgress) => ChapterProgress) {
	const db = await database();
	await db.transaction('rw', db.chapterProgress, async () => {
		const current = (await db.chapterProgress.get(slug)) ?? blank(slug);
		await db.chapterProgress.put(change(current));
	});
}

export function setChapterRead(slug: string, read: boolean, now = Date.now()): Promise<void> {
	return update(slug, (p) => ({ ...p, readAt: read ? now : null }));
}

/** Records a visit: where the learner is and how long they stayed since the last call. */
export function recordReading(
	slug: string,
	scrollRatio: number,
	addedMs: number,
	now = Date.now()
): Promise<void> {
	const ratio = Math.min(1, Math.max(0, scrollRatio));
	return update(slug, (p) => ({
		...p,
		scrollRatio: ratio,
		lastVisitedAt: now,
		timeSpentMs: p.timeSpentMs + Math.max(0, addedMs)
	}));
}

/** The chapter visited most recently, for "continue where you left off". */
export async function lastVisitedChapter(): Promise<ChapterProgress | undefined> {
	const db = await database();
	return db.chapterProgress.orderBy('lastVisitedAt').last();
}
