/**
 * Item analysis of a class of 500 on a 40-item test (goal: under 100 ms): the figures the
 * gradebook's 试题分析 tab and `lab items` compute, from a CSV score sheet and from the matrix.
 */
import { performance } from 'node:perf_hooks';
import { analyseItems, type ScoreMatrix } from '../../src/lib/analytics/item-analysis';
import { readScoreSheet, sheetMatrix } from '../../src/lib/analytics/score-sheet';

const STUDENTS = 500;
const ITEMS = 40;
const GOAL_MS = 100;

/** A class whose ability spreads the scores, so every statistic has something to measure. */
function classScores(): ScoreMatrix {
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	const items = Array.from({ length: ITEMS }, (_, i) => ({
		name: `第${i + 1}题`,
		max: i < 30 ? 2 : 10
	}));
	const scores = Array.from({ length: STUDENTS }, () => {
		const ability = random();
		return items.map((item) => Math.round(Math.min(1, ability * 0.7 + random() * 0.5) * item.max));
	});
	return { items, scores };
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function bench(): Promise<void> {
	const matrix = classScores();
	const csv = [
		['学号', ...matrix.items.map((i) => i.name)].join(','),
		...matrix.scores.map((row, s) => [`2026${String(s).padStart(4, '0')}`, ...row].join(','))
	].join('\n');
	const bytes = new TextEncoder().encode(csv);
	const max = matrix.items.map((i) => i.max);

	analyseItems(matrix); // warm-up: the first call also compiles the code
	const modelRuns: number[] = [];
	const fileRuns: number[] = [];
	let alpha: number | null = null;
	for (let run = 0; run < 5; run++) {
		let start = performance.now();
		alpha = analyseItems(matrix).alpha;
		modelRuns.push(performance.now() - start);
		start = performance.now();
		analyseItems(sheetMatrix(readScoreSheet(bytes), max));
		fileRuns.push(performance.now() - start);
	}
	const model = median(modelRuns);
	const file = median(fileRuns);
	console.log(`item analysis: ${STUDENTS} students × ${ITEMS} items (goal < ${GOAL_MS} ms)`);
	console.log(
		`  analysis ${model.toFixed(1)} ms; CSV (${(bytes.length / 1024).toFixed(0)} kB) read + analysis ${file.toFixed(1)} ms; α = ${alpha?.toFixed(3)} — ${
			model < GOAL_MS ? 'analysis within goal' : 'analysis OVER GOAL'
		} (median of 5)`
	);
}
