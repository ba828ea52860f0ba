import { ModelError } from './model-error';

/** Net Promoter Score (Reichheld 2003) from 0–10 answers: % promoters (9–10) − % detractors (0–6). */
export function netPromoterScore(answers: number[]): {
	nps: number;
	promoters: number;
	detractors: number;
} {
	const valid = answers.filter((a) => Number.isInteger(a) && a >= 0 && a <= 10);
	if (!valid.length) throw new ModelError('没有 0–10 分的推荐意愿回答，无法计算 NPS。');
	const promoters = valid.filter((a) => a >= 9).length / valid.length;
	const detractors = valid.filter((a) => a <= 6).length / valid.length;
	return { nps: 100 * (promoters - detractors), promoters, detractors };
}
