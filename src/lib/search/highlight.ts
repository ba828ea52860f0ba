/** Splits text into plain and matched parts for highlighting the query's words in a result. */
export interface TextPart {
	text: string;
	match: boolean;
}

export function highlightParts(text: string, query: string): TextPart[] {
	const words = query
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (!words.length) return [{ text, match: false }];
	const pattern = new RegExp(`(${words.join('|')})`, 'giu');
	// Splitting on one capture group alternates plain text (even) and matches (odd).
	return text
		.split(pattern)
		.map((part, index) => ({ text: part, match: index % 2 === 1 }))
		.filter((part) => part.text);
}
