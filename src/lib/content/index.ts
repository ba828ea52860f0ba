/**
 * The one place that loads content/: every chapter's and case's metadata, the glossary and the
 * topics, bundled eagerly. Pages that show one item take what they need from their server load
 * instead, so this map is not in their download; the bodies and the question bank load on
 * demand from ./bodies.ts.
 */
import type { CaseMeta, ChapterMeta, GlossaryTerm, Topic } from './schema';
import type { GlossaryEntries } from './glossary-context';
import { slugFromPath } from './validate-path';
import topicList from '../../../content/topics.yaml';

export interface Chapter extends ChapterMeta {
	slug: string;
	/** 1-based position in the course. */
	number: number;
}

export interface CaseStudy extends CaseMeta {
	slug: string;
}

const chapterMeta = import.meta.glob<ChapterMeta>('/content/chapters/*.md', {
	eager: true,
	query: '?meta',
	import: 'default'
});
const caseMeta = import.meta.glob<CaseMeta>('/content/cases/*.md', {
	eager: true,
	query: '?meta',
	import: 'default'
});
const glossaryFiles = import.meta.glob<GlossaryTerm[]>('/content/glossary/*.yaml', {
	eager: true,
	import: 'default'
});

/** Defaults the schema would fill in, for content that omits optional fields. */
function withChapterDefaults(meta: ChapterMeta): ChapterMeta {
	return {
		...meta,
		confusions: meta.confusions ?? [],
		formulas: meta.formulas ?? {},
		related: { cases: meta.related?.cases ?? [], labs: meta.related?.labs ?? [] }
	};
}

export const chapters: Chapter[] = Object.entries(chapterMeta)
	.sort(([a], [b]) => a.localeCompare(b))
	.map(([path, meta], index) => ({
		...withChapterDefaults(meta),
		slug: slugFromPath(path),
		number: index + 1
	}));

export const cases: CaseStudy[] = Object.entries(caseMeta)
	.map(([path, meta]) => ({ ...meta, glossary: meta.glossary ?? [], slug: slugFromPath(path) }))
	.sort((a, b) => a.slug.localeCompare(b.slug));

export const glossary: GlossaryTerm[] = Object.values(glossaryFiles)
	.flat()
	.map((term) => ({ ...term, aliases: term.aliases ?? [] }));

export const topics: Topic[] = topicList as Topic[];

/** Every glossary entry by id, as pages that show any case's text need it (the mock exam). */
export const glossaryEntries: GlossaryEntries = Object.fromEntries(
	glossary.map((term) => [term.id, term])
);

export function chapterBySlug(slug: string): Chapter | undefined {
	return chapters.find((chapter) => chapter.slug === slug);
}

export function caseBySlug(slug: string): CaseStudy | undefined {
	return cases.find((item) => item.slug === slug);
}

export function glossaryTerm(id: string): GlossaryTerm | undefined {
	return glossaryEntries[id];
}
