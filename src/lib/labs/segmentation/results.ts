/**
 * From a read file to everything the lab shows, in stages so that moving a threshold redoes
 * only the cheap last step (no re-reading, no re-sorting).
 */
import {
	behaviourMatrix,
	bankTiers,
	median,
	valueMatrix,
	type BankTier,
	type BehaviourCell,
	type ValueCell
} from '$lib/analytics/matrices';
import { pareto, type ParetoSummary } from '$lib/analytics/pareto';
import {
	CLASS8,
	class8,
	meanThresholds,
	scoreRfm,
	type Class8,
	type RfmCustomer,
	type RfmInput,
	type Thresholds
} from '$lib/analytics/rfm';
import { scoreGrid, summarizeSegments, type SegmentSummary } from '$lib/analytics/segment-summary';
import { potentialOf, type PotentialProxy } from '$lib/analytics/value-potential';
import { defaultAsOfDay, rfmInputsOf } from '$lib/analytics/import/rfm-inputs';
import type { TransactionSummary } from '$lib/analytics/import/transaction-file';

export interface Quadrant {
	name: string;
	/** 0 = low on the x axis (left), 1 = high. */
	column: 0 | 1;
	/** 0 = high on the y axis (top), 1 = low. */
	row: 0 | 1;
	strategy: string;
	customers: number;
	customerShare: number;
	valueShare: number;
}

/** One line of the customer table and of the exported CSV. */
// A type alias, not an interface, so rows fit toCsv's Record<string, CsvCell>.
export type CustomerRow = {
	id: string;
	recencyDays: number;
	frequency: number;
	monetary: number;
	r: number;
	f: number;
	m: number;
	class8: Class8;
	behaviour: BehaviourCell;
	value: ValueCell;
	tier: BankTier;
	/** Only when a profit / channel column was mapped. */
	profit?: number;
	channel?: string;
};

export interface Scored {
	asOfDay: number;
	inputs: RfmInput[];
	/** Quintile scores; their class8 uses the means and is replaced by `classify`. */
	scored: RfmCustomer[];
	means: Thresholds;
	pareto: ParetoSummary;
	grid: number[][];
	/** Days from each customer's first purchase to the as-of day, by index of `inputs`. */
	tenureDays: number[];
	behaviourSplit: { frequency: number; average: number };
	behaviour: BehaviourCell[];
}

/** Everything that depends only on the data and the as-of day. */
export function scoreDataset(
	summary: TransactionSummary,
	asOfDay = defaultAsOfDay(summary)
): Scored {
	const inputs = rfmInputsOf(summary, asOfDay);
	const firstDay = new Map(summary.customers.map((c) => [c.id, c.firstDay]));
	const scored = scoreRfm(inputs);
	const behaviourSplit = {
		frequency: median(inputs.map((c) => c.frequency)),
		average: median(inputs.map((c) => (c.frequency ? c.monetary / c.frequency : 0)))
	};
	const behaviour = behaviourMatrix(inputs, behaviourSplit);
	return {
		asOfDay,
		inputs,
		scored,
		means: meanThresholds(inputs),
		pareto: pareto(inputs.map((c) => c.monetary)),
		grid: scoreGrid(scored),
		tenureDays: inputs.map((c) => asOfDay - (firstDay.get(c.id) ?? asOfDay - c.recencyDays)),
		behaviourSplit,
		behaviour: inputs.map((c) => behaviour.get(c.id) as BehaviourCell)
	};
}

export function classify(scored: Scored, thresholds: Thresholds): Class8[] {
	return scored.inputs.map((c) => class8(c, thresholds));
}

export const class8Segments = (scored: Scored, classes: Class8[]): SegmentSummary<Class8>[] =>
	summarizeSegments(scored.inputs, (_, i) => classes[i], CLASS8);

export function valueCells(scored: Scored, proxy: PotentialProxy) {
	const potential = scored.inputs.map((c, i) =>
		potentialOf({ ...c, tenureDays: scored.tenureDays[i] }, proxy)
	);
	const split = {
		value: median(scored.inputs.map((c) => c.monetary)),
		potential: median(potential)
	};
	const cells = valueMatrix(
		scored.inputs.map((c, i) => ({ ...c, potential: potential[i] })),
		split
	);
	return { split, potential, cells: scored.inputs.map((c) => cells.get(c.id) as ValueCell) };
}

export const BANK_TIERS: readonly BankTier[] = [
	'优质客户',
	'主要客户',
	'普通客户',
	'限制客户',
	'潜在客户'
];

export function tiersOf(scored: Scored, shares: { premium: number; major: number }): BankTier[] {
	const tiers = bankTiers(scored.inputs, shares);
	return scored.inputs.map((c) => tiers.get(c.id) as BankTier);
}

const BEHAVIOUR_LAYOUT: Record<BehaviourCell, Pick<Quadrant, 'column' | 'row' | 'strategy'>> = {
	乐于消费型客户: { column: 0, row: 0, strategy: '来得少买得多：设法提高购买频率' },
	最好的客户: { column: 1, row: 0, strategy: '利润的主要来源：全力保持' },
	不确定型客户: { column: 0, row: 1, strategy: '价值最低：控制服务成本' },
	经常性客户: { column: 1, row: 1, strategy: '来得勤买得少：提高每次购买额' }
};

const VALUE_LAYOUT: Record<ValueCell, Pick<Quadrant, 'column' | 'row' | 'strategy'>> = {
	'Ⅱ类：铁质客户': { column: 0, row: 0, strategy: '重点培育，适度投入' },
	'Ⅳ类：白金客户': { column: 1, row: 0, strategy: '重点投入，建立伙伴关系' },
	'Ⅰ类：铅质客户': { column: 0, row: 1, strategy: '减少投入，必要时放弃' },
	'Ⅲ类：黄金客户': { column: 1, row: 1, strategy: '保持关系，维持现有投入' }
};

function quadrants<Cell extends string>(
	inputs: RfmInput[],
	cells: Cell[],
	layout: Record<Cell, Pick<Quadrant, 'column' | 'row' | 'strategy'>>
): Quadrant[] {
	const order = Object.keys(layout) as Cell[];
	return summarizeSegments(inputs, (_, i) => cells[i], order).map((s) => ({
		name: s.segment,
		customers: s.customers,
		customerShare: s.customerShare,
		valueShare: s.valueShare,
		...layout[s.segment]
	}));
}

export const behaviourQuadrants = (scored: Scored) =>
	quadrants(scored.inputs, scored.behaviour, BEHAVIOUR_LAYOUT);
export const valueQuadrants = (scored: Scored, cells: ValueCell[]) =>
	quadrants(scored.inputs, cells, VALUE_LAYOUT);
