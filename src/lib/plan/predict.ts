/**
 * A predicted exam score with an 80% interval, by simulation. Each run draws the learner's true
 * mastery of every point from its Beta distribution (what we don't know about them), draws a
 * paper in the exam's format from the bank (which questions come up), and then the answers: an
 * objective item is right with the item's mastery (the mean over its points); a written item's
 * marks come in scoring points, each earned with that chance (partial credit). The interval is the
 * 10th to 90th percentile of the simulated totals.
 */
import { randomBeta } from 'd3';
import type { QuestionType } from '../content/ids';
import { seededRandom } from '../random';
import type { TopicMastery } from './mastery';

export interface PaperSpec {
	title: string;
	type: QuestionType;
	count: number;
	/** Marks per item. */
	marks: number;
}

export interface PoolQuestion {
	id: string;
	type: QuestionType;
	topics: string[];
}

export interface Prediction {
	/** Mean of the simulated totals. */
	expected: number;
	low: number;
	high: number;
	total: number;
	bySection: { title: string; expected: number; marks: number }[];
}

/** Scoring points a written item's marks are split into, as in the exam's marking scheme. */
export const POINTS_PER_WRITTEN_ITEM = 5;
const WRITTEN: QuestionType[] = ['definition', 'short', 'case'];

function percentile(sorted: number[], q: number): number {
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

export function predictScore(
	paper: PaperSpec[],
	pool: PoolQuestion[],
	mastery: Map<string, TopicMastery>,
	options: { runs?: number; seed?: number } = {}
): Prediction {
	const runs = options.runs ?? 4000;
	const random = seededRandom(options.seed ?? 1);
	const beta = randomBeta.source(random);
	const topics = [...mastery.values()];
	const drawMastery = topics.map((t) => beta(t.alpha, t.beta));
	const topicIndex = new Map(topics.map((t, i) => [t.topic, i]));
	const sections = paper.map((section) => ({
		section,
		written: WRITTEN.includes(section.type),
		items: pool
			.filter((q) => q.type === section.type)
			.map((q) => q.topics.flatMap((t) => (topicIndex.has(t) ? [topicIndex.get(t) as number] : [])))
	}));
	const totals: number[] = [];
	const sectionSums = paper.map(() => 0);
	const truth = new Float64Array(topics.length);
	for (let run = 0; run < runs; run++) {
		for (let t = 0; t < topics.length; t++) truth[t] = drawMastery[t]();
		let total = 0;
		sections.forEach(({ section, written, items }, s) => {
			if (!items.length) return;
			let score = 0;
			for (let k = 0; k < section.count; k++) {
				const item = items[Math.floor(random() * items.length)];
				const p = item.length ? item.reduce((sum, t) => sum + truth[t], 0) / item.length : 0.5;
				let share = 0;
				if (written) {
					for (let point = 0; point < POINTS_PER_WRITTEN_ITEM; point++) if (random() < p) share++;
					share /= POINTS_PER_WRITTEN_ITEM;
				} else if (random() < p) share = 1;
				score += share * section.marks;
			}
			sectionSums[s] += score;
			total += score;
		});
		totals.push(total);
	}
	totals.sort((a, b) => a - b);
	return {
		expected: totals.reduce((a, b) => a + b, 0) / runs,
		low: percentile(totals, 0.1),
		high: percentile(totals, 0.9),
		total: paper.reduce((sum, s) => sum + s.count * s.marks, 0),
		bySection: paper.map((s, i) => ({
			title: s.title,
			expected: sectionSums[i] / runs,
			marks: s.count * s.marks
		}))
	};
}

/** Where an actual score fell against a predicted interval, in words for the learner. */
export function againstInterval(score: number, interval: { low: number; high: number }): string {
	const low = Math.round(interval.low);
	const high = Math.round(interval.high);
	if (score < low) return '低于预测区间';
	if (score > high) return '高于预测区间';
	return '落在预测区间内';
}
