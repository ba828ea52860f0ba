/** What the lab saves as a scenario, and its starting values. */
import type { CashFlowTiming } from '$lib/analytics/clv';
import type { PeriodUnit } from '$lib/analytics/clv-summary';

export interface FormulaSettings {
	margin: number;
	retentionRate: number;
	discountRate: number;
	acquisitionCost: number;
	/** Kept while "infinite" is ticked so unticking it brings the slider's value back. */
	horizon: number;
	infinite: boolean;
	timing: CashFlowTiming;
	existingCustomers: number;
	newCustomersPerPeriod: number;
}

/** Settings of the fitted models; the data file itself is not saved. */
export interface ProbabilisticSettings {
	/** YYYY-MM-DD, as the date input gives it. */
	calibrationEnd: string;
	period: PeriodUnit;
	/** Months ahead for expected purchases and CLV. */
	months: number;
	monthlyDiscountRate: number;
}

export interface ClvLabSettings {
	formula: FormulaSettings;
	/** The sBG survivors as the learner typed them (comma-separated). */
	survivorsText: string;
	probabilistic: ProbabilisticSettings;
}

export interface FormulaPreset {
	name: string;
	/** Where the numbers come from, shown under the buttons. */
	source: string;
	values: Omit<FormulaSettings, 'existingCustomers' | 'newCustomersPerPeriod'>;
}

export const FORMULA_PRESETS: FormulaPreset[] = [
	{
		name: '教材例题',
		source: '第 3 章的例题：m = 100 元，r = 0.8，d = 0.1，无限期，期初收到。',
		values: {
			margin: 100,
			retentionRate: 0.8,
			discountRate: 0.1,
			acquisitionCost: 0,
			horizon: 10,
			infinite: true,
			timing: 'start'
		}
	},
	{
		name: '工商银行·新客户',
		source:
			'与生命周期模拟器（工商银行案例）相同的假设：新客户每期利润 0.2 万元，每期流失 15%，每期折现 2%，看 24 期。',
		values: {
			margin: 2000,
			retentionRate: 0.85,
			discountRate: 0.02,
			acquisitionCost: 0,
			horizon: 24,
			infinite: false,
			timing: 'end'
		}
	},
	{
		name: '工商银行·忠诚客户',
		source: '同一假设下的忠诚客户：每期利润 0.5 万元，每期只流失 5%。',
		values: {
			margin: 5000,
			retentionRate: 0.95,
			discountRate: 0.02,
			acquisitionCost: 0,
			horizon: 24,
			infinite: false,
			timing: 'end'
		}
	},
	{
		name: '银行·普通客户',
		source:
			'银行客户分层案例的“二八”现象（20% 的客户带来 80% 的利润）折算：普通客户每年利润 50 元，优质客户是其 16 倍。数字为示意。',
		values: {
			margin: 50,
			retentionRate: 0.8,
			discountRate: 0.05,
			acquisitionCost: 100,
			horizon: 10,
			infinite: true,
			timing: 'end'
		}
	},
	{
		name: '银行·优质客户',
		source:
			'优质客户每年利润 800 元（普通客户的 16 倍），个性化服务使保留率更高；获客成本也更高。数字为示意。',
		values: {
			margin: 800,
			retentionRate: 0.9,
			discountRate: 0.05,
			acquisitionCost: 1500,
			horizon: 10,
			infinite: true,
			timing: 'end'
		}
	}
];

export const DEFAULT_SETTINGS: ClvLabSettings = {
	formula: { ...FORMULA_PRESETS[0].values, existingCustomers: 1000, newCustomersPerPeriod: 100 },
	survivorsText: '',
	// lifetimes' defaults for customer_lifetime_value: 12 months at 1% a month.
	probabilistic: { calibrationEnd: '', period: 'week', months: 12, monthlyDiscountRate: 0.01 }
};
