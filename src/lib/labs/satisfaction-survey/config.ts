/**
 * What the learner sets up in the satisfaction-survey lab, as plain data (it is saved in named
 * scenarios): which columns are items and on what scale, the indicator system (逻辑模型) with its
 * weights and AHP judgements, the structural model (as text), and how IPA and NPS read the items.
 */
import { ModelError } from '$lib/analytics/model-error';
import type { IndicatorNode } from '$lib/analytics/satisfaction-index';
import { ACSI_MODEL } from '$lib/analytics/survey-sample';
import type { PlsModel } from '$lib/analytics/pls';
import {
	guessScale,
	itemColumns,
	type ItemSetting,
	type SurveyTable
} from '$lib/analytics/survey-data';

export interface SurveyConfig {
	/** Item columns in file order, each with its scale and whether it is reverse-coded. */
	items: Record<string, ItemSetting>;
	/** 一级指标, each with 二级 (and 三级) below; bottom indicators name an item. */
	indicators: IndicatorNode[];
	/** Pairwise judgements per sibling group, keyed by the group's path ('' = 一级指标). */
	ahp: Record<string, number[][]>;
	/** The structural model: 「潜变量：题1, 题2」 lines and 「A -> B」 lines. */
	model: string;
	/** IPA importance: the indicator system's weights, or each item's correlation with `overall`. */
	importance: 'weights' | 'correlation';
	/** The overall-satisfaction item (derived importance correlates with it); '' for none. */
	overall: string;
	/** A 0–10 likelihood-to-recommend item for NPS; '' for none. */
	recommend: string;
}

/** Most levels an indicator system has (一级/二级/三级指标). */
export const MAX_DEPTH = 3;

export function modelText(model: PlsModel): string {
	const constructs = Object.entries(model.constructs).map(
		([name, items]) => `${name}：${items.join('，')}`
	);
	const paths = model.paths.map(([from, to]) => `${from} -> ${to}`);
	return [...constructs, '', ...paths].join('\n');
}

/**
 * Reads the model text: a line with a colon names a construct and its items (separated by commas
 * or spaces); a line with -> or → is a path. Problems name the line.
 */
export function parseModelText(text: string): PlsModel {
	const constructs: Record<string, string[]> = {};
	const paths: [string, string][] = [];
	text.split('\n').forEach((raw, i) => {
		const line = raw.trim();
		if (!line || line.startsWith('#')) return;
		const arrow = line.split(/\s*(?:->|→)\s*/);
		if (arrow.length === 2 && arrow[0] && arrow[1]) {
			paths.push([arrow[0], arrow[1]]);
			return;
		}
		const colon = line.split(/\s*[:：]\s*/);
		if (colon.length === 2 && colon[0]) {
			const items = colon[1].split(/[,，、\s]+/).filter(Boolean);
			if (!items.length)
				throw new ModelError(`第 ${i + 1} 行：潜变量「${colon[0]}」后面没有题项。`);
			if (constructs[colon[0]])
				throw new ModelError(`第 ${i + 1} 行：潜变量「${colon[0]}」写了两次。`);
			constructs[colon[0]] = items;
			return;
		}
		throw new ModelError(
			`第 ${i + 1} 行「${line.slice(0, 30)}」看不懂：潜变量写成「名称：题1，题2」，路径写成「A -> B」。`
		);
	});
	return { constructs, paths };
}

/** Items grouped by their name without trailing digits: 质量1, 质量2 → 质量. */
export function constructsByPrefix(items: readonly string[]): Record<string, string[]> {
	const groups: Record<string, string[]> = {};
	for (const item of items) {
		const stem = item.replace(/[\s_-]*\d+$/, '') || item;
		(groups[stem] ??= []).push(item);
	}
	return groups;
}

const ACSI_ITEMS = Object.values(ACSI_MODEL.constructs).flat();

/** Equal-weight 一级指标 for groups of items (二级 = the items). */
function indicatorsFor(groups: Record<string, string[]>): IndicatorNode[] {
	return Object.entries(groups).map(([name, items]) =>
		items.length === 1
			? { name, weight: 1, item: items[0] }
			: { name, weight: 1, children: items.map((item) => ({ name: item, weight: 1, item })) }
	);
}

/** A first setup for a freshly read survey: guessed scales, items grouped by name. */
export function defaultConfig(table: SurveyTable): SurveyConfig {
	const columns = itemColumns(table);
	// A likelihood-to-recommend question is asked on 0–10 even when nobody answered 0.
	const isRecommend = (column: string) => /推荐|recommend|nps/i.test(column);
	const items = Object.fromEntries(
		columns.map((column) => {
			const guessed = guessScale(table, column);
			const scale = isRecommend(column) && guessed === '1-10' ? '0-10' : guessed;
			return [column, { scale, reverse: false }];
		})
	);
	const recommend = columns.find((c) => isRecommend(c) && items[c].scale === '0-10') ?? '';
	const overall =
		columns.find((c) => /总体|overall/i.test(c)) ?? columns.find((c) => /满意/.test(c)) ?? '';
	const measured = columns.filter((c) => c !== recommend);
	const isAcsi = ACSI_ITEMS.every((item) => columns.includes(item));
	const groups = constructsByPrefix(measured);
	const model = isAcsi
		? modelText(ACSI_MODEL)
		: modelText({ constructs: groups, paths: [] }) + '\n# 在这里写路径，例如：质量 -> 满意';
	// The index weighs what the firm delivers; the outcome constructs are not part of it.
	const indexed = isAcsi
		? Object.fromEntries(
				['感知质量', '感知价值', '顾客满意'].map((c) => [c, ACSI_MODEL.constructs[c]])
			)
		: groups;
	return {
		items,
		indicators: indicatorsFor(indexed),
		ahp: {},
		model,
		importance: 'correlation',
		overall,
		recommend
	};
}
