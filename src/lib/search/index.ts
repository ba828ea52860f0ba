/**
 * The site search: MiniSearch with Chinese-aware tokens. The index is built once at prerender
 * time (src/routes/search-index.json) and loaded by the browser on first use.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { SearchDocument, SearchKind } from './documents';
import { tokenize, tokenizeQuery } from './tokenize';

/**
 * Teaching text first: a learner typing a term wants its definition and the chapter section
 * before the many bank questions that mention it.
 */
const KIND_BOOST: Record<SearchKind, number> = {
	glossary: 2,
	chapter: 1.6,
	case: 1.2,
	question: 0.5
};

export const searchOptions: Options<SearchDocument> = {
	fields: ['title', 'text'],
	storeFields: ['kind', 'title', 'url', 'snippet'],
	tokenize,
	processTerm: (term) => term,
	searchOptions: {
		tokenize: tokenizeQuery,
		processTerm: (term) => term,
		combineWith: 'AND',
		boost: { title: 3 },
		prefix: (term) => /^[a-z0-9]/.test(term),
		boostDocument: (_id, _term, stored) => KIND_BOOST[stored?.kind as SearchKind] ?? 1
	},
	extractField: (document, field) =>
		field === 'snippet'
			? document.text.slice(0, 160)
			: (document as unknown as Record<string, string>)[field]
};

export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
	const index = new MiniSearch<SearchDocument>(searchOptions);
	index.addAll(documents);
	return index;
}

export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
	return MiniSearch.loadJSON<SearchDocument>(json, searchOptions);
}

export interface SearchHit {
	id: string;
	kind: SearchKind;
	title: string;
	url: string;
	snippet: string;
}

export function search(index: MiniSearch<SearchDocument>, query: string, limit = 30): SearchHit[] {
	if (!query.trim()) return [];
	return index
		.search(query)
		.slice(0, limit)
		.map((result: SearchResult) => ({
			id: String(result.id),
			kind: result.kind as SearchKind,
			title: result.title as string,
			url: result.url as string,
			snippet: result.snippet as string
		}));
}
