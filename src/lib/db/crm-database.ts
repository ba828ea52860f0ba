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
		// 4: assignments — the instructor's drafts, a student's own work, and the gradebook
		// (submission files keyed by their checksum, so the same file imported twice is one record).
		this.version(4).stores({
			teachAssignments: 'id, updatedAt',
			assignmentWork: 'assignmentId, updatedAt',
			gradebookSubmissions: 'checksum, assignmentId',
			gradebookMarks: 'id, assignmentId, submissionChecksum'
		});
		// 5: earlier texts of edited records (two tabs, a reload, a backup merge), so no text is
		// thrown away; and marking comments written before the item is marked.
		this.version(5).stores({ history: '++id, key, savedAt', commentDrafts: 'markId' });
		// 6: cases the instructor wrote (text, questions, scoring points), copied into assignments.
		this.version(6).stores({ teacherCases: 'id, updatedAt' });
	}
}
