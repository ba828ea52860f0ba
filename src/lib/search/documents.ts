/**
 * Turns content/ into search documents: one per chapter section, one per chapter's 考点 summary,
 * glossary term, case and question. Pure, so the index endpoint and unit tests share it.
 */
import { parse as parseYaml } from 'yaml';
import { headingId } from '../content/slug.js';
import type { CaseMeta, ChapterMeta, GlossaryTerm, Question } from '../content/schema';
import { slugFromPath } from '../content/validate-path';
import { splitFrontMatter, type ContentFile } from '../content/validate';

export type SearchKind = 'chapter' | 'glossary' | 'case' | 'question';

export interface SearchDocument {
	id: string;
	kind: SearchKind;
	title: string;
	/** Where the hit opens, relative to the site root (no base path). */
	url: string;
	text: string;
}

/** Markdown and the content components reduced to the words a reader sees. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<Formula[^>]*\/>/g, '')
		.replace(/<[A-Za-z][^>]*>|<\/[A-Za-z][^>]*>/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_`|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function chapterDocuments(file: ContentFile): SearchDocument[] {
	const parts = splitFrontMatter(file.text);
	if (!parts) return [];
	const meta = parseYaml(parts.data) as ChapterMeta;
	const slug = slugFromPath(file.path);
	const url = `/learn/${slug}/`;
	const sections = parts.body.split(/^## /m).slice(1);
	const docs: SearchDocument[] = sections.map((section, index) => {
		const [heading, ...rest] = section.split('\n');
		return {
			id: `chapter:${slug}:${index}`,
			kind: 'chapter',
			title: `${meta.title} · ${heading.trim()}`,
			url: `${url}#${headingId(heading)}`,
			text: plainText(rest.join('\n'))
		};
	});
	docs.push({
		id: `chapter:${slug}:key-points`,
		kind: 'chapter',
		title: `${meta.title} · 考点小结`,
		url: `${url}#key-points-title`,
		text: meta.keyPoints.map((k) => `${k.term}：${k.point}`).join(' ')
	});
	return docs;
}

export function searchDocuments(files: ContentFile[]): SearchDocument[] {
	const docs: SearchDocument[] = [];
	for (const file of files) {
		if (file.path.startsWith('content/chapters/')) docs.push(...chapterDocuments(file));
		else if (file.path.startsWith('content/glossary/')) {
			for (const term of parseYaml(file.text) as GlossaryTerm[]) {
				docs.push({
					id: `glossary:${term.id}`,
					kind: 'glossary',
					title: term.term,
					url: `/glossary/#${term.id}`,
					text: [term.en, ...(term.aliases ?? []), term.definition].filter(Boolean).join(' ')
				});
			}
		} else if (file.path.startsWith('content/cases/')) {
			const parts = splitFrontMatter(file.text);
			if (!parts) continue;
			const meta = parseYaml(parts.data) as CaseMeta;
			const slug = slugFromPath(file.path);
			docs.push({
				id: `case:${slug}`,
				kind: 'case',
				title: meta.title,
				url: `/cases/${slug}/`,
				text: `${meta.description} ${plainText(parts.body)} ${meta.questions.map((q) => q.prompt).join(' ')}`
			});
		} else if (file.path.startsWith('content/questions/')) {
			for (const question of parseYaml(file.text) as Question[]) {
				docs.push({
					id: `question:${question.id}`,
					kind: 'question',
					title: question.stem,
					url: `/practice/drill/?question=${encodeURIComponent(question.id)}`,
					text: [...(question.options ?? []), question.explanation].join(' ')
				});
			}
		}
	}
	return docs;
}
