/**
 * Reading, watching and writing the free-text records that autosave (notes, case drafts,
 * assignment answers, marking comments, scenario names, instructors' case texts), and their
 * history.
 *
 * Writes are compare-and-set: the editor says which text it started from, and a record that
 * changed meanwhile (another tab, another window) is not overwritten — the editor is told, and
 * whichever text the learner does not keep goes into the history table. Nothing is thrown away.
 */
import { database, type CrmDatabase } from './database';
import { draftKey, isDraftRef, type DraftRef } from './draft-ref';
import { journalEntries, journalledText, journalRemove } from './journal';
import type { HistoryEntry, HistoryReason } from './schema';

export { draftKey, type DraftRef } from './draft-ref';

/** A write the record cannot take (an empty or duplicate name, an assignment not started). */
export class DraftError extends Error {}

export type WriteResult =
	{ status: 'saved'; at: number; stored: string } | { status: 'conflict'; theirs: string };

function tablesFor(db: CrmDatabase, ref: DraftRef) {
	switch (ref.kind) {
		case 'note':
			return [db.notes];
		case 'case':
			return [db.caseAnswers];
		case 'assignment':
			return [db.assignmentWork];
		case 'comment':
			return [db.gradebookMarks, db.commentDrafts];
		case 'scenario':
			return [db.labScenarios];
		case 'teacher-case':
			return [db.teacherCases];
	}
}

function caseDraft(db: CrmDatabase, caseId: string, questionId: string) {
	return db.caseAnswers
		.where('[caseId+questionId]')
		.equals([caseId, questionId])
		.filter((answer) => answer.status === 'draft')
		.first();
}

/** The record's text now; '' when there is no record yet. */
async function readIn(db: CrmDatabase, ref: DraftRef): Promise<string> {
	switch (ref.kind) {
		case 'note':
			return (await db.notes.get(ref.chapter))?.text ?? '';
		case 'case':
			return (await caseDraft(db, ref.caseId, ref.questionId))?.text ?? '';
		case 'assignment': {
			const answer = (await db.assignmentWork.get(ref.assignmentId))?.answers[ref.itemId];
			return typeof answer === 'string' ? answer : '';
		}
		case 'comment': {
			const mark = await db.gradebookMarks.get(ref.markId);
			if (mark) return mark.comment;
			return (await db.commentDrafts.get(ref.markId))?.text ?? '';
		}
		case 'scenario':
			return (await db.labScenarios.get(ref.id))?.name ?? '';
		case 'teacher-case':
			return (await db.teacherCases.get(ref.caseId))?.text ?? '';
	}
}

/** Writes the text into the record; returns the text as stored (names are trimmed). */
async function writeIn(db: CrmDatabase, ref: DraftRef, text: string, now: number) {
	switch (ref.kind) {
		case 'note':
			// An empty note is deleted so /me lists only real notes.
			if (text.trim()) await db.notes.put({ chapter: ref.chapter, text, updatedAt: now });
			else await db.notes.delete(ref.chapter);
			return text;
		case 'case': {
			const draft = await caseDraft(db, ref.caseId, ref.questionId);
			if (draft?.id !== undefined) await db.caseAnswers.update(draft.id, { text, updatedAt: now });
			else if (text)
				await db.caseAnswers.add({
					caseId: ref.caseId,
					questionId: ref.questionId,
					text,
					status: 'draft',
					startedAt: now,
					updatedAt: now
				});
			return text;
		}
		case 'assignment': {
			const work = await db.assignmentWork.get(ref.assignmentId);
			if (!work) throw new DraftError('还没有开始这份作业（先填写姓名和学号），答案无法保存。');
			await db.assignmentWork.put({
				...work,
				answers: { ...work.answers, [ref.itemId]: text },
				updatedAt: now
			});
			return text;
		}
		case 'comment': {
			const mark = await db.gradebookMarks.get(ref.markId);
			if (mark) {
				await db.gradebookMarks.update(ref.markId, { comment: text });
				await db.commentDrafts.delete(ref.markId);
			} else await db.commentDrafts.put({ markId: ref.markId, text, updatedAt: now });
			return text;
		}
		case 'scenario': {
			const scenario = await db.labScenarios.get(ref.id);
			if (!scenario) throw new DraftError('这个方案已被删除，名称无法保存。');
			const name = text.trim();
			if (!name) throw new DraftError('方案名称不能为空；名称没有改动。');
			const clash = await db.labScenarios
				.where('lab')
				.equals(scenario.lab)
				.filter((other) => other.id !== ref.id && other.name === name)
				.first();
			if (clash) throw new DraftError(`已有名为“${name}”的方案，请换一个名称。`);
			await db.labScenarios.update(ref.id, { name, updatedAt: now });
			return name;
		}
		case 'teacher-case': {
			const updated = await db.teacherCases.update(ref.caseId, { text, updatedAt: now });
			if (!updated) throw new DraftError('这个案例已被删除，正文无法保存。');
			return text;
		}
	}
}

async function historyIn(
	db: CrmDatabase,
	ref: DraftRef,
	text: string,
	reason: HistoryReason,
	now: number
) {
	if (!text.trim()) return;
	await db.history.add({ key: draftKey(ref), text, savedAt: now, reason });
}

/** The record's current text ('' when there is none). */
export async function readDraft(ref: DraftRef): Promise<string> {
	const db = await database();
	return readIn(db, ref);
}

/**
 * Saves `text` if the record still holds `expected` (what the editor started from) or already
 * holds `text`; otherwise writes nothing and returns the other text as a conflict. Resolves once
 * the transaction has committed.
 */
export async function writeDraft(
	ref: DraftRef,
	text: string,
	expected: string,
	now = Date.now()
): Promise<WriteResult> {
	const db = await database();
	return db.transaction('rw', tablesFor(db, ref), async (): Promise<WriteResult> => {
		const current = await readIn(db, ref);
		if (current !== expected && current !== text) return { status: 'conflict', theirs: current };
		const stored = current === text ? text : await writeIn(db, ref, text, now);
		return { status: 'saved', at: now, stored };
	});
}

/**
 * Saves `text` whatever the record holds now; a different text there goes into the history
 * first (the learner chose to keep their own version).
 */
export async function replaceDraft(
	ref: DraftRef,
	text: string,
	now = Date.now()
): Promise<WriteResult> {
	const db = await database();
	return db.transaction(
		'rw',
		[...tablesFor(db, ref), db.history],
		async (): Promise<WriteResult> => {
			const current = await readIn(db, ref);
			if (current !== text) await historyIn(db, ref, current, 'other-tab', now);
			const stored = current === text ? text : await writeIn(db, ref, text, now);
			return { status: 'saved', at: now, stored };
		}
	);
}

/** Keeps a text in the record's history (empty texts are not kept). */
export async function addHistory(
	ref: DraftRef,
	text: string,
	reason: HistoryReason,
	now = Date.now()
): Promise<void> {
	const db = await database();
	await historyIn(db, ref, text, reason, now);
}

/** A record's earlier texts, newest first; none for an editor that keeps nothing (no key). For `live()`. */
export async function historyFor(db: CrmDatabase, key: string | null): Promise<HistoryEntry[]> {
	if (!key) return [];
	return (await db.history.where('key').equals(key).sortBy('savedAt')).reverse();
}

/** Calls back with the record's text now and whenever it changes, in this tab or another. */
export function watchDraft(
	ref: DraftRef,
	onchange: (text: string) => void,
	onerror: (error: unknown) => void
): () => void {
	let subscription: { unsubscribe(): void } | null = null;
	let stopped = false;
	const subscribe = async () => {
		try {
			const db = await database();
			// Dexie is imported once the database is open (which waits for the page to be idle).
			const { liveQuery } = await import('dexie');
			if (stopped) return;
			subscription = liveQuery(() => readIn(db, ref)).subscribe({ next: onchange, error: onerror });
		} catch (error) {
			onerror(error);
		}
	};
	void subscribe();
	return () => {
		stopped = true;
		subscription?.unsubscribe();
	};
}

let replaying: Promise<number> | null = null;

/**
 * Puts text left in the journal (typed just before a reload, a closed tab or a crash) into its
 * record — or, when the record changed since the typing began, into the record's history. Runs
 * once per page load; editors wait for it before reading. Returns how many entries it handled.
 */
export function replayJournal(): Promise<number> {
	replaying ??= (async () => {
		let handled = 0;
		for (const { key, entry } of journalEntries()) {
			if (!isDraftRef(entry.ref) || draftKey(entry.ref) !== key) {
				journalRemove(key);
				continue;
			}
			let typed: string | null = null;
			try {
				// The record as the typing found it, or as the editor's own save that was under way
				// left it (that save may have committed after this entry): the typing goes on top.
				const current = await readDraft(entry.ref);
				const journalled = journalledText(entry, current);
				if (journalled) {
					typed = journalled.text;
					// writeDraft checks again inside its transaction, in case another tab wrote since.
					const result =
						journalled.ours || current === typed
							? await writeDraft(entry.ref, typed, current, entry.at)
							: ({ status: 'conflict', theirs: current } as const);
					if (result.status === 'conflict') await addHistory(entry.ref, typed, 'unsaved');
				} else console.warn('本机暂存的修改无法对应到已保存的内容，已忽略', key);
				journalRemove(key);
				handled++;
			} catch (error) {
				if (!(error instanceof DraftError)) throw error;
				// The record cannot take it any more (deleted, renamed to a clash): keep the text.
				typed ??= entry.text ?? null;
				if (typed !== null) await addHistory(entry.ref, typed, 'unsaved');
				journalRemove(key);
				handled++;
			}
		}
		return handled;
	})();
	return replaying;
}

/** Lets unit tests replay again after writing a new journal. */
export function resetReplayForTests(): void {
	replaying = null;
}
