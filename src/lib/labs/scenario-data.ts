/**
 * What each lab's saved scenario must look like before the lab opens it. A scenario comes back
 * from IndexedDB or from a backup file, which anyone can edit; a lab given `"junk"`, `{}` or
 * `null` would throw or draw nonsense. Plain checks rather than zod: the labs do not load the
 * validation library. Each check returns a Chinese sentence naming the first thing wrong, or null.
 */
import { LAB_IDS, type LabId } from '../content/ids';
import { TYPES } from '../analytics/loyalty-types';
import { POTENTIAL_PROXIES } from '../analytics/value-potential';
import { scenarioProblem as surveyScenarioProblem } from '$lib/labs/satisfaction-survey/scenario';

type Check = (data: unknown) => string | null;
type Record_ = Record<string, unknown>;

const isObject = (value: unknown): value is Record_ =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A finite number in [min, max], or the sentence saying it is not. */
function numberIn(value: unknown, name: string, min: number, max: number): string | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return `${name}不是数字`;
	if (value < min || value > max) return `${name}（${value}）超出 ${min}–${max}`;
	return null;
}

/** The first problem among several, in order. */
const first = (...problems: (string | null)[]) => problems.find((p) => p !== null) ?? null;

function numbers(
	record: unknown,
	name: string,
	fields: Record<string, [label: string, min: number, max: number]>
): string | null {
	if (!isObject(record)) return `缺少${name}`;
	return first(
		...Object.entries(fields).map(([key, [label, min, max]]) =>
			numberIn(record[key], `${name}的${label}`, min, max)
		)
	);
}

const OFFER_PARTS: Record<string, [string, number, number]> = {
	product: ['产品价值', 0, 100],
	service: ['服务价值', 0, 100],
	personnel: ['人员价值', 0, 100],
	image: ['形象价值', 0, 100],
	monetary: ['货币成本', 0, 100],
	time: ['时间成本', 0, 100],
	energy: ['精力成本', 0, 100],
	physical: ['体力成本', 0, 100]
};

/** Generous bounds: what the lab's inputs allow, and what a typed number may reasonably be. */
const BIG = 1e12;

/** Per-customer number columns, each as long as the customer list. */
function numberColumns(columns: Record_, keys: string[], count: number): string | null {
	for (const key of keys) {
		const values = columns[key];
		if (!Array.isArray(values) || values.length !== count)
			return `客户汇总的 ${key} 列与客户数不符`;
		if (!values.every((v) => typeof v === 'number' && Number.isFinite(v)))
			return `客户汇总的 ${key} 列有不是数字的值`;
	}
	return null;
}

const checks: Record<LabId, Check> = {
	'delivered-value': (data) =>
		isObject(data)
			? first(numbers(data.firm, '本企业', OFFER_PARTS), numbers(data.rival, '竞争者', OFFER_PARTS))
			: '不是让渡价值的设置',
	satisfaction: (data) =>
		numbers(data, '设置', {
			competition: ['竞争强度', 0, 1],
			switchingCost: ['转换成本', 0, 1],
			valueAdvantage: ['相对让渡价值', -1, 1],
			satisfaction: ['平均满意度', 1, 5]
		}),
	lifecycle: (data) => {
		if (!isObject(data)) return '不是生命周期模拟的设置';
		return first(
			numbers(data.budget, '预算', {
				acquisition: ['获取预算', 0, 200],
				retention: ['保留预算', 0, 200],
				growth: ['发展预算', 0, 200]
			}),
			numbers(data.rates, '转移率', {
				acquire: ['潜在→新客户', 0, 1],
				convert: ['新客户→忠诚', 0, 1],
				grow: ['忠诚→新业务', 0, 1],
				churnNew: ['新客户流失', 0, 1],
				churnLoyal: ['忠诚客户流失', 0, 1],
				churnCrossSell: ['新业务客户流失', 0, 1],
				inflow: ['每期新增潜在客户', 0, 1e7]
			}),
			Number.isInteger(data.periods)
				? numberIn(data.periods, '模拟期数', 6, 60)
				: '模拟期数不是整数'
		);
	},
	'satisfaction-survey': surveyScenarioProblem,
	kano: (data) => (isObject(data) && typeof data.text === 'string' ? null : '缺少问卷文字'),
	'loyalty-types': (data) => {
		if (!isObject(data) || (data.scheme !== 'six' && data.scheme !== 'seven'))
			return '缺少分类方案（六种或七种）';
		if (!isObject(data.placements)) return '缺少卡片的归类';
		const types = TYPES[data.scheme];
		const wrong = Object.values(data.placements).find(
			(type) => typeof type !== 'string' || !types.includes(type)
		);
		return wrong === undefined ? null : `归类「${String(wrong).slice(0, 20)}」不是这一方案中的类型`;
	},
	clv: (data) => {
		if (!isObject(data)) return '不是终身价值实验室的设置';
		const formula = data.formula;
		const probabilistic = data.probabilistic;
		if (!isObject(formula)) return '缺少公式计算的设置';
		if (!isObject(probabilistic)) return '缺少概率模型的设置';
		return first(
			numbers(formula, '公式设置', {
				margin: ['每期利润', -BIG, BIG],
				retentionRate: ['保留率', 0, 0.99],
				discountRate: ['折现率', 0, 1],
				acquisitionCost: ['获客成本', 0, BIG],
				horizon: ['期数', 1, 1000],
				existingCustomers: ['现有客户数', 0, BIG],
				newCustomersPerPeriod: ['每期新客户数', 0, BIG]
			}),
			typeof formula.infinite === 'boolean' ? null : '“无限期”不是是或否',
			['start', 'retained', 'end'].includes(formula.timing as string) ? null : '现金流时点无效',
			typeof data.survivorsText === 'string' ? null : '缺少 sBG 的续约人数',
			typeof probabilistic.calibrationEnd === 'string' &&
				/^(\d{4}-\d{2}-\d{2})?$/.test(probabilistic.calibrationEnd)
				? null
				: '校准期结束日不是 YYYY-MM-DD 日期',
			probabilistic.period === 'day' || probabilistic.period === 'week' ? null : '时间单位无效',
			numbers(probabilistic, '概率模型设置', {
				months: ['预测月数', 1, 120],
				monthlyDiscountRate: ['月折现率', 0, 1]
			})
		);
	},
	'lifecycle-patterns': (data) => {
		if (!isObject(data) || data.version !== 1) return '不是生命周期模式实验室保存的分析';
		if (typeof data.source !== 'string') return '缺少数据来源的名称';
		const histories = data.histories;
		if (!isObject(histories) || !Array.isArray(histories.id)) return '缺少客户编号';
		if (!histories.id.every((id) => typeof id === 'string')) return '客户编号有不是文字的值';
		const settings = data.settings;
		if (!isObject(data.read) || !isObject(settings)) return '缺少读取结果或分析设置';
		return first(
			numberColumns(
				histories,
				['firstDay', 'lastDay', 'purchaseDays', 'total'],
				histories.id.length
			),
			// First-purchase amounts are saved only since the survival split by amount band.
			histories.firstAmount === undefined
				? null
				: numberColumns(histories, ['firstAmount'], histories.id.length),
			numbers(settings.rules, '规则', {
				inactiveDays: ['沉寂天数', 1, 1e5],
				explorationDays: ['考察期天数', 0, 1e5],
				stablePurchases: ['稳定期购买次数', 2, 1e4],
				declineFactor: ['退化倍数', 1, 1e3]
			}),
			settings.asOfDay === null ? null : numberIn(settings.asOfDay, '分析日', -1e6, 1e6)
		);
	},
	segmentation: (data) => {
		// The lab saves null when a scenario is saved before any data was analysed.
		if (data === null) return '方案里没有分析数据';
		if (!isObject(data) || data.version !== 1) return '不是客户细分实验室保存的分析';
		const summary = data.summary;
		const settings = data.settings;
		if (!isObject(summary) || !isObject(summary.customers) || !isObject(summary.columns))
			return '缺少客户汇总数据';
		if (typeof data.source !== 'string') return '缺少数据来源的名称';
		const columns = summary.customers;
		if (!Array.isArray(columns.id)) return '缺少客户编号';
		const count = columns.id.length;
		const problem = numberColumns(columns, ['firstDay', 'lastDay', 'frequency', 'monetary'], count);
		if (problem) return problem;
		if (!columns.id.every((id) => typeof id === 'string')) return '客户编号有不是文字的值';
		for (const key of ['earliestDay', 'latestDay'] as const) {
			if (typeof summary[key] !== 'number' || !Number.isFinite(summary[key]))
				return '数据的起止日期无效';
		}
		if (!isObject(settings)) return '缺少分析设置';
		if (typeof settings.proxy !== 'string' || !Object.hasOwn(POTENTIAL_PROXIES, settings.proxy))
			return '潜在价值的估计方法无效';
		return first(
			settings.thresholds === null
				? null
				: numbers(settings.thresholds, '分界', {
						recencyDays: ['R 分界', 0, 1e6],
						frequency: ['F 分界', 0, BIG],
						monetary: ['M 分界', -BIG, BIG]
					}),
			settings.asOfDay === null ? null : numberIn(settings.asOfDay, '分析日', -1e6, 1e6),
			numbers(settings.bankShares, '银行分层比例', {
				premium: ['优质客户比例', 0, 1],
				major: ['主要客户比例', 0, 1]
			})
		);
	}
};

const isLab = (lab: string): lab is LabId => (LAB_IDS as readonly string[]).includes(lab);

/**
 * Why a lab cannot open this scenario's data, or null when it can. A lab this version of the site
 * does not have is not checked: its scenarios are kept and never opened.
 */
export function scenarioDataProblem(lab: string, data: unknown): string | null {
	return isLab(lab) ? checks[lab](data) : null;
}
