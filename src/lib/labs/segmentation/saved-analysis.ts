/**
 * What a saved scenario holds: the column mapping and settings, and the per-customer aggregates
 * stored column by column (one array per field, so 2,000 customers stay well under the size
 * limit) — never the raw file.
 */
import type { Thresholds } from '$lib/analytics/rfm';
import type { PotentialProxy } from '$lib/analytics/value-potential';
import { POTENTIAL_PROXIES } from '$lib/analytics/value-potential';
import type { CustomerAggregate, TransactionSummary } from '$lib/analytics/import/transaction-file';
import type { Dataset } from './session.svelte';

export interface LabSettings {
	/** null: split R, F and M at their means (the course's rule). */
	thresholds: Thresholds | null;
	/** null: the day after the latest purchase in the data. */
	asOfDay: number | null;
	proxy: PotentialProxy;
	bankShares: { premium: number; major: number };
}

export const DEFAULT_SETTINGS: LabSettings = {
	thresholds: null,
	asOfDay: null,
	proxy: 'purchase-rate',
	bankShares: { premium: 0.04, major: 0.16 }
};

interface CustomerColumns {
	id: string[];
	firstDay: number[];
	lastDay: number[];
	frequency: number[];
	monetary: number[];
	/** Only when a profit / channel column was mapped. */
	profit?: number[];
	channel?: string[];
}

export interface SavedAnalysis {
	version: 1;
	source: string;
	summary: Omit<TransactionSummary, 'customers'> & { customers: CustomerColumns };
	settings: LabSettings;
}

export function packAnalysis(dataset: Dataset, settings: LabSettings): SavedAnalysis {
	const { customers, ...rest } = dataset.summary;
	return {
		version: 1,
		source: dataset.source,
		summary: {
			...rest,
			customers: {
				id: customers.map((c) => c.id),
				firstDay: customers.map((c) => c.firstDay),
				lastDay: customers.map((c) => c.lastDay),
				frequency: customers.map((c) => c.frequency),
				monetary: customers.map((c) => c.monetary),
				...(rest.columns.profit ? { profit: customers.map((c) => c.profit ?? 0) } : {}),
				...(rest.columns.channel ? { channel: customers.map((c) => c.channel ?? '') } : {})
			}
		},
		settings
	};
}

/** The dataset and settings of a saved scenario, or null when it is not one this page wrote. */
export function unpackAnalysis(data: unknown): { dataset: Dataset; settings: LabSettings } | null {
	const saved = data as Partial<SavedAnalysis> | null;
	const columns = saved?.summary?.customers;
	if (saved?.version !== 1 || !columns || !Array.isArray(columns.id) || !saved.settings)
		return null;
	if (!(saved.settings.proxy in POTENTIAL_PROXIES)) return null;
	const { summary, settings, source } = saved as SavedAnalysis;
	const customers: CustomerAggregate[] = columns.id.map((id, i) => {
		const customer: CustomerAggregate = {
			id,
			firstDay: columns.firstDay[i],
			lastDay: columns.lastDay[i],
			frequency: columns.frequency[i],
			monetary: columns.monetary[i]
		};
		if (columns.profit) customer.profit = columns.profit[i];
		if (columns.channel?.[i]) customer.channel = columns.channel[i];
		return customer;
	});
	return {
		dataset: { source, summary: { ...summary, customers } },
		settings
	};
}
