import { describe, expect, it } from 'vitest';
import { EXAMPLE_OFFERS } from '$lib/analytics/delivered-value';
import { scenarioDataProblem } from './scenario-data';

/** What each lab saves today, as its page builds it. */
const GOOD: Record<string, unknown> = {
	segmentation: {
		version: 1,
		source: 'sample.csv',
		summary: {
			customers: {
				id: ['A', 'B'],
				firstDay: [1, 2],
				lastDay: [3, 4],
				frequency: [1, 2],
				monetary: [10, 20]
			},
			columns: { id: '客户', date: '日期', amount: '金额' },
			earliestDay: 1,
			latestDay: 4
		},
		settings: {
			thresholds: null,
			asOfDay: null,
			proxy: 'purchase-rate',
			bankShares: { premium: 0.04, major: 0.16 }
		}
	},
	clv: {
		formula: {
			margin: 100,
			retentionRate: 0.8,
			discountRate: 0.1,
			acquisitionCost: 0,
			horizon: 10,
			infinite: true,
			timing: 'start',
			existingCustomers: 1000,
			newCustomersPerPeriod: 100
		},
		survivorsText: '',
		probabilistic: { calibrationEnd: '', period: 'week', months: 12, monthlyDiscountRate: 0.01 }
	},
	lifecycle: {
		budget: { acquisition: 0, retention: 0, growth: 0 },
		rates: {
			acquire: 0.05,
			convert: 0.2,
			grow: 0.05,
			churnNew: 0.15,
			churnLoyal: 0.05,
			churnCrossSell: 0.03,
			inflow: 50
		},
		periods: 24
	},
	satisfaction: { competition: 0.9, switchingCost: 0.1, valueAdvantage: 0, satisfaction: 4 },
	'satisfaction-survey': {
		version: 1,
		source: '样例问卷',
		table: {
			columns: ['编号', 'q1', 'q2'],
			lines: [2, 3],
			cells: [
				['1', '4', '5'],
				['2', '3', '']
			]
		},
		config: {
			items: { q1: { scale: '1-5', reverse: false }, q2: { scale: '1-5', reverse: true } },
			indicators: [
				{ name: '质量', weight: 2, children: [{ name: '耐用', weight: 1, item: 'q1' }] },
				{ name: '服务', weight: 1, item: 'q2' }
			],
			ahp: {
				'': [
					[1, 2],
					[0.5, 1]
				]
			},
			model: '质量：q1\n服务：q2\n质量 -> 服务',
			importance: 'weights',
			overall: '',
			recommend: ''
		}
	},
	kano: { text: '功能,1,5' },
	'delivered-value': EXAMPLE_OFFERS,
	'loyalty-types': { scheme: 'six', placements: { water: '垄断忠诚' } },
	'lifecycle-patterns': {
		version: 1,
		source: '样例商店',
		read: { kind: 'transactions', rows: 3 },
		histories: {
			id: ['A', 'B'],
			firstDay: [1, 5],
			lastDay: [40, 5],
			purchaseDays: [2, 1],
			total: [30, 10],
			laterDays: [39]
		},
		settings: {
			rules: { inactiveDays: 180, explorationDays: 60, stablePurchases: 5, declineFactor: 2 },
			asOfDay: null,
			diagnosis: null
		}
	}
};

describe('scenario data each lab can open', () => {
	it.each(Object.keys(GOOD))('accepts what the %s lab saves', (lab) => {
		expect(scenarioDataProblem(lab, GOOD[lab])).toBeNull();
	});

	it.each(
		Object.keys(GOOD).flatMap((lab) => [
			[lab, 'junk'],
			[lab, {}],
			[lab, null],
			[lab, 42]
		])
	)('refuses, for %s, the data %j', (lab, data) => {
		expect(scenarioDataProblem(lab, data)).toMatch(/[\u4e00-\u9fff]/);
	});

	it.each([
		[
			'satisfaction',
			{ ...(GOOD.satisfaction as object), satisfaction: 9 },
			'设置的平均满意度（9）超出 1–5'
		],
		[
			'lifecycle',
			{ ...(GOOD.lifecycle as object), periods: 1e9 },
			'模拟期数（1000000000）超出 6–60'
		],
		['clv', { ...(GOOD.clv as object), survivorsText: 5 }, '缺少 sBG 的续约人数'],
		[
			'loyalty-types',
			{ scheme: 'six', placements: { water: '超值忠诚' } },
			'归类「超值忠诚」不是这一方案中的类型'
		],
		[
			'segmentation',
			{
				...(GOOD.segmentation as { summary: object }),
				summary: {
					...(GOOD.segmentation as { summary: object }).summary,
					customers: { id: ['A'], firstDay: [1, 2], lastDay: [3], frequency: [1], monetary: [1] }
				}
			},
			'客户汇总的 firstDay 列与客户数不符'
		],
		[
			'lifecycle-patterns',
			{
				...(GOOD['lifecycle-patterns'] as object),
				settings: { rules: { inactiveDays: 0 }, asOfDay: null }
			},
			'规则的沉寂天数（0）超出 1–100000'
		],
		[
			'satisfaction-survey',
			{
				...(GOOD['satisfaction-survey'] as { config: object }),
				config: {
					...(GOOD['satisfaction-survey'] as { config: object }).config,
					items: { q1: { scale: '1-100', reverse: false } }
				}
			},
			'题目「q1」的量表无效'
		],
		[
			'lifecycle-patterns',
			{
				...(GOOD['lifecycle-patterns'] as object),
				histories: {
					...(GOOD['lifecycle-patterns'] as { histories: object }).histories,
					firstAmount: [12, 'x']
				}
			},
			'客户汇总的 firstAmount 列有不是数字的值'
		],
		[
			'delivered-value',
			{ ...(GOOD['delivered-value'] as object), rival: { product: Number.NaN } },
			'竞争者的产品价值不是数字'
		]
	])('names what is wrong in a %s scenario', (lab, data, message) => {
		expect(scenarioDataProblem(lab, data)).toBe(message);
	});

	it('leaves the scenarios of a lab it does not know alone', () => {
		expect(scenarioDataProblem('future-lab', 'anything')).toBeNull();
	});
});
