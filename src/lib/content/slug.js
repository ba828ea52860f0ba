/**
 * Anchor id for a section heading. Chinese characters are kept (browsers handle them in URLs)
 * so links read naturally; spaces become hyphens and punctuation is dropped. Plain JS because
 * svelte.config.js uses it to give mdsvex headings the same ids the search index links to.
 * @param {string} heading
 * @returns {string}
 */
export function headingId(heading) {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[\s\u3000]+/g, '-')
		.replace(/[^\p{L}\p{N}-]/gu, '')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
}
