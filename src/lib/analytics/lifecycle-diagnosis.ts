/**
 * The first draft of the exercise's answer — 分析结果 / 主要问题 / 解决思路 — from the pattern
 * counts, in the words chapter 2 uses, for the learner to edit; and which cohorts kept fewer of
 * their customers early on.
 */
import type { Cohort } from './cohorts';
import { PATTERNS, type Pattern } from './lifecycle-patterns';

export interface Diagnosis {
	result: string;
	problems: string;
	ideas: string;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Which stage's task a pattern says went undone, and what to do about it (chapter 2). */
const ADVICE: Record<Pattern, { problem: string; idea: string }> = {
	早期流产型: {
		problem:
			'很多客户只试了一两次就离开，考察期的任务（评估客户价值、降低不确定性）没有做好：首次购买体验没有达到期望，或吸引来的并不是目标客户',
		idea: '检查首次购买体验和承诺是否兑现，跟进新客户的第一次购买（回访、使用指导、第二次购买的优惠），并重新审视获客渠道是否对准了目标客户'
	},
	中途夭折型: {
		problem:
			'客户流失较为严重：客户来过几次，却在形成期离开，企业没能提供比竞争对手更好的价值，客户满意但不忠诚',
		idea: '在形成期加大投入：提升服务质量、突出差异化价值，用品牌形象、价格优惠（如积分和会员等级）和感情投资（生日关怀、新品邀请）建立偏好，并收集意见改进产品'
	},
	提前退出型: {
		problem:
			'客户到了稳定期却很快退化，企业在关系稳定后放松了经营，客户关怀和增值服务不足，转换成本又低',
		idea: '为稳定客户提供增值服务和专属关怀，跟踪其需求变化；在退化信号出现时重新评估客户价值，对值得的客户及时挽留'
	},
	长久保持型: {
		problem: '多数客户保持着关系，需要防止“稳定”变成“怠慢”',
		idea: '保持创新和增值服务，做好交叉销售，让长久客户的价值充分发挥'
	}
};

export function draftDiagnosis(counts: Record<Pattern, number>): Diagnosis {
	const total = PATTERNS.reduce((sum, p) => sum + counts[p], 0);
	if (!total) return { result: '', problems: '', ideas: '' };
	const ranked = [...PATTERNS].sort((a, b) => counts[b] - counts[a]);
	const most = ranked[0];
	const least = ranked[ranked.length - 1];
	const loyalShare = counts['长久保持型'] / total;
	const listed = PATTERNS.map((p) => `${p} ${counts[p]} 位（${percent(counts[p] / total)}）`);
	const result = `共 ${total} 位客户：${listed.join('，')}。${most}客户较多，${least}客户较少。`;
	const problems: string[] = [];
	if (most !== '长久保持型') problems.push(ADVICE[most].problem);
	if (loyalShare < 0.25 && least === '长久保持型' && most !== '中途夭折型')
		problems.push('长久保持型客户较少，客户流失较为严重');
	if (!problems.length) problems.push(ADVICE['长久保持型'].problem);
	const ideas = [ADVICE[most].idea];
	if (most !== '长久保持型' && counts['提前退出型'] > 0 && most !== '提前退出型')
		ideas.push(ADVICE['提前退出型'].idea);
	return { result, problems: `${problems.join('；')}。`, ideas: `${ideas.join('；')}。` };
}

export interface CohortComparison {
	/** Months after the first purchase that are compared (1 to `months`). */
	months: number;
	/** Size-weighted mean retention over those months, all compared cohorts. */
	average: number;
	/** Compared cohorts, worst first, with their own mean over those months. */
	ranked: { cohort: string; size: number; early: number }[];
}

/**
 * Cohorts old enough to have `months` later months, ranked by their mean retention in months 1 to
 * `months`; null when fewer than two cohorts can be compared.
 */
export function compareCohorts(cohorts: Cohort[], months = 3): CohortComparison | null {
	const old = cohorts.filter((c) => c.retention.length > months);
	if (old.length < 2) return null;
	const early = (c: Cohort) => c.retention.slice(1, months + 1).reduce((s, r) => s + r, 0) / months;
	const size = old.reduce((sum, c) => sum + c.size, 0);
	const average = old.reduce((sum, c) => sum + early(c) * c.size, 0) / size;
	const ranked = old
		.map((c) => ({ cohort: c.cohort, size: c.size, early: early(c) }))
		.sort((a, b) => a.early - b.early);
	return { months, average, ranked };
}
