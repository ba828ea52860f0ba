/**
 * Shows user Markdown without ever stalling the page: the limits are checked here (one cheap
 * pass), the layout happens in a worker (src/lib/markdown.worker.ts) that is stopped when it
 * takes too long, and the HTML is sanitised with DOMPurify before anyone shows it. Browser only.
 */
import DOMPurify from 'dompurify';
import { markdownLimitProblem, type MarkdownResult } from './markdown';

export interface MarkdownRequest {
	id: number;
	text: string;
}

export interface MarkdownResponse {
	id: number;
	result: MarkdownResult;
}

/** Beyond this a layout is given up and the raw text shown: a normal note takes milliseconds. */
export const LAYOUT_TIMEOUT_MS = 8_000;

/** Recent results by text: answers and notes are shown again and again as pages change. */
const cache = new Map<string, MarkdownResult>();
const CACHE_SIZE = 30;

let worker: Worker | null = null;
let nextId = 1;
/** One layout at a time, so the timeout measures this text and stopping the worker only stops it. */
let queue: Promise<unknown> = Promise.resolve();

function sanitize(result: MarkdownResult): MarkdownResult {
	if (!('html' in result)) return result;
	return { html: DOMPurify.sanitize(result.html, { USE_PROFILES: { html: true } }) };
}

function layOut(text: string): Promise<MarkdownResult> {
	const current = (worker ??= new Worker(new URL('./markdown.worker.ts', import.meta.url), {
		type: 'module'
	}));
	const id = nextId++;
	return new Promise<MarkdownResult>((resolve) => {
		const finish = (result: MarkdownResult) => {
			clearTimeout(timer);
			current.removeEventListener('message', onMessage);
			current.removeEventListener('error', onError);
			resolve(result);
		};
		const stop = (problem: string) => {
			// A worker stuck in marked (or out of memory) cannot be interrupted, only replaced.
			current.terminate();
			if (worker === current) worker = null;
			finish({ problem });
		};
		const onMessage = (event: MessageEvent<MarkdownResponse>) => {
			if (event.data.id === id) finish(event.data.result);
		};
		const onError = () => stop('这段内容无法排版，下面按原文显示。');
		const timer = setTimeout(
			() => stop(`这段内容排版超过 ${LAYOUT_TIMEOUT_MS / 1000} 秒，已停止，下面按原文显示。`),
			LAYOUT_TIMEOUT_MS
		);
		current.addEventListener('message', onMessage);
		current.addEventListener('error', onError);
		current.postMessage({ id, text } satisfies MarkdownRequest);
	});
}

/**
 * The text as sanitised HTML, or the reason to show it raw. Never rejects, and never blocks the
 * page for longer than one pass over the text plus DOMPurify on the finished HTML.
 */
export async function renderMarkdown(text: string): Promise<MarkdownResult> {
	const cached = cache.get(text);
	if (cached) return cached;
	const problem = markdownLimitProblem(text);
	if (problem) return { problem };
	const laidOut = queue.then(() => layOut(text));
	queue = laidOut.catch(() => undefined);
	let result: MarkdownResult;
	try {
		result = sanitize(await laidOut);
	} catch {
		result = { problem: '这段内容无法排版，下面按原文显示。' };
	}
	cache.set(text, result);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	return result;
}
