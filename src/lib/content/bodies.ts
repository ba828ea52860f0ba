/**
 * Chapter and case bodies and the question bank, each loaded on demand. Kept apart from the
 * metadata in ./index.ts so a page that shows one body does not also download every title,
 * description and glossary entry on the site: it gets those it shows from its server load.
 */
import type { Component } from 'svelte';
import type { Question } from './schema';
import { slugFromPath } from './validate-path';

const chapterBodies = import.meta.glob<Component>('/content/chapters/*.md', { import: 'default' });
const caseBodies = import.meta.glob<Component>('/content/cases/*.md', { import: 'default' });
const questionFiles = import.meta.glob<Question[]>('/content/questions/*.yaml', {
	import: 'default'
});

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
