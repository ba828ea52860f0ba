import { readContentFiles } from '$lib/content/read-files.server';
import { searchDocuments } from '$lib/search/documents';
import { buildSearchIndex } from '$lib/search';

// Built once when the site is prerendered; the browser fetches it the first time search opens.
export const prerender = true;

export function GET(): Response {
	const index = buildSearchIndex(searchDocuments(readContentFiles(process.cwd())));
	return new Response(JSON.stringify(index), {
		headers: { 'content-type': 'application/json' }
	});
}
