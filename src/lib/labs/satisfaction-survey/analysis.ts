/**
 * Everything the satisfaction-survey lab shows, from a read survey and the learner's setup. Each
 * section stands alone: a problem in one (say, a path to an undefined construct) is reported there
 * in Chinese and the others still show. Pure, no DOM; the page derives it, the CLI's models do the
 * sums.
 */
import { importancePerformance, type IpaResult } from '$lib/analytics/importance-performance';
import { ModelError } from '$lib/analytics/model-error';
import { netPromoterScore } from '$lib/analytics/nps';
import { pls, type PlsModel, type PlsResult } from '$lib/analytics/pls';
import { alphaIfItemDeleted, cronbachAlpha } from '$lib/analytics/reliability';
import {
	leafWeights,
	satisfactionIndex,
	toHundred,
	type IndexResult
} from '$lib/analytics/satisfaction-index';
import { pearson } from '$lib/analytics/statistics';
import {
	completeRows,
	SCALES,
	surveyAnswers,
	type AnswerProblem,
	type SurveyAnswers,
	type SurveyTable
} from '$lib/analytics/survey-data';
import { parseModelText, type SurveyConfig } from './config';

export type Section<T> = { ok: true; value: T } | { ok: false; error: string };

function section<T>(compute: () => T): Section<T> {
	try {
		return { ok: true, value: compute() };
	} catch (error) {
		if (error instanceof ModelError) return { ok: false, error: error.message };
		throw error;
	}
}

export interface ItemStats {
	item: string;
	/** Usable answers. */
	n: number;
	mean: number;
	/** The mean on 0–100 by the item's scale. */
	score: number;
	/** How many answered each point of the scale, from its minimum up. */
	counts: number[];
	min: number;
}

export interface ConstructReliability {
	construct: string;
	items: string[];
	/** Respondents who answered every item of the construct. */
	n: number;
	alpha: number;
	ifDeleted: number[];
}

export interface PlsFit {
	/** Same model on the same answers ⇔ same key: bootstrap intervals stay valid while it holds. */
	key: string;
	model: PlsModel;
	/** Respondents with every model item answered. */
	n: number;
	result: PlsResult;
	/** Model items in order, and their complete rows (what the bootstrap resamples). */
	columns: string[];
	rows: number[][];
}

export interface SurveyResults {
	respondents: number;
	problems: AnswerProblem[];
	stats: ItemStats[];
	csi: Section<IndexResult>;
	reliability: Section<ConstructReliability[]>;
	ipa: Section<IpaResult>;
	nps: Section<ReturnType<typeof netPromoterScore>> | null;
	pls: Section<PlsFit>;
}

/** The model and a checksum of the answers it was fitted on (order-sensitive). */
function fitKey(model: PlsModel, rows: number[][]): string {
	let checksum = 0;
	rows.forEach((row, r) =>
		row.forEach((value, i) => (checksum = (checksum * 31 + value * (r + 1) + i) % 1_000_000_007))
	);
	return `${JSON.stringify(model)}|${rows.length}|${checksum}`;
}

export function itemStats(answers: SurveyAnswers, config: SurveyConfig): ItemStats[] {
	return answers.items.map((item, i) => {
		const { min, max } = SCALES[config.items[item].scale];
		const counts = new Array<number>(max - min + 1).fill(0);
		let sum = 0;
		let n = 0;
		for (const row of answers.values) {
			const value = row[i];
			if (Number.isNaN(value)) continue;
			n++;
			sum += value;
			const point = Math.round(value) - min;
			if (point >= 0 && point < counts.length) counts[point]++;
		}
		const mean = n ? sum / n : NaN;
		return { item, n, mean, score: toHundred(mean, { min, max }), counts, min };
	});
}

/** Importance of each item: its global weight, or its correlation with the overall item. */
function importanceOf(
	answers: SurveyAnswers,
	config: SurveyConfig,
	item: string,
	weight: number
): number {
	if (config.importance === 'weights') return weight;
	const [xs, ys] = [[], []] as [number[], number[]];
	for (const row of completeRows(answers, [item, config.overall])) {
		xs.push(row[0]);
		ys.push(row[1]);
	}
	return pearson(xs, ys);
}

export function analyseSurvey(table: SurveyTable, config: SurveyConfig): SurveyResults {
	const answers = surveyAnswers(table, config.items);
	const stats = itemStats(answers, config);
	const means = Object.fromEntries(stats.map((s) => [s.item, s.mean]));
	const scales = Object.fromEntries(
		answers.items.map((item) => [item, SCALES[config.items[item].scale]])
	);
	const model = section(() => parseModelText(config.model));

	const csi = section(() => satisfactionIndex(config.indicators, means, scales));

	const reliability = section(() => {
		if (!model.ok) throw new ModelError(model.error);
		return Object.entries(model.value.constructs).map(([construct, items]) => {
			const rows = completeRows(answers, items);
			const alpha = items.length >= 2 && rows.length >= 2 ? cronbachAlpha(rows) : NaN;
			const ifDeleted = items.length >= 2 && rows.length >= 2 ? alphaIfItemDeleted(rows) : [];
			return { construct, items, n: rows.length, alpha, ifDeleted };
		});
	});

	const ipa = section(() => {
		if (config.importance === 'correlation' && !config.overall) {
			throw new ModelError('用相关系数推导重要性时，请先选出“总体满意度”题目。');
		}
		// Satisfaction's own measures are the outcome, not drivers: the overall item and the other
		// items of its construct stay out of the matrix.
		const outcome = new Set([config.overall]);
		if (model.ok) {
			for (const items of Object.values(model.value.constructs)) {
				if (items.includes(config.overall)) items.forEach((item) => outcome.add(item));
			}
		}
		const leaves = leafWeights(config.indicators).filter((leaf) => !outcome.has(leaf.item));
		return importancePerformance(
			leaves.map((leaf) => ({
				name: leaf.path.join(' / '),
				importance: importanceOf(answers, config, leaf.item, leaf.weight),
				performance: stats.find((s) => s.item === leaf.item)?.score ?? NaN
			}))
		);
	});

	const nps = config.recommend
		? section(() => {
				const i = answers.items.indexOf(config.recommend);
				if (i < 0) throw new ModelError(`推荐意愿题「${config.recommend}」不在题目列中。`);
				if (config.items[config.recommend].scale !== '0-10') {
					throw new ModelError(`NPS 需要 0–10 分的推荐意愿题，「${config.recommend}」不是。`);
				}
				return netPromoterScore(answers.values.map((row) => row[i]));
			})
		: null;

	const plsFit = section(() => {
		if (!model.ok) throw new ModelError(model.error);
		if (!model.value.paths.length) {
			throw new ModelError('结构模型还没有路径：在模型框里写出「A -> B」形式的路径。');
		}
		const columns = Object.values(model.value.constructs).flat();
		const rows = completeRows(answers, columns);
		const result = pls(rows, columns, model.value);
		return {
			key: fitKey(model.value, rows),
			model: model.value,
			n: rows.length,
			result,
			columns,
			rows
		};
	});

	return {
		respondents: table.cells.length,
		problems: answers.problems,
		stats,
		csi,
		reliability,
		ipa,
		nps,
		pls: plsFit
	};
}

/** The item table as CSV (UTF-8 with BOM so Excel opens the Chinese headings right). */
export function itemStatsCsv(stats: ItemStats[]): string {
	const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
	const lines = stats.map((s) =>
		[
			quote(s.item),
			s.n,
			Number.isFinite(s.mean) ? s.mean.toFixed(4) : '',
			Number.isFinite(s.score) ? s.score.toFixed(2) : '',
			s.counts.map((c, k) => `${s.min + k}:${c}`).join(' ')
		].join(',')
	);
	return `\uFEFF题目,有效回答,平均分,百分制得分,分布\n${lines.join('\n')}\n`;
}
