/** The learner's Markdown notes, one per chapter. */
import { database, type CrmDatabase } from './database';
import type { ChapterNote } from './schema';

/** Saves a chapter's note; an empty note is deleted so /me lists only real notes. */
export async function saveNote(chapter: string, text: string, now = Date.now()): Promise<void> {
	const db = await database();
	if (text.trim()) await db.notes.put({ chapter, text, updatedAt: now });
	else await db.notes.delete(chapter);
}

export async function noteFor(chapter: string): Promise<ChapterNote | undefined> {
	const db = await database();
	return db.notes.get(chapter);
}

/** All notes, most recently edited first. */
export const allNotes = (db: CrmDatabase): Promise<ChapterNote[]> =>
	db.notes.orderBy('updatedAt').reverse().toArray();
