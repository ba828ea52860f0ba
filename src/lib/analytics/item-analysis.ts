/**
 * Classical item analysis of one test sat by a class: how easy each item was (facility), how well
 * it separated strong from weak students (upper–lower 27% discrimination, item–rest correlation),
 * and how consistent the test is as a whole (Cronbach's α). The conventions follow the usual
 * textbook recipe (Kelley's 27% groups; Ebel's guide for discrimination) and are stated in the
 * function comments, so the page, the CLI and the tests agree to the last digit.
 */
import { ModelError } from './model-error';

export interface ItemColumn {
	/** The item's name as the sheet or gradebook heads it, e.g. 「第 2 题（20 分）」. */
	name: string;
	/** Full marks of the item (> 0). */
	max: number;
}

export interface ScoreMatrix {
	items: ItemColumn[];
	/** One row per student, in file order; row[i] is the score on items[i]. */
	scores: number[][];
}

export type ItemFlag = 'too-easy' | 'too-hard' | 'negative' | 'weak';

export interface ItemStatistics {
	item: string;
	max: number;
	mean: number;
	/** Mean score over full marks (0–1): the share of the marks the class earned. */
	facility: number;
	/** (Mean of the upper group − mean of the lower group) / full marks, from −1 to 1. */
	discrimination: number;
	/** Pearson correlation of the item with the total of the other items; null when either is constant. */
	itemRest: number | null;
	flags: ItemFlag[];
}

export interface ItemAnalysis {
	students: number;
	/** Cronbach's α from sample variances; null with fewer than two students or items, or no spread in totals. */
	alpha: number | null;
	/** Students in each of the upper and lower groups: ⌈0.27·N⌉. */
	groupSize: number;
	/** Each student's total, in file order. */
	totals: number[];
	/** Sum of the items' full marks. */
	maxTotal: number;
	items: ItemStatistics[];
}

/** Share of the class in each of the upper and lower groups (Kelley's 27%). */
export const GROUP_SHARE = 0.27;

/**
 * The stated rules that flag an item, checked in this order. Thresholds: facility at or above 0.9
 * is too easy, below 0.3 too hard; discrimination below 0 is negative, below 0.2 weak (Ebel's
 * "poor" band).
 */
export const FLAG_RULES: readonly {
	flag: ItemFlag;
	label: string;
	rule: string;
	test: (item: Pick<ItemStatistics, 'facility' | 'discrimination'>) => boolean;
	advice: string;
}[] = [
	{
		flag: 'too-easy',
		label: '太容易',
		rule: '难度系数（得分率）≥ 0.90',
		test: (s) => s.facility >= 0.9,
		advice:
			'几乎人人拿满分，这道题分不出学生的差别。若它考的是必须掌握的基础，可以保留；否则提高要求，例如让学生结合案例说明理由。'
	},
	{
		flag: 'too-hard',
		label: '太难',
		rule: '难度系数（得分率）< 0.30',
		test: (s) => s.facility < 0.3,
		advice:
			'大多数学生没拿到分。先确认这部分内容讲过、题意清楚；再看是否要降低要求、拆成小问，或在讲评时专门讲解。'
	},
	{
		flag: 'negative',
		label: '负区分度',
		rule: '区分度 < 0',
		test: (s) => s.discrimination < 0,
		advice:
			'低分组反而比高分组得分多，通常说明答案或评分要点有误、题干有歧义，或评分前后不一致。请先核对标准答案和批改记录。'
	},
	{
		flag: 'weak',
		label: '区分度低',
		rule: '0 ≤ 区分度 < 0.20',
		test: (s) => s.discrimination >= 0 && s.discrimination < 0.2,
		advice:
			'高分组和低分组得分相近。可检查题目是否考到了要点之外的东西，或把评分要点写得更具体，让答得好与答得差的学生拉开差距。'
	}
];

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const mean = (values: readonly number[]) => sum(values) / values.length;

/** Sample variance (divisor n − 1); NaN for fewer than two values. */
export function sampleVariance(values: readonly number[]): number {
	if (values.length < 2) return NaN;
	const m = mean(values);
	return sum(values.map((v) => (v - m) ** 2)) / (values.length - 1);
}

/** Pearson's r; null when either list has no spread (the correlation is undefined). */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
	const mx = mean(x);
	const my = mean(y);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		const dx = x[i] - mx;
		const dy = y[i] - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	// Relative tolerance: sums of decimal marks leave rounding dust where the spread is really zero.
	const scale = Math.max(1, Math.abs(mx), Math.abs(my)) ** 2 * 1e-18 * x.length;
	if (sxx <= scale || syy <= scale) return null;
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

function checkMatrix({ items, scores }: ScoreMatrix): void {
	if (!items.length) throw new ModelError('没有题目列：至少要有一道题的得分。');
	if (!scores.length) throw new ModelError('没有学生：至少要有一名学生的得分。');
	items.forEach((item, i) => {
		if (!Number.isFinite(item.max) || item.max <= 0) {
			throw new ModelError(`第 ${i + 1} 题「${item.name}」的满分须是大于 0 的数。`);
		}
	});
	scores.forEach((row, s) => {
		if (row.length !== items.length) {
			throw new ModelError(
				`第 ${s + 1} 名学生有 ${row.length} 个得分，与题目数 ${items.length} 不符。`
			);
		}
		row.forEach((score, i) => {
			if (!Number.isFinite(score) || score < 0 || score > items[i].max + 1e-9) {
				throw new ModelError(
					`第 ${s + 1} 名学生在「${items[i].name}」的得分 ${score} 不在 0 到满分 ${items[i].max} 之间。`
				);
			}
		});
	});
}

/**
 * Analyses a score matrix. Students are ranked by total score, highest first, ties kept in file
 * order; the upper group is the first ⌈0.27·N⌉ of that ranking and the lower group the last
 * ⌈0.27·N⌉ (with one student, both groups are that student and every discrimination is 0).
 */
export function analyseItems(matrix: ScoreMatrix): ItemAnalysis {
	checkMatrix(matrix);
	const { items, scores } = matrix;
	const n = scores.length;
	const k = items.length;
	const totals = scores.map((row) => sum(row));
	// Array.prototype.sort is stable, so equal totals stay in file order.
	const ranking = totals
		.map((total, index) => ({ total, index }))
		.sort((a, b) => b.total - a.total);
	const groupSize = Math.ceil(GROUP_SHARE * n);
	const upper = ranking.slice(0, groupSize).map((r) => r.index);
	const lower = ranking.slice(n - groupSize).map((r) => r.index);

	const columns = items.map((_, i) => scores.map((row) => row[i]));
	const statistics = items.map((item, i): ItemStatistics => {
		const column = columns[i];
		const itemMean = mean(column);
		const upperMean = mean(upper.map((s) => column[s]));
		const lowerMean = mean(lower.map((s) => column[s]));
		const facility = itemMean / item.max;
		const discrimination = (upperMean - lowerMean) / item.max;
		const rest = totals.map((total, s) => total - column[s]);
		const figures = { facility, discrimination };
		return {
			item: item.name,
			max: item.max,
			mean: itemMean,
			facility,
			discrimination,
			itemRest: pearson(column, rest),
			flags: FLAG_RULES.filter((rule) => rule.test(figures)).map((rule) => rule.flag)
		};
	});

	let alpha: number | null = null;
	if (n >= 2 && k >= 2) {
		const totalVariance = sampleVariance(totals);
		if (totalVariance > 1e-12) {
			const itemVariances = sum(columns.map((column) => sampleVariance(column)));
			alpha = (k / (k - 1)) * (1 - itemVariances / totalVariance);
		}
	}

	return {
		students: n,
		alpha,
		groupSize,
		totals,
		maxTotal: sum(items.map((item) => item.max)),
		items: statistics
	};
}

/**
 * Share of students choosing each option of a choice item (letters A, B, …), and the share who
 * left it blank. A multiple-choice answer counts towards every letter it includes.
 */
export function optionShares(
	responses: readonly (readonly string[] | string | null | undefined)[],
	optionCount: number
): { shares: number[]; blank: number } {
	const counts = new Array<number>(optionCount).fill(0);
	let blank = 0;
	for (const response of responses) {
		const letters = response == null ? [] : typeof response === 'string' ? [response] : response;
		const chosen = letters.filter((l) => /^[A-Z]$/.test(l) && l.charCodeAt(0) - 65 < optionCount);
		if (!chosen.length) blank += 1;
		for (const letter of new Set(chosen)) counts[letter.charCodeAt(0) - 65] += 1;
	}
	const n = responses.length || 1;
	return { shares: counts.map((c) => c / n), blank: responses.length ? blank / n : 0 };
}

/** Share of students credited with each scoring point, from the indexes each was ticked for. */
export function pointShares(
	tickedByStudent: readonly (readonly number[])[],
	pointCount: number
): number[] {
	const counts = new Array<number>(pointCount).fill(0);
	for (const ticked of tickedByStudent) {
		for (const index of new Set(ticked)) if (index >= 0 && index < pointCount) counts[index] += 1;
	}
	return counts.map((c) => (tickedByStudent.length ? c / tickedByStudent.length : 0));
}
