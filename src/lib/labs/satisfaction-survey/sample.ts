/**
 * The sample survey as a CSV file, read through the same importer as a learner's file: the seeded
 * ACSI-style answers (survey-sample.ts) with a respondent number and a 0–10 likelihood to recommend
 * that follows loyalty, so NPS has something to show.
 */
import { seededRandom } from '$lib/random';
import { surveySample } from '$lib/analytics/survey-sample';

export const SAMPLE_RESPONDENTS = 500;

/**
 * Whole points added to some items so their means differ, as real items' do (a firm is better at
 * some things than others) and the IPA has something to sort. Shifts leave correlations alone,
 * apart from the few answers pushed against the ends of the scale.
 */
const ITEM_SHIFTS: Record<string, number> = {
	期望1: 1,
	期望2: 1,
	质量1: 1,
	质量2: -1,
	价值1: -1,
	抱怨1: -2,
	抱怨2: -2
};

export function sampleSurveyCsv(seed: number, respondents = SAMPLE_RESPONDENTS): string {
	const { columns, rows } = surveySample(seed, respondents);
	const random = seededRandom(seed ^ 0x5bd1e995);
	const loyalty = columns.indexOf('忠诚1');
	const shifts = columns.map((column) => ITEM_SHIFTS[column] ?? 0);
	const lines = rows.map((row, r) => {
		const recommend = Math.round(((row[loyalty] - 1) * 10) / 9 + 1.5 + (random() - 0.5) * 3);
		const answers = row.map((value, i) => Math.min(10, Math.max(1, value + shifts[i])));
		return [r + 1, ...answers, Math.min(10, Math.max(0, recommend))].join(',');
	});
	return [['编号', ...columns, '推荐意愿'].join(','), ...lines].join('\n') + '\n';
}
