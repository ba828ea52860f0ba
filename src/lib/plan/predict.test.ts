import { describe, expect, it } from 'vitest';
import { randomBeta, randomBinomial } from 'd3';
import type { QuestionType } from '../content/ids';
import { PAPER } from '../practice/mock';
import { seededRandom } from '../random';
import { PRIOR, type TopicMastery } from './mastery';
import {
	againstInterval,
	POINTS_PER_WRITTEN_ITEM,
	predictScore,
	type PoolQuestion
} from './predict';

const TOPICS = Array.from({ length: 20 }, (_, i) => `t${i}`);
const TYPES: QuestionType[] = ['single', 'multiple', 'truefalse', 'short', 'case'];
const pool: PoolQuestion[] = TYPES.flatMap((type) =>
	Array.from({ length: 40 }, (_, i) => ({ id: `${type}-${i}`, type, topics: [TOPICS[i % 20]] }))
);
const paper = PAPER.map((s) => ({ ...s }));
const known = (mean: number): Map<string, TopicMastery> =>
	new Map(
		TOPICS.map((topic) => [
			topic,
			{ topic, alpha: mean * 1e6, beta: (1 - mean) * 1e6, mean, evidence: 1e6 }
		])
	);

describe('predictScore', () => {
	it('predicts close to full marks, narrowly, for a learner who knows everything', () => {
		const result = predictScore(paper, pool, known(0.999999), { runs: 500 });
		expect(result.total).toBe(100);
		expect(result.expected).toBeGreaterThan(99);
		expect(result.high - result.low).toBeLessThan(2);
	});

	it('predicts half the objective marks for a learner who is right half the time', () => {
		const result = predictScore(paper, pool, known(0.5), { runs: 4000 });
		const objective = result.bySection.slice(0, 3);
		objective.forEach((section) => expect(section.expected / section.marks).toBeCloseTo(0.5, 1));
		expect(result.low).toBeLessThan(result.expected);
		expect(result.high).toBeGreaterThan(result.expected);
	});

	it('is the same for the same seed', () => {
		expect(predictScore(paper, pool, known(0.6), { seed: 4, runs: 200 })).toEqual(
			predictScore(paper, pool, known(0.6), { seed: 4, runs: 200 })
		);
	});

	it(
		'covers the actual mock score about 80% of the time for simulated learners with known mastery',
		{ timeout: 60_000 },
		() => {
			const random = seededRandom(2024);
			const beta = randomBeta.source(random);
			const binomial = randomBinomial.source(random);
			let covered = 0;
			const learners = 300;
			for (let learner = 0; learner < learners; learner++) {
				// True mastery per point; the learner has answered 0–6 questions on each.
				const truth = new Map(TOPICS.map((t) => [t, beta(PRIOR.alpha, PRIOR.beta)()]));
				const mastery = new Map(
					TOPICS.map((topic) => {
						const trials = Math.floor(random() * 7);
						const right = trials ? binomial(trials, truth.get(topic) as number)() : 0;
						const alpha = PRIOR.alpha + right;
						const betaParam = PRIOR.beta + trials - right;
						return [
							topic,
							{ topic, alpha, beta: betaParam, mean: alpha / (alpha + betaParam), evidence: trials }
						];
					})
				);
				const prediction = predictScore(paper, pool, mastery, { runs: 600, seed: learner + 1 });
				// The real mock: a paper drawn from the bank, answered with the learner's true mastery.
				let actual = 0;
				for (const section of paper) {
					const items = pool.filter((q) => q.type === section.type);
					for (let k = 0; k < section.count; k++) {
						const p = truth.get(items[Math.floor(random() * items.length)].topics[0]) as number;
						const written = section.type === 'short' || section.type === 'case';
						const share = written
							? binomial(POINTS_PER_WRITTEN_ITEM, p)() / POINTS_PER_WRITTEN_ITEM
							: random() < p
								? 1
								: 0;
						actual += section.marks * share;
					}
				}
				if (actual >= prediction.low && actual <= prediction.high) covered++;
			}
			expect(covered / learners).toBeGreaterThan(0.74);
			expect(covered / learners).toBeLessThan(0.86);
		}
	);
});

describe('againstInterval', () => {
	it.each([
		[51, '低于预测区间'],
		[52, '落在预测区间内'],
		[70, '落在预测区间内'],
		[71, '高于预测区间']
	])('puts a score of %i against 52.4–70.4 (shown as 52–70): %s', (score, words) => {
		expect(againstInterval(score, { low: 52.4, high: 70.4 })).toBe(words);
	});
});
