/**
 * Reads a transaction (or summary) file and fits BG/NBD and Gamma-Gamma off the page's thread,
 * reporting progress. The last file read and the last fit stay here, so changing the calibration
 * end refits without rereading and changing the forecast horizon rescores without refitting.
 * Cancelling is the page terminating this worker.
 */
/// <reference lib="webworker" />
import type { CustomerSummary } from '$lib/analytics/bgnbd';
import {
	fitClvModels,
	scoreCustomers,
	type ClvModels,
	type ScoringOptions
} from '$lib/analytics/clv-pipeline';
import {
	cumulativeRepeatPurchases,
	holdoutByFrequency,
	parseSummaryCsv,
	summarizePurchases,
	type DatedPurchase,
	type PeriodUnit
} from '$lib/analytics/clv-summary';
import { ImportError } from '$lib/analytics/import/import-error';
import { readPurchases } from '$lib/analytics/import/purchases';
import { tableAsCsv } from '$lib/analytics/import/table';
import { ModelError } from '$lib/analytics/model-error';
import { PERIODS_PER_MONTH } from '$lib/analytics/probabilistic-clv';
import type {
	DataSource,
	FitRequest,
	FitResponse,
	LoadedTransactions,
	ScoringChoice
} from './fit-protocol';

const post = (message: FitResponse) => self.postMessage(message);
const progress = (stage: string, fraction: number) => post({ kind: 'progress', stage, fraction });

let loaded:
	| { key: string; kind: 'transactions'; purchases: DatedPurchase[]; info: LoadedTransactions }
	| { key: string; kind: 'summary'; customers: CustomerSummary[] }
	| null = null;
let lastFit: { customers: CustomerSummary[]; models: ClvModels; period: PeriodUnit } | null = null;

function load(source: DataSource): NonNullable<typeof loaded> {
	if (loaded?.key === source.key) return loaded;
	loaded = null;
	lastFit = null;
	if (source.kind === 'summary') {
		const text = tableAsCsv(new Uint8Array(source.bytes));
		loaded = { key: source.key, kind: 'summary', customers: parseSummaryCsv(text) };
		return loaded;
	}
	const { purchases, ...read } = readPurchases(new Uint8Array(source.bytes), {
		encoding: source.encoding,
		delimiter: source.delimiter || undefined,
		sheet: source.sheet,
		header: source.header,
		dropFuture: source.dropFuture,
		columns: source.columns,
		onProgress: (_, fraction) => progress('读取文件', fraction)
	});
	const info: LoadedTransactions = { kind: 'loaded', purchases: purchases.length, ...read };
	loaded = { key: source.key, kind: 'transactions', purchases, info };
	return loaded;
}

function score(scoring: ScoringChoice) {
	if (!lastFit) throw new ModelError('还没有拟合模型。');
	const { customers, models, period } = lastFit;
	return scoreCustomers(
		customers,
		models,
		{ ...scoring, periodsPerMonth: PERIODS_PER_MONTH[period] } satisfies ScoringOptions,
		progress
	);
}

function fit(request: Extract<FitRequest, { kind: 'fit' }>) {
	const source = load(request.source);
	const summary =
		source.kind === 'transactions'
			? summarizePurchases(source.purchases, request.calibrationEndDay, request.period)
			: null;
	const customers = summary ? summary.customers : source.kind === 'summary' ? source.customers : [];
	const models = fitClvModels(customers, progress);
	lastFit = { customers, models, period: request.period };
	const { bgnbd, spend } = models;
	const holdout = summary ? holdoutByFrequency(bgnbd, summary) : [];
	const cumulative = summary?.holdoutPeriods ? cumulativeRepeatPurchases(bgnbd, summary) : [];
	post({
		kind: 'fitted',
		bgnbd,
		gammaGamma: spend.fit,
		gammaGammaProblem: spend.problem,
		customers: models.customers,
		repeatBuyers: models.repeatBuyers,
		zeroSpendRepeatBuyers: models.zeroSpendRepeatBuyers,
		period: request.period,
		calibration: summary
			? {
					calibrationEndDay: summary.calibrationEndDay,
					observationEndDay: summary.observationEndDay,
					firstDay: summary.firstDay,
					holdoutPeriods: summary.holdoutPeriods
				}
			: null,
		holdout,
		cumulative,
		scored: score(request.scoring)
	});
}

self.onmessage = (event: MessageEvent<FitRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'load') {
			const source = load(request.source);
			post(
				source.kind === 'transactions'
					? source.info
					: {
							kind: 'loaded-summary',
							customers: source.customers.length,
							hasMonetaryValue: source.customers.every((c) => c.monetaryValue !== undefined)
						}
			);
		} else if (request.kind === 'fit') {
			fit(request);
		} else {
			post({ kind: 'scored', scored: score(request.scoring) });
		}
	} catch (error) {
		if (error instanceof ModelError || error instanceof ImportError) {
			post({ kind: 'failed', message: error.message });
		} else {
			console.error(error);
			post({
				kind: 'failed',
				message: `计算时出错：${error instanceof Error ? error.message : String(error)}`
			});
		}
	}
};
