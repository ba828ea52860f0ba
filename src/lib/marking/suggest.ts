/**
 * Suggests which scoring points a written answer made, from the point's keywords. Chinese has no
 * spaces, so matching is on normalised text: a keyword counts when it appears as written, or —
 * for keywords of three or more characters — when most of its character pairs appear in one
 * stretch of the answer (so 「让渡价值」 still matches 「顾客让渡的价值」). It is a hint for
 * self-marking, never a grade: the learner confirms each point.
 *
 * Whole terms: a keyword does not count where it is only part of a longer keyword of the same
 * question. With 利润 and 成本利润分析 both keywords, 「做成本利润分析」 matches 成本利润分析 and
 * not 利润; 「利润来自老客户，还要做成本利润分析」 matches both.
 */
import type { ScoringPoint } from '../content/schema';

export interface PointSuggestion {
	/** Keywords of the point found in the answer. */
	matched: string[];
	/** True when enough keywords were found to suggest the point was made. */
	suggested: boolean;
	/** How many of the point's keywords must be found for it to be suggested. */
	needed: number;
}

/** Full-width letters and digits to ASCII, lower case, no spaces or punctuation. */
export function normaliseForMatching(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

const pairsOf = (text: string) => {
	const chars = [...text];
	return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
};

/** Share of a keyword's character pairs needed in a nearby stretch of the answer. */
const PAIR_SHARE = 0.66;

function keywordAppears(answer: string, keyword: string): boolean {
	const key = normaliseForMatching(keyword);
	if (!key) return false;
	if (answer.includes(key)) return true;
	const length = [...key].length;
	if (length < 3) return false;
	const pairs = pairsOf(key);
	// Look for the pairs inside a window a little wider than the keyword, so scattered
	// characters across the whole answer do not count as the term.
	const chars = [...answer];
	const window = length * 2;
	for (let start = 0; start < chars.length; start++) {
		if (!key.includes(chars[start])) continue;
		const stretch = chars.slice(start, start + window).join('');
		const found = pairs.filter((pair) => stretch.includes(pair)).length;
		if (found / pairs.length >= PAIR_SHARE) return true;
	}
	return false;
}

/** The answer with every occurrence of the longer keywords containing `key` blanked out. */
function withoutLongerTerms(answer: string, key: string, keys: string[]): string {
	const longer = keys
		.filter((other) => other.length > key.length && other.includes(key))
		.sort((a, b) => b.length - a.length);
	// A character no normalised keyword contains: pairs cannot match across it.
	return longer.reduce((text, term) => text.split(term).join('\u0000'), answer);
}

/** Keywords needed for a point to be suggested: at least half of them, and at least one. */
export const keywordsNeeded = (point: ScoringPoint) =>
	Math.max(1, Math.ceil(point.keywords.length / 2));

/**
 * For each point: the keywords found (as whole terms, see above), and whether the point is
 * suggested (at least half of its keywords, and at least one, appear).
 */
export function suggestPoints(answer: string, points: ScoringPoint[]): PointSuggestion[] {
	const text = normaliseForMatching(answer);
	const keys = [...new Set(points.flatMap((p) => p.keywords.map(normaliseForMatching)))];
	return points.map((point) => {
		const matched = point.keywords.filter((keyword) => {
			const key = normaliseForMatching(keyword);
			return keywordAppears(withoutLongerTerms(text, key, keys), keyword);
		});
		const needed = keywordsNeeded(point);
		return { matched, suggested: matched.length >= needed, needed };
	});
}

/** Total marks of the confirmed points. */
export function scoreOf(points: ScoringPoint[], confirmed: number[]): number {
	return confirmed.reduce((sum, index) => sum + (points[index]?.marks ?? 0), 0);
}
