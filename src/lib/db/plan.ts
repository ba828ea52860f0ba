/**
 * What the study plan (/plan/) reads from the learner's database: named queries, and the one
 * combined read that `live()` watches so an answer in another tab re-plans at once.
 */
import { database, type CrmDatabase } from './database';
import { allChapterProgress } from './progress';
import { caseResults } from './case-answers';
import { finishedExams } from './mock-exams';
import type { ReviewCard, ReviewLog } from './schema';
import type { ExamPlanSettings } from '../plan/exam-plan';
import { examPlanSetting } from './settings';
import type { LearnerRecords } from '../plan/readiness';

export interface PlanRecords {
	settings: ExamPlanSettings | undefined;
	/** Something is stored under the plan's key but it is not a plan (e.g. from a damaged backup). */
	unreadableSettings?: boolean;
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

/**
 * Ids of the bank questions the learner has answered at least once. A question put into the
 * wrong-answer book by hand (source 'wrong-book') was not answered, so it does not count.
 */
export async function answeredQuestionIds(db: CrmDatabase): Promise<string[]> {
	const ids = new Set<string>();
	await db.attempts.each((attempt) => {
		if (attempt.source !== 'wrong-book') ids.add(attempt.questionId);
	});
	return [...ids];
}

/** Every review card (the FSRS schedule). */
export const allReviewCards = (db: CrmDatabase): Promise<ReviewCard[]> => db.reviewCards.toArray();

/** Every logged review, oldest first; each keeps the card from before it. */
export const allReviewLogs = (db: CrmDatabase): Promise<ReviewLog[]> =>
	db.reviewLogs.orderBy('reviewedAt').toArray();

/** Everything the plan, the mastery map and the predicted score are computed from. */
export async function planRecords(db: CrmDatabase): Promise<PlanRecords> {
	const [plan, progress, answered, cards, logs, cases, mocks] = await Promise.all([
		examPlanSetting(db),
		allChapterProgress(db),
		answeredQuestionIds(db),
		allReviewCards(db),
		allReviewLogs(db),
		caseResults(db),
		finishedExams(db)
	]);
	return {
		settings: plan.settings,
		...(plan.unreadable ? { unreadableSettings: true } : {}),
		records: {
			readChapters: progress.filter((p) => p.readAt).map((p) => p.slug),
			answered,
			cards,
			logs,
			caseScores: [...cases.values()],
			mocks
		}
	};
}

/** The plan's records now, read once (e.g. to predict a mock exam's score as it is handed in). */
export async function currentPlanRecords(): Promise<PlanRecords> {
	return planRecords(await database());
}
