/**
 * Mastery of each knowledge point (content/topics.yaml) as a Beta distribution over "the chance
 * of getting a question on it right at the exam". Evidence: every answered bank question's FSRS
 * card, counted as its predicted recall on the exam day (so what will be forgotten by then counts
 * less), and every self-marked case answer, as its share of the marks. A question on k points is
 * one observation split over them. Untouched points keep the prior.
 */
import { retrievability, type StoredCard } from '../practice/review';

/** Beta(2, 2): before any evidence a point is a coin toss, but not a certain one. */
export const PRIOR = { alpha: 2, beta: 2 } as const;

export interface TopicMastery {
	topic: string;
	alpha: number;
	beta: number;
	/** Posterior mean: the expected chance of a right answer. */
	mean: number;
	/** Observations behind it (questions, split over their points). */
	evidence: number;
}

export interface MasteryInput {
	topics: string[];
	/** Bank questions by id: their points, and the case a 案例分析 item is about. */
	questions: { id: string; topics: string[]; case?: string }[];
	cards: StoredCard[];
	/** Self-marked case answers: share of the marks earned, 0–1. */
	caseShares: { caseId: string; share: number }[];
}

export function masteryByTopic(input: MasteryInput, examAt: number): Map<string, TopicMastery> {
	const successes = new Map<string, number>();
	const trials = new Map<string, number>();
	const observe = (topics: string[], share: number) => {
		for (const topic of topics) {
			successes.set(topic, (successes.get(topic) ?? 0) + share / topics.length);
			trials.set(topic, (trials.get(topic) ?? 0) + 1 / topics.length);
		}
	};
	const byId = new Map(input.questions.map((q) => [q.id, q]));
	for (const card of input.cards) {
		const question = byId.get(card.questionId);
		if (question) observe(question.topics, retrievability(card, examAt));
	}
	for (const { caseId, share } of input.caseShares) {
		const topics = [
			...new Set(input.questions.filter((q) => q.case === caseId).flatMap((q) => q.topics))
		];
		if (topics.length) observe(topics, Math.min(1, Math.max(0, share)));
	}
	return new Map(
		input.topics.map((topic) => {
			const alpha = PRIOR.alpha + (successes.get(topic) ?? 0);
			const beta = PRIOR.beta + (trials.get(topic) ?? 0) - (successes.get(topic) ?? 0);
			return [
				topic,
				{ topic, alpha, beta, mean: alpha / (alpha + beta), evidence: trials.get(topic) ?? 0 }
			];
		})
	);
}

/** Mastery levels for the map's colours, with the evidence needed before a point counts as known. */
export function masteryLevel(mastery: TopicMastery): '未学' | '薄弱' | '一般' | '掌握' {
	if (mastery.evidence < 0.5) return '未学';
	if (mastery.mean < 0.5) return '薄弱';
	return mastery.mean < 0.75 ? '一般' : '掌握';
}
