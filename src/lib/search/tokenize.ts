/**
 * Chinese-aware tokens for search. Intl.Segmenter finds words (客户/关系/管理); character pairs
 * of every Chinese run are added so a query still matches when the segmenter cut the text
 * differently (让渡 inside 顾客让渡价值). Latin letters are lower-cased, so CRM, crm and Crm match.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

export function tokenize(text: string): string[] {
	const tokens = new Set<string>();
	for (const { segment, isWordLike } of segmenter.segment(text.toLowerCase())) {
		if (isWordLike && segment.trim()) tokens.add(segment);
	}
	for (const [run] of text.matchAll(HAN_RUN)) {
		if (run.length === 1) tokens.add(run);
		for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
	}
	return [...tokens];
}

/**
 * A query's tokens: only the character pairs for Chinese (every indexed text has them), so a
 * query matches wherever its characters stand together, whatever the segmenter did.
 */
export function tokenizeQuery(query: string): string[] {
	const tokens = new Set<string>();
	for (const { segment, isWordLike } of segmenter.segment(query.toLowerCase())) {
		if (!isWordLike || !segment.trim() || HAN.test(segment)) continue;
		tokens.add(segment);
	}
	for (const [run] of query.matchAll(HAN_RUN)) {
		if (run.length === 1) tokens.add(run);
		for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
	}
	return [...tokens];
}
