/** Choosing the questions of a drill. */
import type { Question } from '../content/schema';
import { seededRandom } from '../random';

export type DrillMode = 'chapter' | 'topic' | 'random' | 'wrong' | 'new';

export interface DrillOptions {
	mode: DrillMode;
	chapter?: string;
	topic?: string;
	count: number;
	/** Shuffle seed; the same seed gives the same drill. */
	seed: number;
}

export interface DrillHistory {
	answered: Set<string>;
	wrong: Set<string>;
}

export function shuffle<T>(items: T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

/** The questions of a drill, shuffled, at most `count`. */
export function pickDrill(
	questions: Question[],
	options: DrillOptions,
	history: DrillHistory
): Question[] {
	const pool = questions.filter((q) => {
		switch (options.mode) {
			case 'chapter':
				return q.chapter === options.chapter;
			case 'topic':
				return q.topics.includes(options.topic ?? '');
			case 'wrong':
				return history.wrong.has(q.id);
			case 'new':
				return !history.answered.has(q.id);
			case 'random':
				return true;
		}
	});
	return shuffle(pool, seededRandom(options.seed)).slice(0, options.count);
}
