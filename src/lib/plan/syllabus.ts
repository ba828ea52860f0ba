/**
 * What the plan needs from the chapter texts, worked out once at prerender time (the browser never
 * downloads the Markdown): how long each chapter takes to study, and which section of its chapter
 * teaches each knowledge point, so the mastery map can link to it.
 */
import { headingId } from '../content/slug.js';
import { slugFromPath } from '../content/validate-path';
import { splitFrontMatter, type ContentFile } from '../content/validate';
import { plainText } from '../search/documents';

/** Study reading of Chinese course text, with its figures and worked examples, in characters a minute. */
export const STUDY_CHARS_PER_MINUTE = 250;

export interface Section {
	/** The heading's anchor on the chapter page. */
	id: string;
	title: string;
}

export interface Syllabus {
	/** Minutes to read each chapter, by slug. */
	readMinutes: Record<string, number>;
	/** The section that teaches each knowledge point, by topic id; absent when no heading fits. */
	topicSections: Record<string, Section>;
}

/** Minutes to study a text of `chars` characters: rounded up to 5, at least 10. */
export function readingMinutes(chars: number): number {
	return Math.max(10, Math.ceil(chars / STUDY_CHARS_PER_MINUTE / 5) * 5);
}

/** The `##` and `###` headings of a chapter body, with the ids the chapter page gives them. */
export function sectionsOf(body: string): Section[] {
	return [...body.matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((match) => ({
		id: headingId(match[1]),
		title: match[1]
	}));
}

// Words that say nothing about which section a point belongs to.
const FILLER = /[的与和及、（）()“”《》\s]|客户|CRM|管理/g;

/**
 * The heading that shares the most characters with a point's name (filler words aside), the
 * `##` level winning ties because it comes first; null when none shares at least two.
 */
export function sectionForTopic(name: string, sections: Section[]): Section | null {
	const wanted = new Set([...name.replace(FILLER, '')]);
	let best: Section | null = null;
	let bestScore = 1;
	for (const section of sections) {
		const score = new Set([...section.title.replace(FILLER, '')].filter((c) => wanted.has(c))).size;
		if (score > bestScore) {
			best = section;
			bestScore = score;
		}
	}
	return best;
}

export function buildSyllabus(
	files: ContentFile[],
	topics: { id: string; name: string; chapter: string }[]
): Syllabus {
	const readMinutes: Record<string, number> = {};
	const sections: Record<string, Section[]> = {};
	for (const file of files) {
		if (!file.path.startsWith('content/chapters/')) continue;
		const parts = splitFrontMatter(file.text);
		if (!parts) continue;
		const slug = slugFromPath(file.path);
		readMinutes[slug] = readingMinutes(plainText(parts.body).length);
		sections[slug] = sectionsOf(parts.body);
	}
	const topicSections: Record<string, Section> = {};
	for (const topic of topics) {
		const section = sectionForTopic(topic.name, sections[topic.chapter] ?? []);
		if (section) topicSections[topic.id] = section;
	}
	return { readMinutes, topicSections };
}
