/**
 * The course in brief — chapter numbers and titles, topic names — for pages that name chapters
 * and topics but show none of their content. Server loads send these instead of the pages
 * importing the whole content map (./index.ts) into the browser. Pages import only the types.
 */
import { chapters, topics } from './index';

export interface ChapterBrief {
	slug: string;
	/** 1-based position in the course. */
	number: number;
	title: string;
}

export interface TopicBrief {
	id: string;
	name: string;
}

export const chapterBriefs = (): ChapterBrief[] =>
	chapters.map(({ slug, number, title }) => ({ slug, number, title }));

export const topicBriefs = (): TopicBrief[] => topics.map(({ id, name }) => ({ id, name }));
