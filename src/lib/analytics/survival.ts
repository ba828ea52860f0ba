/**
 * Customer survival with the Kaplan–Meier product-limit estimator (Kaplan & Meier 1958). In a
 * non-contractual business nobody announces they have left, so churn is inferred: a customer has
 * churned when their last purchase is more than `inactiveDays` before the as-of date, with a
 * lifetime from first to last purchase day; otherwise they are censored at as-of − first.
 */
import type { CustomerHistory } from './customer-histories';
import { ModelError } from './model-error';

export interface Lifetime {
	/** Days from the first purchase to churn (the last purchase) or to the as-of date. */
	days: number;
	/** True when the customer has churned; false when still active (censored). */
	churned: boolean;
}

export interface SurvivalStep {
	/** A distinct lifetime at which at least one customer churned. */
	day: number;
	/** Customers whose lifetime is at least `day` (churned then or later, or censored then or later). */
	atRisk: number;
	events: number;
	/** Kaplan–Meier estimate of the share still a customer after `day` days. */
	survival: number;
}

export interface SurvivalResult {
	customers: number;
	events: number;
	/** First event time with survival ≤ 0.5; null when the curve never gets there. */
	medianDays: number | null;
	survival: SurvivalStep[];
}

export function lifetimesOf(
	histories: CustomerHistory[],
	inactiveDays: number,
	asOfDay: number
): Lifetime[] {
	if (!Number.isFinite(inactiveDays) || inactiveDays < 1) {
		throw new ModelError('沉寂天数必须是不小于 1 的数字。');
	}
	return histories.map((history) => {
		const churned = asOfDay - history.lastDay > inactiveDays;
		return {
			days: churned ? history.lastDay - history.firstDay : asOfDay - history.firstDay,
			churned
		};
	});
}

export function kaplanMeier(lifetimes: Lifetime[]): SurvivalResult {
	if (!lifetimes.length) throw new ModelError('没有客户，无法估计生存曲线。');
	const sorted = [...lifetimes].sort((a, b) => a.days - b.days);
	const steps: SurvivalStep[] = [];
	let survival = 1;
	let events = 0;
	let medianDays: number | null = null;
	for (let i = 0; i < sorted.length;) {
		const day = sorted[i].days;
		const atRisk = sorted.length - i;
		let churnedNow = 0;
		for (; i < sorted.length && sorted[i].days === day; i++) if (sorted[i].churned) churnedNow++;
		if (!churnedNow) continue;
		survival *= 1 - churnedNow / atRisk;
		events += churnedNow;
		steps.push({ day, atRisk, events: churnedNow, survival });
		if (medianDays === null && survival <= 0.5) medianDays = day;
	}
	return { customers: lifetimes.length, events, medianDays, survival: steps };
}
