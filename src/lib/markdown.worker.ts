/**
 * Lays out Markdown off the page's thread: marked is quadratic on some inputs (200 KB of `_a_a…`
 * takes minutes), and here that only costs this worker, which the page stops after a while.
 */
/// <reference lib="webworker" />
import { markdownToHtml } from './markdown';
import type { MarkdownRequest, MarkdownResponse } from './render-markdown';

self.onmessage = (event: MessageEvent<MarkdownRequest>) => {
	const { id, text } = event.data;
	const response: MarkdownResponse = { id, result: markdownToHtml(text) };
	self.postMessage(response);
};
