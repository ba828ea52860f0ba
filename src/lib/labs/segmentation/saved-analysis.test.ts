import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, packAnalysis, unpackAnalysis } from './saved-analysis';
import type { Dataset } from './session.svelte';

const dataset: Dataset = {
	source: '门店.csv',
	summary: {
		rows: 3,
		accepted: 3,
		rejectedCount: 0,
		rejected: [],
		customers: [
			{ id: 'c1', firstDay: 19000, lastDay: 19010, frequency: 2, monetary: 150 },
			{ id: 'c2', firstDay: 19005, lastDay: 19005, frequency: 1, monetary: 30 }
		],
		earliestDay: 19000,
		latestDay: 19010,
		refunds: { rows: 0, amount: 0, customersWithoutPurchase: 0 },
		columns: { id: '客户', date: '日期', amount: '金额' },
		encoding: 'gb18030',
		delimiter: ','
	}
};

describe('saved analyses', () => {
	it('round-trips the dataset and settings through plain JSON', () => {
		const settings = {
			...DEFAULT_SETTINGS,
			thresholds: { recencyDays: 5, frequency: 1, monetary: 100 }
		};
		const json = JSON.parse(JSON.stringify(packAnalysis(dataset, settings)));
		expect(unpackAnalysis(json)).toEqual({ dataset, settings });
	});

	it('keeps profit and channel when those columns were mapped', () => {
		const withExtras: Dataset = {
			...dataset,
			summary: {
				...dataset.summary,
				columns: { ...dataset.summary.columns, profit: '利润', channel: '渠道' },
				customers: [
					{ ...dataset.summary.customers[0], profit: 40, channel: '门店' },
					{ ...dataset.summary.customers[1], profit: -5 }
				]
			}
		};
		const json = JSON.parse(JSON.stringify(packAnalysis(withExtras, DEFAULT_SETTINGS)));
		expect(unpackAnalysis(json)?.dataset).toEqual(withExtras);
	});

	it.each([
		['nothing', null],
		['another lab', { text: '功能,正向,反向' }],
		['a newer version', { ...packAnalysis(dataset, DEFAULT_SETTINGS), version: 2 }],
		[
			'an unknown proxy',
			{ ...packAnalysis(dataset, DEFAULT_SETTINGS), settings: { ...DEFAULT_SETTINGS, proxy: 'x' } }
		]
	])('refuses %s', (_, data) => {
		expect(unpackAnalysis(data)).toBeNull();
	});
});
