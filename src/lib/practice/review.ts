/**
 * Spaced repetition with FSRS (ts-fsrs). Every answered question becomes a card; the rating
 * comes from whether the answer was right and whether the learner felt sure. Cards are stored
 * as plain records (dates as epoch ms) so they live in IndexedDB and in exports unchanged.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

export interface StoredCard {
	questionId: string;
	due: number;
	state: Record<string, number | string | null>;
}

// No same-session learning steps: a drill shows each question once, so the next review is
// at least a day away (a wrong answer comes back tomorrow).
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** Wrong → Again; right but unsure → Hard; right and sure → Good. */
export function ratingFor(correct: boolean, unsure: boolean): Grade {
	if (!correct) return Rating.Again;
	return unsure ? Rating.Hard : Rating.Good;
}

export const RATING_LABELS: Record<number, string> = {
	[Rating.Again]: '答错',
	[Rating.Hard]: '答对但没把握',
	[Rating.Good]: '答对且有把握',
	[Rating.Easy]: '很容易'
};

function toStored(questionId: string, card: Card): StoredCard {
	return {
		questionId,
		due: card.due.getTime(),
		state: {
			stability: card.stability,
			difficulty: card.difficulty,
			elapsed_days: card.elapsed_days,
			scheduled_days: card.scheduled_days,
			learning_steps: card.learning_steps,
			reps: card.reps,
			lapses: card.lapses,
			state: card.state,
			last_review: card.last_review ? card.last_review.getTime() : null
		}
	};
}

function fromStored(stored: StoredCard): Card {
	const s = stored.state;
	return {
		due: new Date(stored.due),
		stability: Number(s.stability),
		difficulty: Number(s.difficulty),
		elapsed_days: Number(s.elapsed_days),
		scheduled_days: Number(s.scheduled_days),
		learning_steps: Number(s.learning_steps),
		reps: Number(s.reps),
		lapses: Number(s.lapses),
		state: Number(s.state),
		last_review: s.last_review === null ? undefined : new Date(Number(s.last_review))
	};
}

/** The card after one review; a question seen for the first time starts as a new card. */
export function review(
	questionId: string,
	previous: StoredCard | undefined,
	rating: Grade,
	now: number
): StoredCard {
	const card = previous ? fromStored(previous) : createEmptyCard(new Date(now));
	return toStored(questionId, scheduler.next(card, new Date(now), rating).card);
}

/** FSRS's predicted chance of recalling the card's answer at time `at` (1 just after a review). */
export function retrievability(stored: StoredCard, at: number): number {
	return scheduler.get_retrievability(fromStored(stored), new Date(at), false);
}

const DAY_MS = 86_400_000;

/**
 * How many cards fall due on each of the next `days` days, counting from the start of today
 * in local time; overdue cards count for today.
 */
export function forecast(dues: number[], now: number, days = 14): number[] {
	const start = new Date(now);
	start.setHours(0, 0, 0, 0);
	const counts = Array.from({ length: days }, () => 0);
	for (const due of dues) {
		const day = Math.max(0, Math.floor((due - start.getTime()) / DAY_MS));
		if (day < days) counts[day] += 1;
	}
	return counts;
}

/** Cards due by the end of today (local time). */
export function dueToday(dues: number[], now: number): number {
	return forecast(dues, now, 1)[0];
}
