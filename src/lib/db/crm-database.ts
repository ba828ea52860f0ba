/**
 * The Dexie database class: its tables and schema versions. Only ./database.ts loads this module,
 * and only when the page first reads or writes, so Dexie is not part of a page's first download.
 */
import Dexie, { type EntityTable } from 'dexie';
import { DATABASE_NAME } from './database-name';
import type {
	AssignmentWork,
	Attempt,
	CaseAnswer,
	ChapterNote,
	ChapterProgress,
	CommentDraft,
	HistoryEntry,
	ItemMark,
	LabScenario,
	MockExam,
	ReviewCard,
	ReviewLog,
	Setting,
	Snapshot,
	StoredSubmission,
	TeachAssignment,
	TeacherCase
} from './schema';
import type { Question } from '$lib/content/schema';

/**
 * The tables each released schema version adds or changes, version 1 first. Released versions are
 * never edited; each change appends the next one (and gives it an .upgrade(tx => ...) in the
 * constructor when existing records must change shape). The upgrade tests open a database at an
 * early version from this same list, so they test the path users' databases really take.
 */
export const RELEASED_STORES: readonly Readonly<Record<string, string>>[] = [
	{
		chapterProgress: 'slug, lastVisitedAt',
		notes: 'chapter, updatedAt',
		attempts: '++id, questionId, chapter, answeredAt, source',
		caseAnswers: '++id, [caseId+questionId], caseId, status, updatedAt',
		reviewCards: 'questionId, due',
		reviewLogs: '++id, questionId, reviewedAt',
		mockExams: '++id, status, startedAt',
		labScenarios: '++id, lab, updatedAt',
		settings: 'key'
	},
	// 2: the data as it was before the last backup import, for one-click undo.
	{ snapshots: '++id, takenAt' },
	// 3: questions the learner imported (GIFT, Moodle XML, plain text), drilled like the bank.
	{ customQuestions: 'id, chapter' },
	// 4: assignments — the instructor's drafts, a student's own work, and the gradebook
	// (submission files keyed by their checksum, so the same file imported twice is one record).
	{
		teachAssignments: 'id, updatedAt',
		assignmentWork: 'assignmentId, updatedAt',
		gradebookSubmissions: 'checksum, assignmentId',
		gradebookMarks: 'id, assignmentId, submissionChecksum'
	},
	// 5: earlier texts of edited records (two tabs, a reload, a backup merge), so no text is
	// thrown away; and marking comments written before the item is marked.
	{ history: '++id, key, savedAt', commentDrafts: 'markId' },
	// 6: cases the instructor wrote (text, questions, scoring points), copied into assignments.
	{ teacherCases: 'id, updatedAt' }
];

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
	teachAssignments!: EntityTable<TeachAssignment, 'id'>;
	assignmentWork!: EntityTable<AssignmentWork, 'assignmentId'>;
	gradebookSubmissions!: EntityTable<StoredSubmission, 'checksum'>;
	gradebookMarks!: EntityTable<ItemMark, 'id'>;
	history!: EntityTable<HistoryEntry, 'id'>;
	commentDrafts!: EntityTable<CommentDraft, 'markId'>;
	teacherCases!: EntityTable<TeacherCase, 'id'>;

	constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
		super(DATABASE_NAME, options);
		RELEASED_STORES.forEach((stores, index) => this.version(index + 1).stores(stores));
	}
}
