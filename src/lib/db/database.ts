/**
 * The one Dexie database. Only src/lib/db imports Dexie; the rest of the app calls the typed
 * functions beside this file.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
	Attempt,
	CaseAnswer,
	ChapterNote,
	ChapterProgress,
	LabScenario,
	MockExam,
	ReviewCard,
	ReviewLog,
	Setting,
	Snapshot
} from './schema';
import type { Question } from '$lib/content/schema';

export const DATABASE_NAME = 'crm-workbench';

export class CrmDatabase extends Dexie {
	chapterProgress!: EntityTable<ChapterProgress, 'slug'>;
	notes!: EntityTable<ChapterNote, 'chapter'>;
	attempts!: EntityTable<Attempt, 'id'>;
	caseAnswers!: EntityTable<CaseAnswer, 'id'>;
	reviewCards!: EntityTable<ReviewCard, 'questionId'>;
	reviewLogs!: EntityTable<ReviewLog, 'id'>;
	mockExams!: EntityTable<MockExam, 'id'>;
	labScenarios!: EntityTable<LabScenario, 'id'>;
	settings!: EntityTable<Setting, 'key'>;
	snapshots!: EntityTable<Snapshot, 'id'>;
	customQuestions!: EntityTable<Question, 'id'>;

	constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
		super(DATABASE_NAME, options);
		// Released versions are never edited; each change adds the next version (with an
		// .upgrade(tx => ...) when existing records must change shape).
		this.version(1).stores({
			chapterProgress: 'slug, lastVisitedAt',
			notes: 'chapter, updatedAt',
			attempts: '++id, questionId, chapter, answeredAt, source',
			caseAnswers: '++id, [caseId+questionId], caseId, status, updatedAt',
			reviewCards: 'questionId, due',
			reviewLogs: '++id, questionId, reviewedAt',
			mockExams: '++id, status, startedAt',
			labScenarios: '++id, lab, updatedAt',
			settings: 'key'
		});
		// 2: the data as it was before the last backup import, for one-click undo.
		this.version(2).stores({ snapshots: '++id, takenAt' });
		// 3: questions the learner imported (GIFT, Moodle XML, plain text), drilled like the bank.
		this.version(3).stores({ customQuestions: 'id, chapter' });
	}
}

export type StorageMode = 'indexeddb' | 'memory';

let opening: Promise<{ db: CrmDatabase; mode: StorageMode }> | null = null;

/**
 * Opens the database once. Where IndexedDB is missing or blocked (private modes, disabled
 * storage) it falls back to an in-memory IndexedDB so every feature still works for the visit.
 */
export function openDatabase(): Promise<{ db: CrmDatabase; mode: StorageMode }> {
	opening ??= (async () => {
		try {
			if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
			const db = new CrmDatabase();
			await db.open();
			return { db, mode: 'indexeddb' as const };
		} catch {
			const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
			const db = new CrmDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
			await db.open();
			return { db, mode: 'memory' as const };
		}
	})();
	return opening;
}

export async function database(): Promise<CrmDatabase> {
	return (await openDatabase()).db;
}

/** Forgets the open database; tests use it to start from a fresh one. */
export async function closeDatabaseForTests(): Promise<void> {
	if (!opening) return;
	const { db } = await opening;
	db.close();
	opening = null;
}
