import { describe, expect, it } from 'vitest';
import type { Cohort } from './cohorts';
import { compareCohorts, draftDiagnosis } from './lifecycle-diagnosis';

describe('the drafted diagnosis', () => {
	it('reads like the exercise’s answer when midway customers dominate', () => {
		const draft = draftDiagnosis({
			早期流产型: 40,
			中途夭折型: 110,
			提前退出型: 30,
			长久保持型: 20
		});
		expect(draft.result).toBe(
			'共 200 位客户：早期流产型 40 位（20.0%），中途夭折型 110 位（55.0%），提前退出型 30 位（15.0%），长久保持型 20 位（10.0%）。中途夭折型客户较多，长久保持型客户较少。'
		);
		expect(draft.problems).toMatch(/^客户流失较为严重/);
		expect(draft.ideas).toContain('形成期');
	});

	it('names the stage whose task went undone for each dominant pattern', () => {
		expect(
			draftDiagnosis({ 早期流产型: 9, 中途夭折型: 1, 提前退出型: 0, 长久保持型: 2 }).problems
		).toContain('考察期');
		expect(
			draftDiagnosis({ 早期流产型: 1, 中途夭折型: 2, 提前退出型: 9, 长久保持型: 3 }).problems
		).toContain('稳定期');
		expect(
			draftDiagnosis({ 早期流产型: 1, 中途夭折型: 1, 提前退出型: 1, 长久保持型: 9 }).problems
		).toContain('怠慢');
		expect(
			draftDiagnosis({ 早期流产型: 0, 中途夭折型: 0, 提前退出型: 0, 长久保持型: 0 }).result
		).toBe('');
	});
});

describe('comparing cohorts', () => {
	const cohort = (name: string, size: number, retention: number[]): Cohort => ({
		cohort: name,
		size,
		active: retention.map((r) => r * size),
		retention
	});

	it('ranks cohorts by their mean retention in months 1–3, worst first, against the weighted mean', () => {
		const result = compareCohorts([
			cohort('2024-01', 100, [1, 0.3, 0.3, 0.3, 0.2]),
			cohort('2024-02', 300, [1, 0.1, 0.1, 0.1]),
			cohort('2024-03', 50, [1, 0.5, 0.4])
		]);
		expect(result?.ranked.map((r) => r.cohort)).toEqual(['2024-02', '2024-01']);
		expect(result?.average).toBeCloseTo((0.3 * 100 + 0.1 * 300) / 400, 12);
		expect(compareCohorts([cohort('2024-01', 1, [1, 0, 0, 0])])).toBeNull();
	});
});
