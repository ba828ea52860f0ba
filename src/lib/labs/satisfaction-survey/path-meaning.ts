/** What each structural path means for the firm, in the chapter's terms (ACSI paths by name). */
const ACSI_MEANING: Record<string, string> = {
	'顾客期望->感知质量': '期望高的顾客也觉得质量好：期望来自企业过去的表现和口碑。',
	'顾客期望->感知价值': '期望对价值感的直接影响：口碑好的企业，顾客更容易觉得物有所值。',
	'感知质量->感知价值': '质量感受越好，顾客越觉得物有所值：提高质量也在提高价值感。',
	'顾客期望->顾客满意': '期望对满意的直接作用通常很小：满意主要来自实际感受到的质量和价值。',
	'感知质量->顾客满意': '质量是满意最直接的来源：先改进 IPA 中“重点改进”的质量短板。',
	'感知价值->顾客满意': '价值（质量相对于价格）影响满意：增加利益或降低顾客成本都走这条路。',
	'顾客满意->顾客抱怨': '满意度越高，抱怨越少（系数应为负）。',
	'顾客满意->顾客忠诚': '满意带来忠诚：这是企业花钱测评和提升满意度的商业理由。',
	'顾客抱怨->顾客忠诚': '为负说明抱怨在流失顾客；抱怨处理得好时，这条路径会变小甚至为正。'
};

export function pathMeaning(from: string, to: string, beta: number): string {
	const known = ACSI_MEANING[`${from}->${to}`];
	const size = Math.abs(beta).toFixed(2);
	const direction = beta >= 0 ? '提高' : '降低';
	const general = `「${from}」高一个标准差，「${to}」约${direction} ${size} 个标准差（其他前因不变）。`;
	return known ? `${general}${known}` : general;
}
