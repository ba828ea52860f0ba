/**
 * Reads what the plan needs from the learner's database, in one query for `live()`. It lives
 * here rather than in src/lib/db only because that folder belonged to another change while this
 * was written; it reads, never writes, and uses the db's named queries where they exist.
 */
import type { CrmDatabase } from '../db/database';
import { allChapterProgress } from '../db/progress';
import { caseResults } from '../db/case-answers';
import { finishedExams } from '../db/mock-exams';
import { PLAN_SETTING, type ExamPlanSettings, type LearnerRecords } from './readiness';

export interface PlanRecords {
	settings: ExamPlanSettings | undefined;
	records: LearnerRecords;
}

export const EMPTY_RECORDS: LearnerRecords = {
	readChapters: [],
	answered: [],
	cards: [],
	logs: [],
	caseScores: [],
	mocks: []
};

export async function planRecords(db: CrmDatabase): Promise<PlanRecords> {
	const [setting, progress, answered, cards, logs, cases, mocks] = await Promise.all([
		db.settings.get(PLAN_SETTING),
		allChapterProgress(db),
		db.attempts.orderBy('questionId').uniqueKeys(),
		db.reviewCards.toArray(),
		db.reviewLogs.toArray(),
		caseResults(db),
		finishedExams(db)
	]);
	return {
		settings: setting?.value as ExamPlanSettings | undefined,
		records: {
			readChapters: progress.filter((p) => p.readAt).map((p) => p.slug),
			answered: answered.map(String),
			cards,
			logs,
			caseScores: [...cases.values()],
			mocks
		}
	};
}
