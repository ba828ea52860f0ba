/**
 * A saved satisfaction-survey scenario: the survey's cells (not the file) and the learner's whole
 * setup. `scenarioProblem` is the lab's check in src/lib/labs/scenario-data.ts: saved data can come
 * from an edited backup, and the page only ever opens data it can use.
 */
import { SCALE_IDS, type SurveyTable } from '$lib/analytics/survey-data';
import { MAX_DEPTH, type SurveyConfig } from './config';

export interface SavedSurvey {
	version: 1;
	source: string;
	table: SurveyTable;
	config: SurveyConfig;
}

export function packScenario(
	source: string,
	table: SurveyTable,
	config: SurveyConfig
): SavedSurvey {
	return { version: 1, source, table, config };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

function indicatorProblem(nodes: unknown, depth: number): string | null {
	if (!Array.isArray(nodes) || !nodes.length) return '指标体系不是指标的列表';
	if (depth > MAX_DEPTH) return `指标体系超过 ${MAX_DEPTH} 级`;
	for (const node of nodes as unknown[]) {
		if (!isObject(node) || !isText(node.name)) return '有指标缺少名称';
		if (typeof node.weight !== 'number' || !(node.weight >= 0) || !Number.isFinite(node.weight))
			return `指标「${node.name.slice(0, 20)}」的权重不是不小于 0 的数`;
		if (node.children !== undefined) {
			const problem = indicatorProblem(node.children, depth + 1);
			if (problem) return problem;
		} else if (node.item !== undefined && !isText(node.item)) {
			return `指标「${node.name.slice(0, 20)}」的题目不是文字`;
		}
	}
	return null;
}

/** Why this cannot be opened as a satisfaction-survey scenario, or null when it can. */
export function scenarioProblem(data: unknown): string | null {
	if (!isObject(data) || data.version !== 1) return '不是满意度测评实验室保存的方案';
	if (!isText(data.source)) return '缺少数据来源的名称';
	const table = data.table;
	if (!isObject(table) || !Array.isArray(table.columns) || !table.columns.every(isText))
		return '缺少问卷的列名';
	if (!Array.isArray(table.cells) || !Array.isArray(table.lines)) return '缺少问卷的答卷';
	if (table.cells.length !== table.lines.length) return '答卷与行号的数目不符';
	if (!table.lines.every((line) => Number.isInteger(line))) return '行号不是整数';
	if (!table.cells.every((row) => Array.isArray(row) && row.every(isText)))
		return '答卷里有不是文字的格子';
	const config = data.config;
	if (!isObject(config) || !isObject(config.items)) return '缺少题目设置';
	for (const [item, setting] of Object.entries(config.items)) {
		if (!table.columns.includes(item)) return `题目「${item.slice(0, 20)}」不在问卷的列中`;
		if (!isObject(setting) || !SCALE_IDS.includes(setting.scale as never))
			return `题目「${item.slice(0, 20)}」的量表无效`;
		if (typeof setting.reverse !== 'boolean')
			return `题目「${item.slice(0, 20)}」的反向计分不是是或否`;
	}
	const problem = indicatorProblem(config.indicators, 1);
	if (problem) return problem;
	if (!isObject(config.ahp)) return '缺少层次分析的判断矩阵';
	for (const matrix of Object.values(config.ahp)) {
		if (
			!Array.isArray(matrix) ||
			!matrix.every(
				(row) => Array.isArray(row) && row.every((v) => typeof v === 'number' && Number.isFinite(v))
			)
		)
			return '判断矩阵里有不是数字的值';
	}
	if (!isText(config.model)) return '缺少结构模型';
	if (config.importance !== 'weights' && config.importance !== 'correlation')
		return '重要性的来源无效';
	if (!isText(config.overall) || !isText(config.recommend)) return '缺少总体满意度或推荐意愿题';
	return null;
}

/** The scenario as the page uses it, once checked. */
export function unpackScenario(data: unknown): SavedSurvey | null {
	return scenarioProblem(data) ? null : (data as SavedSurvey);
}
