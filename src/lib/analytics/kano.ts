/**
 * Kano analysis: each respondent answers a functional question ("if the product has X") and a
 * dysfunctional one ("if it does not"); the pair is classified with the Kano evaluation table.
 * Better/Worse coefficients follow Berger et al. (1993).
 */

/** Answer scale, in questionnaire order. */
export const ANSWERS = ['喜欢', '理应如此', '无所谓', '能忍受', '不喜欢'] as const;
export type Answer = 1 | 2 | 3 | 4 | 5;

/** A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable. */
export type KanoCategory = 'A' | 'O' | 'M' | 'I' | 'R' | 'Q';

/** Rows: functional answer 1–5; columns: dysfunctional answer 1–5. */
const TABLE: KanoCategory[][] = [
	['Q', 'A', 'A', 'A', 'O'],
	['R', 'I', 'I', 'I', 'M'],
	['R', 'I', 'I', 'I', 'M'],
	['R', 'I', 'I', 'I', 'M'],
	['R', 'R', 'R', 'R', 'Q']
];

export const CATEGORY_NAMES: Record<KanoCategory, string> = {
	A: '魅力属性',
	O: '期望属性（一维）',
	M: '必备属性',
	I: '无差异属性',
	R: '反向属性',
	Q: '可疑结果'
};

/** The course's three kinds of quality (当然质量 / 期望质量 / 迷人质量) for A, O and M. */
export const COURSE_QUALITY: Partial<Record<KanoCategory, string>> = {
	M: '当然质量',
	O: '期望质量',
	A: '迷人质量'
};

export function classify(functional: Answer, dysfunctional: Answer): KanoCategory {
	return TABLE[functional - 1][dysfunctional - 1];
}

export interface FeatureResult {
	counts: Record<KanoCategory, number>;
	/** The most frequent category; on a tie the order M > O > A > I > R > Q decides (the usual rule: fix what hurts first). */
	category: KanoCategory;
	/** (A + O) / (A + O + M + I): how much satisfaction rises when the feature is there. */
	better: number;
	/** −(O + M) / (A + O + M + I): how much it falls when the feature is missing. */
	worse: number;
	respondents: number;
}

const PRIORITY: KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

export function analyseFeature(pairs: [Answer, Answer][]): FeatureResult {
	const counts: Record<KanoCategory, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
	for (const [f, d] of pairs) counts[classify(f, d)] += 1;
	const category = PRIORITY.reduce((best, c) => (counts[c] > counts[best] ? c : best), PRIORITY[0]);
	const base = counts.A + counts.O + counts.M + counts.I;
	return {
		counts,
		category,
		better: base ? (counts.A + counts.O) / base : 0,
		worse: base ? -(counts.O + counts.M) / base : 0,
		respondents: pairs.length
	};
}

/** Parses an answer given as 1–5 or as its Chinese label. */
export function parseAnswer(value: string): Answer | null {
	const text = value.trim();
	const number = Number(text);
	if (Number.isInteger(number) && number >= 1 && number <= 5) return number as Answer;
	const index = ANSWERS.findIndex((label) => label === text);
	return index >= 0 ? ((index + 1) as Answer) : null;
}

export interface KanoSurvey {
	/** Answer pairs (functional, dysfunctional) per feature, in first-seen order. */
	features: { name: string; pairs: [Answer, Answer][] }[];
	problems: { line: number; message: string }[];
}

/**
 * Reads survey rows "功能,正向回答,反向回答" (comma, tab or Chinese comma separated; answers as
 * 1–5 or their labels). A header row is skipped; every other bad row is reported by line.
 */
export function parseKanoSurvey(text: string): KanoSurvey {
	const byName = new Map<string, [Answer, Answer][]>();
	const problems: KanoSurvey['problems'] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		if (!raw.trim()) return;
		const cells = raw.split(/[,，\t]/).map((cell) => cell.trim());
		if (cells.length < 3) {
			problems.push({ line, message: '每行需要三列：功能、正向回答、反向回答' });
			return;
		}
		const [name, f, d] = cells;
		const functional = parseAnswer(f);
		const dysfunctional = parseAnswer(d);
		if (line === 1 && !functional && !dysfunctional) return; // header
		if (!name) problems.push({ line, message: '缺少功能名称' });
		else if (!functional)
			problems.push({
				line,
				message: `正向回答「${f}」不是 1–5 或“喜欢/理应如此/无所谓/能忍受/不喜欢”`
			});
		else if (!dysfunctional)
			problems.push({
				line,
				message: `反向回答「${d}」不是 1–5 或“喜欢/理应如此/无所谓/能忍受/不喜欢”`
			});
		else byName.set(name, [...(byName.get(name) ?? []), [functional, dysfunctional]]);
	});
	return { features: [...byName].map(([name, pairs]) => ({ name, pairs })), problems };
}
