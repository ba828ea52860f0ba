/** The labs as learners see them: name, what each does, and where it lives. */
import type { LabId } from './ids';

export interface LabInfo {
	id: LabId;
	/** The lab's title: its card on /lab/ and the h1 of its page. */
	name: string;
	/** The breadcrumb's last step, when shorter than the title. */
	shortName?: string;
	summary: string;
	/** The page's width when its results need more room beside the settings than lab.css's 68rem. */
	pageWidth?: `${number}rem`;
}

export const LABS: LabInfo[] = [
	{
		id: 'segmentation',
		name: '客户细分实验室',
		pageWidth: '72rem',
		summary: 'RFM 八类客户、行为矩阵、价值矩阵、帕累托分析与银行五级客户。'
	},
	{
		id: 'clv',
		name: '客户终身价值实验室',
		summary: '从教材公式到 sBG、BG/NBD 与 Gamma-Gamma 模型。'
	},
	{
		id: 'lifecycle',
		name: '生命周期模拟器',
		summary: '工商银行案例：客户在四个阶段间流动，投入措施看效果。'
	},
	{
		id: 'lifecycle-patterns',
		name: '客户关系模式实验室',
		pageWidth: '72rem',
		summary: '用自己的交易数据找出四种关系模式，看同期群留存、客户生存曲线和各阶段客户。'
	},
	{
		id: 'satisfaction',
		name: '满意度与忠诚度模拟器',
		shortName: '满意度与忠诚度',
		summary: '满意度陷阱、竞争强度与转换成本，施乐的 4 分与 5 分。'
	},
	{
		id: 'satisfaction-survey',
		name: '满意度测评实验室',
		pageWidth: '76rem',
		summary: '搭指标体系、用层次分析法定权重，读问卷算 CSI、α 信度、IPA，估计 ACSI 结构模型。'
	},
	{
		id: 'kano',
		name: '卡诺分析',
		summary: '把问卷答案归入当然质量、期望质量和迷人质量。'
	},
	{
		id: 'delivered-value',
		name: '顾客让渡价值计算器',
		shortName: '顾客让渡价值',
		summary: '总价值减总成本，和竞争对手比一比。'
	},
	{
		id: 'loyalty-types',
		name: '忠诚类型分类练习',
		summary: '把情景卡片归入六类（或七类）客户忠诚。'
	}
];

const byId = new Map(LABS.map((lab) => [lab.id, lab]));

export function labInfo(id: LabId): LabInfo {
	return byId.get(id) as LabInfo;
}

/** Labs that have their own page so far; the others are listed on /lab/ as being built. */
const BUILT = {
	segmentation: '/lab/segmentation/',
	satisfaction: '/lab/satisfaction/',
	'satisfaction-survey': '/lab/satisfaction-survey/',
	'delivered-value': '/lab/delivered-value/',
	kano: '/lab/kano/',
	lifecycle: '/lab/lifecycle/',
	'lifecycle-patterns': '/lab/lifecycle-patterns/',
	'loyalty-types': '/lab/loyalty-types/',
	clv: '/lab/clv/'
} as const satisfies Partial<Record<LabId, `/lab/${string}/`>>;

type BuiltPath = (typeof BUILT)[keyof typeof BUILT];

export const isBuilt = (id: LabId): boolean => id in BUILT;

/** Site-relative path of a lab (no base path): its page, or its card on /lab/. */
export function labPath(id: LabId): BuiltPath | `/lab/#${string}` {
	return (BUILT as Partial<Record<LabId, BuiltPath>>)[id] ?? `/lab/#${id}`;
}

/**
 * A link to a lab, for pages that mention one: its name and address worked out at prerender
 * time, so the page does not ship the whole list of labs.
 */
export function labLink(id: LabId) {
	return { id, name: labInfo(id).name, path: labPath(id) };
}

/** The lab whose page a route is (`page.route.id`, e.g. `/lab/kano`); none for /lab/ itself. */
export function labAtRoute(routeId: string | null): LabInfo | undefined {
	return LABS.find((lab) => isBuilt(lab.id) && labPath(lab.id) === `${routeId}/`);
}
