/**
 * The chapter and case titles the labs' 「这个实验说明了什么」 panels link to. The lab layout's
 * server load reads them at prerender time: importing ./index.ts in the browser for a few titles
 * would add every chapter's and case's metadata (about 50 KB gzip) to each lab's download.
 *
 *   setContentTitlesContext(() => data.contentTitles);
 */
import { getContext, setContext } from 'svelte';

export interface ContentTitles {
	chapters: Record<string, { number: number; title: string }>;
	cases: Record<string, string>;
}

const key = Symbol('content-titles');

export function setContentTitlesContext(titles: () => ContentTitles): void {
	setContext(key, titles);
}

/** The titles set by the enclosing layout (none outside one). */
export function useContentTitles(): () => ContentTitles {
	return getContext<(() => ContentTitles) | undefined>(key) ?? (() => ({ chapters: {}, cases: {} }));
}
