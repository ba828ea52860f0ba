/** Where a learner stands: accuracy by chapter and topic, and the weakest topics to drill. */

export interface MarkedAnswer {
	questionId: string;
	chapter: string;
	correct: boolean | null;
}

export interface Accuracy {
	key: string;
	correct: number;
	total: number;
	/** correct / total, 0–1. */
	rate: number;
}

/** Accuracy per key; an answer with several keys (topics) counts for each. Unmarked ones are skipped. */
export function accuracyBy(
	answers: MarkedAnswer[],
	keysOf: (a: MarkedAnswer) => string[]
): Accuracy[] {
	const tally = new Map<string, { correct: number; total: number }>();
	for (const answer of answers) {
		if (answer.correct === null) continue;
		for (const key of keysOf(answer)) {
			const entry = tally.get(key) ?? { correct: 0, total: 0 };
			entry.total += 1;
			if (answer.correct) entry.correct += 1;
			tally.set(key, entry);
		}
	}
	return [...tally].map(([key, { correct, total }]) => ({
		key,
		correct,
		total,
		rate: correct / total
	}));
}

/**
 * The topics most worth drilling: lowest accuracy first among topics answered at least
 * `minAnswers` times (fewer says too little), ties broken by more answers.
 */
export function weakestTopics(byTopic: Accuracy[], count = 3, minAnswers = 3): Accuracy[] {
	return byTopic
		.filter((t) => t.total >= minAnswers)
		.sort((a, b) => a.rate - b.rate || b.total - a.total)
		.slice(0, count);
}
