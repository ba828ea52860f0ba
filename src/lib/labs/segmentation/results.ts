/**
 * From a read file to everything the lab shows, in stages so that moving a threshold redoes
 * only the cheap last step (no re-reading, no re-sorting). `scoreDataset` runs in the analysis
 * worker (at 100,000 customers it takes most of a second); what follows it runs on the page,
 * one pass over the customers each (a few milliseconds at 100,000).
 */
import {
	behaviourMatrix,
	median,
	tiersByRanking,
	valueMatrix,
	valueRanking,
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
	type RfmInput,
	type Thresholds
} from '$lib/analytics/rfm';
import { scoreGrid, summarizeSegments, type SegmentSummary } from '$lib/analytics/segment-summary';
import {
	POTENTIAL_PROXIES,
	potentialOf,
	type PotentialProxy
} from '$lib/analytics/value-potential';
import { defaultAsOfDay, rfmInputsOf } from '$lib/analytics/import/rfm-inputs';
import type { CustomerAggregate, TransactionSummary } from '$lib/analytics/import/transaction-file';

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

/** The value matrix under one potential proxy: the medians it splits at, and each customer's cell. */
export interface ValueCells {
	split: { value: number; potential: number };
	cells: ValueCell[];
}

/** Everything that depends only on the data and the as-of day, by index of `inputs`. */
export interface Scored {
	asOfDay: number;
	inputs: RfmInput[];
	/** Quintile scores 1–5 (5 best). */
	scores: { r: Uint8Array; f: Uint8Array; m: Uint8Array };
	/** The eight classes' default thresholds. */
	means: Thresholds;
	pareto: ParetoSummary;
	grid: number[][];
	behaviourSplit: { frequency: number; average: number };
	behaviour: BehaviourCell[];
	/** The value matrix under every proxy, so switching proxy recomputes nothing. */
	value: Record<PotentialProxy, ValueCells>;
	/** Customers with positive value, largest first: bank tiers for any shares without a sort. */
	valueRanking: Int32Array;
}

export function scoreDataset(
	summary: TransactionSummary,
	asOfDay = defaultAsOfDay(summary)
): Scored {
	const inputs = rfmInputsOf(summary, asOfDay);
	const scored = scoreRfm(inputs);
	const behaviourSplit = {
		frequency: median(inputs.map((c) => c.frequency)),
		average: median(inputs.map((c) => (c.frequency ? c.monetary / c.frequency : 0)))
	};
	const behaviour = behaviourMatrix(inputs, behaviourSplit);
	// rfmInputsOf keeps the summary's customer order, so index i is the same customer throughout.
	const tenureDays = summary.customers.map((c) => asOfDay - c.firstDay);
	const proxies = Object.keys(POTENTIAL_PROXIES) as PotentialProxy[];
	return {
		asOfDay,
		inputs,
		scores: {
			r: Uint8Array.from(scored, (c) => c.r),
			f: Uint8Array.from(scored, (c) => c.f),
			m: Uint8Array.from(scored, (c) => c.m)
		},
		means: meanThresholds(inputs),
		pareto: pareto(inputs.map((c) => c.monetary)),
		grid: scoreGrid(scored),
		behaviourSplit,
		behaviour: inputs.map((c) => behaviour.get(c.id) as BehaviourCell),
		value: Object.fromEntries(
			proxies.map((proxy) => [proxy, valueCells(inputs, tenureDays, proxy)])
		) as Record<PotentialProxy, ValueCells>,
		valueRanking: valueRanking(inputs)
	};
}

/**
 * `Scored` as it travels from the worker to the page: per-customer figures as typed arrays, and
 * no `inputs` (the page rebuilds them from the summary it holds). At 100,000 customers, receiving
 * them as objects and strings held the page for about 250 ms, most of the rescoring's cost there.
 */
export interface PackedScores extends Omit<Scored, 'inputs' | 'pareto' | 'behaviour' | 'value'> {
	pareto: Omit<ParetoSummary, 'lorenz'> & { lorenz: Float64Array };
	/** Index into the behaviour matrix's cells. */
	behaviour: Uint8Array;
	value: Record<PotentialProxy, { split: ValueCells['split']; cells: Uint8Array }>;
}

export function packScores(scored: Scored): PackedScores {
	const { asOfDay, scores, means, pareto, grid, behaviourSplit, valueRanking } = scored;
	const behaviourIndex = new Map(BEHAVIOUR_CELLS.map((cell, i) => [cell, i]));
	const valueIndex = new Map(VALUE_CELLS.map((cell, i) => [cell, i]));
	const value = Object.entries(scored.value).map(([proxy, { split, cells }]) => [
		proxy,
		{ split, cells: Uint8Array.from(cells, (cell) => valueIndex.get(cell) ?? 0) }
	]);
	return {
		asOfDay,
		scores,
		means,
		pareto: { ...pareto, lorenz: Float64Array.from(pareto.lorenz.flat()) },
		grid,
		behaviourSplit,
		behaviour: Uint8Array.from(scored.behaviour, (cell) => behaviourIndex.get(cell) ?? 0),
		value: Object.fromEntries(value) as PackedScores['value'],
		valueRanking
	};
}

/** The page's side of `packScores`: `summary` is the one that was scored. */
export function unpackScores(
	{ pareto, behaviour, value, ...rest }: PackedScores,
	summary: TransactionSummary
): Scored {
	const lorenz: [number, number][] = Array.from({ length: pareto.lorenz.length / 2 }, (_, i) => [
		pareto.lorenz[2 * i],
		pareto.lorenz[2 * i + 1]
	]);
	const unpacked = Object.entries(value).map(([proxy, { split, cells }]) => [
		proxy,
		{ split, cells: Array.from(cells, (cell) => VALUE_CELLS[cell]) }
	]);
	return {
		...rest,
		inputs: rfmInputsOf(summary, rest.asOfDay),
		pareto: { ...pareto, lorenz },
		behaviour: Array.from(behaviour, (cell) => BEHAVIOUR_CELLS[cell]),
		value: Object.fromEntries(unpacked) as Scored['value']
	};
}

export function classify(scored: Scored, thresholds: Thresholds): Class8[] {
	return scored.inputs.map((c) => class8(c, thresholds));
}

export const class8Segments = (scored: Scored, classes: Class8[]): SegmentSummary<Class8>[] =>
	summarizeSegments(scored.inputs, (_, i) => classes[i], CLASS8);

/** `tenureDays[i]`: days from customer i's first purchase to the as-of day. */
export function valueCells(
	inputs: RfmInput[],
	tenureDays: number[],
	proxy: PotentialProxy
): ValueCells {
	const potential = inputs.map((c, i) => potentialOf({ ...c, tenureDays: tenureDays[i] }, proxy));
	const split = { value: median(inputs.map((c) => c.monetary)), potential: median(potential) };
	const cells = valueMatrix(
		inputs.map((c, i) => ({ ...c, potential: potential[i] })),
		split
	);
	return { split, cells: inputs.map((c) => cells.get(c.id) as ValueCell) };
}

export const BANK_TIERS: readonly BankTier[] = [
	'优质客户',
	'主要客户',
	'普通客户',
	'限制客户',
	'潜在客户'
];

export const tiersOf = (scored: Scored, shares: { premium: number; major: number }): BankTier[] =>
	tiersByRanking(scored.inputs, scored.valueRanking, shares);

/**
 * Customer i's line of the table and of the CSV, from the per-customer arrays the page holds
 * (built for the rows on screen, so a threshold change builds no 100,000 objects).
 */
export function customerRow(
	scored: Scored,
	segments: { classes: Class8[]; value: ValueCell[]; tiers: BankTier[] },
	customers: CustomerAggregate[],
	i: number
): CustomerRow {
	const { id, recencyDays, frequency, monetary } = scored.inputs[i];
	return {
		id,
		recencyDays,
		frequency,
		monetary,
		r: scored.scores.r[i],
		f: scored.scores.f[i],
		m: scored.scores.m[i],
		class8: segments.classes[i],
		behaviour: scored.behaviour[i],
		value: segments.value[i],
		tier: segments.tiers[i],
		profit: customers[i].profit,
		channel: customers[i].channel
	};
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

const BEHAVIOUR_CELLS = Object.keys(BEHAVIOUR_LAYOUT) as BehaviourCell[];
const VALUE_CELLS = Object.keys(VALUE_LAYOUT) as ValueCell[];

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
