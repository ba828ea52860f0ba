/**
 * Reads a transaction (or summary) file and fits BG/NBD and Gamma-Gamma off the page's thread,
 * reporting progress. The last file read and the last fit stay here, so changing the calibration
 * end refits without rereading and changing the forecast horizon rescores without refitting.
 * Cancelling is the page terminating this worker.
 */
/// <reference lib="webworker" />
import {
	conditionalExpectedPurchases,
	fitBgNbd,
	probabilityAlive,
	type BgNbdFit,
	type CustomerSummary
} from '$lib/analytics/bgnbd';
import {
	cumulativeRepeatPurchases,
	holdoutByFrequency,
	parseSummaryCsv,
	summarizePurchases,
	type DatedPurchase,
	type PeriodUnit
} from '$lib/analytics/clv-summary';
import {
	conditionalExpectedSpend,
	fitGammaGamma,
	type GammaGammaFit
} from '$lib/analytics/gammagamma';
import { ImportError } from '$lib/analytics/import/import-error';
import { readPurchases } from '$lib/analytics/import/purchases';
import { tableAsCsv } from '$lib/analytics/import/table';
import { ModelError } from '$lib/analytics/model-error';
import { discountedClv, PERIODS_PER_MONTH } from '$lib/analytics/probabilistic-clv';
import type {
	DataSource,
	FitRequest,
	FitResponse,
	LoadedTransactions,
	ScoredCustomer,
	ScoringOptions
} from './fit-protocol';

const post = (message: FitResponse) => self.postMessage(message);
const progress = (stage: string, fraction: number) => post({ kind: 'progress', stage, fraction });

let loaded:
	| { key: string; kind: 'transactions'; purchases: DatedPurchase[]; info: LoadedTransactions }
	| { key: string; kind: 'summary'; customers: CustomerSummary[] }
	| null = null;
let lastFit: {
	customers: CustomerSummary[];
	bgnbd: BgNbdFit;
	gammaGamma: GammaGammaFit | null;
	period: PeriodUnit;
} | null = null;

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

/** A model number, or null when the series behind it could not be evaluated. */
const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

function score(scoring: ScoringOptions): ScoredCustomer[] {
	if (!lastFit) throw new ModelError('还没有拟合模型。');
	const { customers, bgnbd, gammaGamma, period } = lastFit;
	const periodsPerMonth = PERIODS_PER_MONTH[period];
	const horizon = scoring.months * periodsPerMonth;
	const scored = customers.map((customer, index): ScoredCustomer => {
		if (index % 5000 === 0) progress('计算每位客户的预测', index / customers.length);
		const spend =
			gammaGamma && customer.monetaryValue !== undefined
				? conditionalExpectedSpend(gammaGamma, customer.frequency, customer.monetaryValue)
				: null;
		return {
			id: customer.id,
			frequency: customer.frequency,
			recency: customer.recency,
			T: customer.T,
			monetaryValue: customer.monetaryValue ?? null,
			expectedPurchases: finiteOrNull(conditionalExpectedPurchases(bgnbd, customer, horizon)),
			probabilityAlive: probabilityAlive(bgnbd, customer),
			expectedSpend: spend === null ? null : finiteOrNull(spend),
			clv:
				gammaGamma && spend !== null
					? finiteOrNull(
							discountedClv(bgnbd, gammaGamma, customer, {
								months: scoring.months,
								monthlyDiscountRate: scoring.monthlyDiscountRate,
								periodsPerMonth
							})
						)
					: null
		};
	});
	const rank = (c: ScoredCustomer) => c.clv ?? c.expectedPurchases ?? -Infinity;
	return scored.sort((a, b) => rank(b) - rank(a));
}

function fitSpend(customers: readonly CustomerSummary[]): {
	fit: GammaGammaFit | null;
	problem: string | null;
} {
	if (customers.some((c) => c.monetaryValue === undefined))
		return {
			fit: null,
			problem: '汇总文件没有 monetary_value 列，只能预测购买次数，无法估计消费额和终身价值。'
		};
	try {
		// Repeat buyers whose purchases were all free are left out of the fit by the model (and
		// counted for the page) but still scored.
		const fit = fitGammaGamma(
			customers.map((c) => ({ frequency: c.frequency, monetaryValue: c.monetaryValue ?? 0 })),
			{ onProgress: (f) => progress('估计 Gamma-Gamma 模型（每次消费额）', f) }
		);
		if (!fit.converged || ![fit.p, fit.q, fit.gamma, fit.logLikelihood].every(Number.isFinite))
			return {
				fit: null,
				problem:
					'Gamma-Gamma 模型的估计没有收敛（或 q ≤ 1，平均消费额没有定义）：重复购买者的消费额可能太少或差异太极端。购买次数的预测仍然有效。'
			};
		return { fit, problem: null };
	} catch (error) {
		if (error instanceof ModelError) return { fit: null, problem: error.message };
		throw error;
	}
}

function fit(request: Extract<FitRequest, { kind: 'fit' }>) {
	const source = load(request.source);
	const summary =
		source.kind === 'transactions'
			? summarizePurchases(source.purchases, request.calibrationEndDay, request.period)
			: null;
	const customers = summary ? summary.customers : source.kind === 'summary' ? source.customers : [];
	const bgnbd = fitBgNbd(customers, {
		onProgress: (f) => progress('估计 BG/NBD 模型（购买次数与流失）', f)
	});
	if (
		!bgnbd.converged ||
		![bgnbd.r, bgnbd.alpha, bgnbd.a, bgnbd.b, bgnbd.logLikelihood].every(Number.isFinite)
	)
		throw new ModelError(
			'BG/NBD 模型的估计没有收敛：数据中的购买规律不足以确定 r、α、a、b（例如重复购买太少或观察期太短）。可以把校准期结束日期往后移，或使用更多客户的数据。'
		);
	const spend = fitSpend(customers);
	lastFit = { customers, bgnbd, gammaGamma: spend.fit, period: request.period };
	const holdout = summary ? holdoutByFrequency(bgnbd, summary) : [];
	const cumulative = summary?.holdoutPeriods ? cumulativeRepeatPurchases(bgnbd, summary) : [];
	post({
		kind: 'fitted',
		bgnbd,
		gammaGamma: spend.fit,
		gammaGammaProblem: spend.problem,
		customers: customers.length,
		repeatBuyers: customers.filter((c) => c.frequency > 0).length,
		zeroSpendRepeatBuyers: customers.filter((c) => c.frequency > 0 && c.monetaryValue === 0).length,
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
