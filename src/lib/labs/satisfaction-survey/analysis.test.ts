import { describe, expect, it } from 'vitest';
import { SAMPLE_TRUE_PATHS } from '$lib/analytics/survey-sample';
import { readSurveyTable, type SurveyTable } from '$lib/analytics/survey-data';
import { analyseSurvey, itemStatsCsv } from './analysis';
import { defaultConfig, parseModelText, type SurveyConfig } from './config';
import { sampleSurveyCsv } from './sample';

// Four respondents, items on 1–5; 价格 is reverse-coded (5 = "too expensive").
const table: SurveyTable = {
	columns: ['编号', '质量', '服务', '价格', '总体'],
	lines: [2, 3, 4, 5],
	cells: [
		['1', '5', '4', '1', '5'],
		['2', '4', '2', '2', '4'],
		['3', '3', '4', '3', '3'],
		['4', '4', '2', '', '4']
	]
};
const config: SurveyConfig = {
	items: {
		质量: { scale: '1-5', reverse: false },
		服务: { scale: '1-5', reverse: false },
		价格: { scale: '1-5', reverse: true },
		总体: { scale: '1-5', reverse: false }
	},
	indicators: [
		{
			name: '产品',
			weight: 3,
			children: [
				{ name: '质量', weight: 1, item: '质量' },
				{ name: '价格', weight: 1, item: '价格' }
			]
		},
		{ name: '服务', weight: 1, item: '服务' }
	],
	ahp: {},
	model: '',
	importance: 'weights',
	overall: '总体',
	recommend: ''
};

describe('the survey lab analysis', () => {
	it('computes CSI from the weighted 0–100 item scores (hand-computed)', () => {
		// Means: 质量 4 → 75; 价格 reversed (5, 4, 3) → 4 → 75; 服务 3 → 50.
		// Global weights: 质量 0.375, 价格 0.375, 服务 0.25 → CSI = 56.25 + 12.5 = 68.75.
		const results = analyseSurvey(table, config);
		expect(results.csi.ok && results.csi.value.index).toBeCloseTo(68.75, 12);
		expect(results.problems).toEqual([{ line: 5, column: '价格', kind: 'blank', text: '' }]);
		expect(results.stats.find((s) => s.item === '价格')?.counts).toEqual([0, 0, 1, 1, 1]);
	});

	it('puts items in IPA quadrants by stated weight and score, split at the means', () => {
		// Importance 0.375, 0.375, 0.25 (mean 1/3); performance 75, 75, 50 (mean 66.7).
		const results = analyseSurvey(table, config);
		if (!results.ipa.ok) throw new Error(results.ipa.error);
		expect(results.ipa.value.items.map((i) => [i.name, i.quadrant])).toEqual([
			['产品 / 质量', '继续保持'],
			['产品 / 价格', '继续保持'],
			['服务', '低优先']
		]);
	});

	it('derives importance as the correlation with overall satisfaction', () => {
		const results = analyseSurvey(table, { ...config, importance: 'correlation' });
		if (!results.ipa.ok) throw new Error(results.ipa.error);
		// 质量 and 总体 are the same answers: r = 1. 服务 (4,2,4,2) with 总体 (5,4,3,4): r = 0.
		const [quality, , service] = results.ipa.value.items;
		expect(quality.importance).toBeCloseTo(1, 12);
		expect(service.importance).toBeCloseTo(0, 12);
	});

	it('reports a model problem in its own section and still shows the index', () => {
		const results = analyseSurvey(table, { ...config, model: '质量 -> ' });
		expect(results.pls).toEqual({ ok: false, error: expect.stringContaining('第 1 行') });
		expect(results.csi.ok).toBe(true);
	});

	it('exports the item table as CSV with the distribution per scale point', () => {
		const csv = itemStatsCsv(analyseSurvey(table, config).stats);
		expect(csv.split('\n').slice(0, 2)).toEqual([
			'\uFEFF题目,有效回答,平均分,百分制得分,分布',
			'质量,4,4.0000,75.00,1:0 2:0 3:1 4:2 5:1'
		]);
	});

	it('leaves the overall item and the rest of its construct out of the IPA', () => {
		const results = analyseSurvey(table, {
			...config,
			model: '产品：质量，价格\n满意：总体，服务\n产品 -> 满意'
		});
		if (!results.ipa.ok) throw new Error(results.ipa.error);
		expect(results.ipa.value.items.map((i) => i.name)).toEqual(['产品 / 质量', '产品 / 价格']);
	});

	it('reads the model text: constructs with items, and paths', () => {
		expect(parseModelText('A：a1，a2\nB: b1 b2\n\nA -> B\n# 注释')).toEqual({
			constructs: { A: ['a1', 'a2'], B: ['b1', 'b2'] },
			paths: [['A', 'B']]
		});
	});
});

describe('the sample survey', () => {
	const sample = readSurveyTable(new TextEncoder().encode(sampleSurveyCsv(1)));
	const setup = defaultConfig(sample);

	it('is set up with the ACSI model, the recommend item for NPS and 满意1 as overall', () => {
		expect(Object.keys(setup.items)).not.toContain('编号');
		expect(setup.items['推荐意愿'].scale).toBe('0-10');
		expect(setup.recommend).toBe('推荐意愿');
		expect(setup.overall).toBe('满意1');
		expect(parseModelText(setup.model).paths).toHaveLength(SAMPLE_TRUE_PATHS.length);
	});

	it('lets PLS recover the paths it was drawn from (within 0.12 on 500 respondents; PLS runs a little low)', () => {
		const results = analyseSurvey(sample, setup);
		if (!results.pls.ok) throw new Error(results.pls.error);
		for (const [from, to, truth] of SAMPLE_TRUE_PATHS) {
			expect(Math.abs(results.pls.value.result.paths[`${from}->${to}`] - truth)).toBeLessThan(0.12);
		}
		expect(results.reliability.ok && results.reliability.value[0].alpha).toBeGreaterThan(0.7);
		expect(results.nps?.ok).toBe(true);
		// The drivers are sorted into quadrants; 质量2 (shifted a point down) is one to fix.
		if (!results.ipa.ok) throw new Error(results.ipa.error);
		expect(results.ipa.value.items.find((i) => i.name.endsWith('质量2'))?.quadrant).toBe(
			'重点改进'
		);
	});

	it('keeps the fit key (and so the bootstrap intervals) when only the index weights change', () => {
		const key = (config: typeof setup) => {
			const fit = analyseSurvey(sample, config).pls;
			return fit.ok ? fit.value.key : fit.error;
		};
		const reweighed = {
			...setup,
			indicators: [{ ...setup.indicators[0], weight: 5 }, ...setup.indicators.slice(1)]
		};
		expect(key(reweighed)).toBe(key(setup));
		const reversed = {
			...setup,
			items: { ...setup.items, 质量1: { scale: '1-10' as const, reverse: true } }
		};
		expect(key(reversed)).not.toBe(key(setup));
		expect(key({ ...setup, model: setup.model.replace('顾客抱怨 -> 顾客忠诚', '') })).not.toBe(
			key(setup)
		);
	});
});
