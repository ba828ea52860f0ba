/**
 * Every 考点 term must be findable: a learner who reads a term in a chapter's summary and types it
 * into search lands on that chapter or its glossary entry among the first results.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readContentFiles } from '../content/read-files.server';
import type { ChapterMeta } from '../content/schema';
import { splitFrontMatter } from '../content/validate';
import { slugFromPath } from '../content/validate-path';
import { searchDocuments } from './documents';
import { buildSearchIndex, search } from './index';

const files = readContentFiles(process.cwd());
const index = buildSearchIndex(searchDocuments(files));
const chapters = files
	.filter((file) => file.path.startsWith('content/chapters/'))
	.map((file) => ({
		slug: slugFromPath(file.path),
		meta: parseYaml(splitFrontMatter(file.text)?.data ?? '') as ChapterMeta
	}));

describe('考点 terms are searchable', () => {
	it('has chapters to check', () => expect(chapters.length).toBeGreaterThanOrEqual(10));

	for (const { slug, meta } of chapters) {
		for (const { term } of meta.keyPoints) {
			it(`${slug}: ${term}`, () => {
				const urls = search(index, term, 10).map((hit) => hit.url);
				const inChapterOrGlossary = urls.some(
					(url) => url.startsWith(`/learn/${slug}/`) || url.startsWith('/glossary/')
				);
				expect(inChapterOrGlossary, `「${term}」的前 10 个结果：${urls.join(', ')}`).toBe(true);
			});
		}
	}
});
