/** Which glossary entries a chapter's or case's text marks with <Term id="…"> (prerender only). */
import { readContentFiles } from './read-files.server';
import { glossaryTerm } from './index';
import type { GlossaryEntries } from './glossary-context';
import { slugFromPath } from './validate-path';

let files: ReturnType<typeof readContentFiles> | undefined;

export function termsUsedIn(folder: 'chapters' | 'cases', slug: string): GlossaryEntries {
	files ??= readContentFiles(process.cwd());
	const file = files.find(
		(candidate) =>
			candidate.path.startsWith(`content/${folder}/`) && slugFromPath(candidate.path) === slug
	);
	const entries: GlossaryEntries = {};
	for (const [, id] of file?.text.matchAll(/<Term\s+id="([^"]+)"/g) ?? []) {
		const term = glossaryTerm(id);
		if (term) entries[id] = term;
	}
	return entries;
}
