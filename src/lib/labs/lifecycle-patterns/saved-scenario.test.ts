import { describe, expect, it } from 'vitest';
import { historiesOf } from '$lib/analytics/customer-histories';
import { defaultSettings, packScenario, unpackScenario } from './saved-scenario';
import type { Dataset } from './session.svelte';

const read = {
	kind: 'transactions' as const,
	rows: 5,
	accepted: 5,
	rejectedCount: 0,
	rejected: [],
	refundRows: 0,
	channel: true
};

describe('saved lifecycle scenarios', () => {
	it('give back the same histories, purchase days and settings', () => {
		const histories = historiesOf([
			{ id: 'A', day: 100, amount: 10, channel: '门店' },
			{ id: 'A', day: 130, amount: 5, channel: '门店' },
			{ id: 'B', day: 90, amount: 7, channel: '网店' },
			{ id: 'A', day: 200, amount: 1, channel: '门店' },
			{ id: 'C', day: 120, amount: 3 }
		]);
		const dataset: Dataset = { source: '流水.csv', read: { ...read, histories } };
		const settings = {
			...defaultSettings(),
			asOfDay: 210,
			diagnosis: { result: '结果', problems: '问题', ideas: '思路' }
		};
		const saved = JSON.parse(JSON.stringify(packScenario(dataset, settings)));
		expect(saved.histories.laterDays).toEqual([30, 100]);
		expect(unpackScenario(saved)).toEqual({ dataset, settings });
	});

	it('keep a per-customer table without purchase days, and refuse data they did not write', () => {
		const histories = [{ id: 'K1', firstDay: 1, lastDay: 9, purchaseDays: 3, total: 90 }];
		const dataset: Dataset = {
			source: '客户.xlsx',
			read: { ...read, kind: 'customers', channel: false, histories }
		};
		const saved = JSON.parse(JSON.stringify(packScenario(dataset, defaultSettings())));
		expect(unpackScenario(saved)?.dataset).toEqual(dataset);
		expect(unpackScenario({ version: 2 })).toBeNull();
		expect(unpackScenario(null)).toBeNull();
	});
});
