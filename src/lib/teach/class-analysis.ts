/**
 * The gradebook's 试题分析: the class's scores as a matrix for item analysis, plus what only the
 * gradebook knows — the option each student chose on a choice question and the scoring points
 * each was credited with on a written one. Students with items still to mark are left out (a
 * missing mark is not a zero) and counted, so the page can say so.
 */
import { toCsv } from '../export/csv';
import {
	analyseItems,
	FLAG_RULES,
	optionShares,
	pointShares,
	type ItemAnalysis,
	type ScoreMatrix
} from '../analytics/item-analysis';
import { letter } from '../practice/grade';
import type { Assignment } from './assignment';
import type { StudentRow } from './grades';
import { itemHeading } from './grades';
import { scoringPoints, type ContentLookup } from './items';

export type ItemDetail =
	| {
			kind: 'options';
			options: { label: string; text: string; share: number; correct: boolean }[];
			blank: number;
	  }
	| { kind: 'points'; points: { text: string; marks: number; credited: number; missed: number }[] }
	| { kind: 'none' };

export interface ClassAnalysis {
	/** null when no student is fully marked yet. */
	analysis: ItemAnalysis | null;
	/** Students left out because some item still waits for marking. */
	unmarked: number;
	/** Per item, in the assignment's order. */
	details: ItemDetail[];
}

/** The matrix of fully marked students, items headed as in the grades CSV. */
export function gradebookMatrix(assignment: Assignment, rows: readonly StudentRow[]): ScoreMatrix {
	const marked = rows.filter((row) => row.pending === 0);
	return {
		items: assignment.items.map((item) => ({
			name: itemHeading(assignment, item),
			max: item.marks
		})),
		scores: marked.map((row) =>
			// A carried score can exceed marks changed since; clamp so one edit cannot stop the analysis.
			assignment.items.map((item) =>
				Math.min(item.marks, Math.max(0, row.items[item.id].score ?? 0))
			)
		)
	};
}

export function classAnalysis(
	assignment: Assignment,
	rows: readonly StudentRow[],
	content: ContentLookup
): ClassAnalysis {
	const marked = rows.filter((row) => row.pending === 0);
	const matrix = gradebookMatrix(assignment, rows);
	const details = assignment.items.map((item): ItemDetail => {
		if (item.kind === 'question') {
			const question = content.bankQuestion(item.questionId);
			if (question?.options) {
				const answer = question.answer;
				const key = Array.isArray(answer) ? answer : [answer];
				const { shares, blank } = optionShares(
					marked.map((row) => {
						const response = row.items[item.id].response;
						return typeof response === 'string' || Array.isArray(response) ? response : null;
					}),
					question.options.length
				);
				return {
					kind: 'options',
					options: question.options.map((text, i) => ({
						label: letter(i),
						text,
						share: shares[i],
						correct: key.includes(letter(i))
					})),
					blank
				};
			}
		}
		const rubric = scoringPoints(item, content);
		if (rubric) {
			const ticked = marked.flatMap((row) => {
				const mark = row.items[item.id].mark;
				return mark ? [mark.ticked] : [];
			});
			if (!ticked.length) return { kind: 'none' };
			const credited = pointShares(ticked, rubric.points.length);
			return {
				kind: 'points',
				points: rubric.points.map((point, i) => ({
					text: point.text,
					marks: point.marks,
					credited: credited[i],
					missed: 1 - credited[i]
				}))
			};
		}
		return { kind: 'none' };
	});
	return {
		analysis: marked.length ? analyseItems(matrix) : null,
		unmarked: rows.length - marked.length,
		details
	};
}

const round = (value: number | null, digits = 3) =>
	value === null ? '' : Math.round(value * 10 ** digits) / 10 ** digits;

/** The analysis as CSV (UTF-8 with BOM, formula-safe): one row per item, then α and N. */
export function itemAnalysisCsv(analysis: ItemAnalysis, details?: readonly ItemDetail[]): string {
	const labels = new Map(FLAG_RULES.map((rule) => [rule.flag, rule.label]));
	const rows = analysis.items.map((item, i) => {
		const detail = details?.[i];
		return {
			item: item.item,
			max: item.max,
			mean: round(item.mean, 2),
			facility: round(item.facility),
			discrimination: round(item.discrimination),
			itemRest: round(item.itemRest),
			flags: item.flags.map((f) => labels.get(f)).join('、'),
			detail:
				detail?.kind === 'points'
					? detail.points
							.map((p, n) => `要点${n + 1} 未得分 ${Math.round(p.missed * 100)}%`)
							.join('；')
					: detail?.kind === 'options'
						? detail.options.map((o) => `${o.label} ${Math.round(o.share * 100)}%`).join('；')
						: ''
		};
	});
	rows.push({
		item: `学生 ${analysis.students} 人；Cronbach α`,
		max: analysis.maxTotal,
		mean: round(analysis.totals.reduce((s, t) => s + t, 0) / analysis.students, 2),
		facility: '',
		discrimination: '',
		itemRest: round(analysis.alpha),
		flags: '',
		detail: ''
	});
	return toCsv(rows, [
		{ key: 'item', label: '题目' },
		{ key: 'max', label: '满分' },
		{ key: 'mean', label: '平均分' },
		{ key: 'facility', label: '难度系数（得分率）' },
		{ key: 'discrimination', label: '区分度' },
		{ key: 'itemRest', label: '题–余相关（末行为 α）' },
		{ key: 'flags', label: '提示' },
		{ key: 'detail', label: '选项 / 要点' }
	]);
}
