/**
 * Site search: how much the browser downloads the first time search opens (the prerendered
 * index, gzipped) and how long one query takes, over the course's own terms.
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { readContentFiles } from '../../src/lib/content/read-files.server';
import { searchDocuments } from '../../src/lib/search/documents';
import { buildSearchIndex, loadSearchIndex, search } from '../../src/lib/search/index';
import type { ChapterMeta, GlossaryTerm } from '../../src/lib/content/schema';
import { splitFrontMatter, type ContentFile } from '../../src/lib/content/validate';

const QUERIES = 100;
const ROUNDS = 20;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

/** Glossary terms and 考点 terms, each once: the words learners actually type. */
function courseTerms(files: ContentFile[]): string[] {
	const terms = new Set<string>();
	for (const file of files) {
		if (file.path.startsWith('content/glossary/')) {
			for (const t of parseYaml(file.text) as GlossaryTerm[]) terms.add(t.term);
		} else if (file.path.startsWith('content/chapters/')) {
			const meta = parseYaml(splitFrontMatter(file.text)?.data ?? '') as ChapterMeta;
			for (const point of meta.keyPoints) terms.add(point.term);
		}
	}
	return [...terms];
}

export async function bench(): Promise<void> {
	const files = readContentFiles(process.cwd());
	const documents = searchDocuments(files);
	const buildStart = performance.now();
	const json = JSON.stringify(buildSearchIndex(documents));
	const buildMs = performance.now() - buildStart;
	const loadStart = performance.now();
	const index = loadSearchIndex(json);
	const loadMs = performance.now() - loadStart;

	const terms = courseTerms(files).slice(0, QUERIES);
	if (!terms.length) {
		console.log('search: no glossary terms or 考点 yet, nothing to time');
		return;
	}
	const perQuery = terms.map((term) => {
		const times: number[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			const start = performance.now();
			search(index, term);
			times.push(performance.now() - start);
		}
		return median(times);
	});

	console.log('search: prerendered index and query time');
	console.log(`  documents: ${documents.length}`);
	console.log(
		`  index: ${(json.length / 1024).toFixed(1)} kB raw, ${(gzipSync(json).length / 1024).toFixed(1)} kB gzip; build ${buildMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms`
	);
	console.log(
		`  query: median ${median(perQuery).toFixed(3)} ms, slowest ${Math.max(...perQuery).toFixed(3)} ms over ${terms.length} course terms`
	);
}
