/** Choosing the questions of a drill. */
import type { Question } from '../content/schema';

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

/** mulberry32: a small, fast seeded generator; enough for shuffling. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
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
