/**
 * From customer summaries to fitted BG/NBD and Gamma-Gamma models and a score per customer, with
 * the checks both the CLV lab's worker and the CLI apply: a fit that did not converge or gave a
 * non-finite number is refused (BG/NBD) or set aside with the reason (Gamma-Gamma, whose absence
 * still leaves purchase forecasts), and a forecast the model's series cannot evaluate is null,
 * never NaN.
 */
import {
	conditionalExpectedPurchases,
	fitBgNbd,
	probabilityAlive,
	type BgNbdFit,
	type CustomerSummary
} from './bgnbd';
import { conditionalExpectedSpend, fitGammaGamma, type GammaGammaFit } from './gammagamma';
import { ModelError } from './model-error';
import { discountedClv } from './probabilistic-clv';

export type StageProgress = (stage: string, fraction: number) => void;

export interface SpendModel {
	fit: GammaGammaFit | null;
	/** Why there is no spend model, in Chinese; null when there is one. */
	problem: string | null;
}

export interface ClvModels {
	bgnbd: BgNbdFit;
	spend: SpendModel;
	customers: number;
	repeatBuyers: number;
	/** Repeat buyers whose repeat purchases had no value, left out of the Gamma-Gamma fit. */
	zeroSpendRepeatBuyers: number;
}

export interface ScoredCustomer {
	id: string;
	frequency: number;
	recency: number;
	T: number;
	monetaryValue: number | null;
	/** Null when the model's series cannot be evaluated for this customer (never NaN). */
	expectedPurchases: number | null;
	probabilityAlive: number;
	/** Null when there is no spend model (no amounts, or Gamma-Gamma could not be fitted). */
	expectedSpend: number | null;
	clv: number | null;
}

export interface ScoringOptions {
	/** Months ahead for expected purchases and CLV. */
	months: number;
	monthlyDiscountRate: number;
	/** Model periods (days or weeks) per month. */
	periodsPerMonth: number;
}

/** BG/NBD, refused with a Chinese ModelError unless it converged to finite numbers. */
export function fitBgNbdChecked(
	customers: readonly CustomerSummary[],
	onProgress?: StageProgress
): BgNbdFit {
	const fit = fitBgNbd(customers, {
		onProgress: (f) => onProgress?.('估计 BG/NBD 模型（购买次数与流失）', f)
	});
	if (
		!fit.converged ||
		![fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood].every(Number.isFinite)
	) {
		throw new ModelError(
			'BG/NBD 模型的估计没有收敛：数据中的购买规律不足以确定 r、α、a、b（例如重复购买太少或观察期太短）。可以把校准期结束日期往后移，或使用更多客户的数据。'
		);
	}
	return fit;
}

/** Gamma-Gamma, or the reason there is none (no amounts, too few buyers, no convergence). */
export function fitSpendModel(
	customers: readonly CustomerSummary[],
	onProgress?: StageProgress
): SpendModel {
	if (customers.some((c) => c.monetaryValue === undefined)) {
		return {
			fit: null,
			problem: '汇总文件没有 monetary_value 列，只能预测购买次数，无法估计消费额和终身价值。'
		};
	}
	try {
		// Repeat buyers whose purchases were all free are left out of the fit by the model (and
		// counted for the page) but still scored.
		const fit = fitGammaGamma(
			customers.map((c) => ({ frequency: c.frequency, monetaryValue: c.monetaryValue ?? 0 })),
			{ onProgress: (f) => onProgress?.('估计 Gamma-Gamma 模型（每次消费额）', f) }
		);
		if (!fit.converged || ![fit.p, fit.q, fit.gamma, fit.logLikelihood].every(Number.isFinite)) {
			return {
				fit: null,
				problem:
					'Gamma-Gamma 模型的估计没有收敛（或 q ≤ 1，平均消费额没有定义）：重复购买者的消费额可能太少或差异太极端。购买次数的预测仍然有效。'
			};
		}
		return { fit, problem: null };
	} catch (error) {
		if (error instanceof ModelError) return { fit: null, problem: error.message };
		throw error;
	}
}

export function fitClvModels(
	customers: readonly CustomerSummary[],
	onProgress?: StageProgress
): ClvModels {
	const bgnbd = fitBgNbdChecked(customers, onProgress);
	return {
		bgnbd,
		spend: fitSpendModel(customers, onProgress),
		customers: customers.length,
		repeatBuyers: customers.filter((c) => c.frequency > 0).length,
		zeroSpendRepeatBuyers: customers.filter((c) => c.frequency > 0 && c.monetaryValue === 0).length
	};
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** Every customer's forecast, highest CLV first (expected purchases when there is no CLV). */
export function scoreCustomers(
	customers: readonly CustomerSummary[],
	models: Pick<ClvModels, 'bgnbd' | 'spend'>,
	options: ScoringOptions,
	onProgress?: StageProgress
): ScoredCustomer[] {
	const { bgnbd } = models;
	const gammaGamma = models.spend.fit;
	const horizon = options.months * options.periodsPerMonth;
	const scored = customers.map((customer, index): ScoredCustomer => {
		if (index % 5000 === 0) onProgress?.('计算每位客户的预测', index / customers.length);
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
					? finiteOrNull(discountedClv(bgnbd, gammaGamma, customer, options))
					: null
		};
	});
	const rank = (c: ScoredCustomer) => c.clv ?? c.expectedPurchases ?? -Infinity;
	return scored.sort((a, b) => rank(b) - rank(a));
}
