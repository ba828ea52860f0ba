/**
 * What a saved scenario holds: the rules, the as-of day, the learner's diagnosis text, and the
 * histories stored column by column (purchase days as one flat list of days after each customer's
 * first purchase) — never the raw file.
 */
import type { CustomerHistory } from '$lib/analytics/customer-histories';
import type { HistoriesRead } from '$lib/analytics/lifecycle-input';
import type { Diagnosis } from '$lib/analytics/lifecycle-diagnosis';
import { DEFAULT_PATTERN_RULES, type PatternRules } from '$lib/analytics/lifecycle-patterns';
import type { Dataset } from './session.svelte';

export interface LifecycleSettings {
	rules: PatternRules;
	/** null: the latest purchase day in the data. */
	asOfDay: number | null;
	/** The learner's 分析结果 / 主要问题 / 解决思路; null until they edit the draft. */
	diagnosis: Diagnosis | null;
}

export const defaultSettings = (): LifecycleSettings => ({
	rules: { ...DEFAULT_PATTERN_RULES },
	asOfDay: null,
	diagnosis: null
});

interface HistoryColumns {
	id: string[];
	firstDay: number[];
	lastDay: number[];
	purchaseDays: number[];
	total: number[];
	channel?: string[];
	/** Amount of each first purchase day (transactions; absent in saves made before the split). */
	firstAmount?: number[];
	/** Every customer's purchase days after the first, minus the first day, one after another. */
	laterDays?: number[];
}

export interface SavedLifecycle {
	version: 1;
	source: string;
	read: Omit<HistoriesRead, 'histories'>;
	histories: HistoryColumns;
	settings: LifecycleSettings;
}

export function packScenario(dataset: Dataset, settings: LifecycleSettings): SavedLifecycle {
	const { histories, ...read } = dataset.read;
	const columns: HistoryColumns = {
		id: histories.map((h) => h.id),
		firstDay: histories.map((h) => h.firstDay),
		lastDay: histories.map((h) => h.lastDay),
		purchaseDays: histories.map((h) => h.purchaseDays),
		total: histories.map((h) => h.total)
	};
	if (read.channel) columns.channel = histories.map((h) => h.channel ?? '');
	if (histories.every((h) => h.firstAmount !== undefined))
		columns.firstAmount = histories.map((h) => h.firstAmount as number);
	if (read.kind === 'transactions')
		columns.laterDays = histories.flatMap((h) =>
			(h.days ?? []).slice(1).map((d) => d - h.firstDay)
		);
	return { version: 1, source: dataset.source, read, histories: columns, settings };
}

/** The dataset and settings of a saved scenario, or null when it is not one this page wrote. */
export function unpackScenario(
	data: unknown
): { dataset: Dataset; settings: LifecycleSettings } | null {
	const saved = data as Partial<SavedLifecycle> | null;
	const columns = saved?.histories;
	if (saved?.version !== 1 || !saved.read || !saved.settings?.rules || !Array.isArray(columns?.id))
		return null;
	let at = 0;
	const histories = columns.id.map((id, i): CustomerHistory => {
		const firstDay = columns.firstDay[i];
		const history: CustomerHistory = {
			id,
			firstDay,
			lastDay: columns.lastDay[i],
			purchaseDays: columns.purchaseDays[i],
			total: columns.total[i]
		};
		if (columns.laterDays) {
			const later = columns.laterDays.slice(at, at + history.purchaseDays - 1);
			at += history.purchaseDays - 1;
			history.days = [firstDay, ...later.map((d) => firstDay + d)];
		}
		if (columns.channel?.[i]) history.channel = columns.channel[i];
		if (columns.firstAmount) history.firstAmount = columns.firstAmount[i];
		return history;
	});
	return {
		dataset: { source: saved.source ?? '', read: { ...saved.read, histories } },
		settings: { ...defaultSettings(), ...saved.settings }
	};
}
