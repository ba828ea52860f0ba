/**
 * The one place that loads content/. Metadata is bundled eagerly (small); chapter and case
 * bodies and the question bank load on demand so each page downloads only what it shows.
 */
import type { Component } from 'svelte';
import type { CaseMeta, ChapterMeta, GlossaryTerm, Question, Topic } from './schema';
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
const chapterBodies = import.meta.glob<Component>('/content/chapters/*.md', { import: 'default' });
const caseMeta = import.meta.glob<CaseMeta>('/content/cases/*.md', {
	eager: true,
	query: '?meta',
	import: 'default'
});
const caseBodies = import.meta.glob<Component>('/content/cases/*.md', { import: 'default' });
const glossaryFiles = import.meta.glob<GlossaryTerm[]>('/content/glossary/*.yaml', {
	eager: true,
	import: 'default'
});
const questionFiles = import.meta.glob<Question[]>('/content/questions/*.yaml', {
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

const glossaryById = new Map(glossary.map((term) => [term.id, term]));

export function chapterBySlug(slug: string): Chapter | undefined {
	return chapters.find((chapter) => chapter.slug === slug);
}

export function caseBySlug(slug: string): CaseStudy | undefined {
	return cases.find((item) => item.slug === slug);
}

export function glossaryTerm(id: string): GlossaryTerm | undefined {
	return glossaryById.get(id);
}

const bodyLoader = (bodies: Record<string, () => Promise<Component>>, folder: string) => {
	const bySlug = new Map(
		Object.entries(bodies).map(([path, load]) => [slugFromPath(path), load] as const)
	);
	return (slug: string): Promise<Component> => {
		const load = bySlug.get(slug);
		if (!load) throw new Error(`${folder} 中没有「${slug}」`);
		return load();
	};
};

export const loadChapterBody = bodyLoader(chapterBodies, 'content/chapters');
export const loadCaseBody = bodyLoader(caseBodies, 'content/cases');

/** The whole question bank, loaded on first use. */
export async function loadQuestions(): Promise<Question[]> {
	const files = await Promise.all(
		Object.entries(questionFiles)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([, load]) => load())
	);
	return files.flat();
}
