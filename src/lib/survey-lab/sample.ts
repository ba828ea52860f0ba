/**
 * The sample survey as a CSV file, read through the same importer as a learner's file: the seeded
 * ACSI-style answers (survey-sample.ts) with a respondent number and a 0–10 likelihood to recommend
 * that follows loyalty, so NPS has something to show.
 */
import { seededRandom } from '$lib/random';
import { surveySample } from '$lib/analytics/survey-sample';

export const SAMPLE_RESPONDENTS = 500;

export function sampleSurveyCsv(seed: number, respondents = SAMPLE_RESPONDENTS): string {
	const { columns, rows } = surveySample(seed, respondents);
	const random = seededRandom(seed ^ 0x5bd1e995);
	const loyalty = columns.indexOf('忠诚1');
	const lines = rows.map((row, r) => {
		const recommend = Math.round(((row[loyalty] - 1) * 10) / 9 + (random() - 0.5) * 3);
		return [r + 1, ...row, Math.min(10, Math.max(0, recommend))].join(',');
	});
	return [['编号', ...columns, '推荐意愿'].join(','), ...lines].join('\n') + '\n';
}
