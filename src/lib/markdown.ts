/**
 * Markdown that learners write (notes, answers) and instructors write (their own cases), turned
 * into HTML. Pure and DOM-free, so it runs in a Web Worker (src/lib/markdown.worker.ts) and in
 * unit tests; the page sanitises the result with DOMPurify (src/lib/render-markdown.ts).
 *
 * What it guards against, beyond scripts:
 * - Raw HTML in the text is shown as text, not interpreted.
 * - Images are never fetched from another host (a tracking pixel would tell the host who read the
 *   note and when, in the teacher's gradebook too): an image with a URL becomes a link reading
 *   「外部图片：<url>」. Only images embedded in the text itself (`data:image/…`) are shown, since
 *   showing them requests nothing. Same-site URLs are treated like any other URL: a learner's
 *   note has no reason to point at the site's own files, and one rule is easier to trust.
 * - Text too long or nested too deep to lay out quickly is refused before marked sees it
 *   (`markdownLimitProblem`); about 2,500 nested `>` overflow marked's stack.
 */
import { Marked, type Tokens } from 'marked';

/**
 * Above these the raw text is shown instead. 200,000 characters is about 60 times a long case
 * answer; 100 levels of quotes or lists is far beyond any real note (marked needs ~1 s for a
 * 300-level list and overflows its stack at ~2,500 quote levels).
 */
export const MARKDOWN_LIMITS = { characters: 200_000, depth: 100 } as const;

const escapeHtml = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');

/** Images written into the text itself: showing them requests nothing from anyone. */
const EMBEDDED_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]*$/i;

/** The label of an image that is not fetched. */
export const externalImageLabel = (url: string) => `外部图片：${url}`;

function image(token: Tokens.Image): string {
	const alt = token.text;
	if (EMBEDDED_IMAGE.test(token.href)) {
		const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
		return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(alt)}"${title}>`;
	}
	const href = escapeHtml(token.href);
	const title = alt ? ` title="${escapeHtml(alt)}"` : '';
	return `<a href="${href}" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer" class="external-image"${title}>${escapeHtml(externalImageLabel(token.href))}</a>`;
}

const userMarkdown = new Marked({
	gfm: true,
	breaks: true,
	renderer: {
		html: ({ text }) => escapeHtml(text),
		image
	}
});

/**
 * How deeply the text nests block quotes and lists, counted line by line without parsing: each
 * `>` or list marker at the start of a line is a level, and so is every two columns of extra
 * indentation on a line that has a marker (how nested lists are usually written). It may count
 * a little more than marked would, never much less, and reads 1 MB in a few milliseconds.
 */
export function nestingDepth(text: string): number {
	let deepest = 0;
	let index = 0;
	const length = text.length;
	while (index < length) {
		let markers = 0;
		let indent = 0;
		let afterMarker = false;
		// Walk the line's leading run of whitespace and block markers.
		for (;;) {
			let columns = 0;
			while (index < length) {
				const char = text[index];
				if (char === ' ') columns += 1;
				else if (char === '\t') columns += 4;
				else break;
				index += 1;
			}
			// A marker is followed by one space; anything beyond that is indentation.
			indent += afterMarker ? Math.max(0, columns - 1) : columns;
			const char = text[index];
			if (char === '>') {
				index += 1;
			} else if (
				(char === '-' || char === '*' || char === '+') &&
				/[ \t\r\n]/.test(text[index + 1] ?? '\n')
			) {
				index += 1;
			} else if (char !== undefined && char >= '0' && char <= '9') {
				const ordered = /^\d{1,9}[.)](?=[ \t\r\n]|$)/.exec(text.slice(index, index + 11));
				if (!ordered) break;
				index += ordered[0].length;
			} else {
				break;
			}
			markers += 1;
			afterMarker = true;
		}
		if (markers > 0) deepest = Math.max(deepest, markers + Math.floor(indent / 2));
		// On to the next line.
		while (index < length && text[index] !== '\n' && text[index] !== '\r') index += 1;
		index += 1;
	}
	return deepest;
}

/**
 * Why the text will not be laid out (a sentence for the reader), or null when it may be. Cheap:
 * one pass over the text, safe to run on the page for every change.
 */
export function markdownLimitProblem(text: string): string | null {
	if (text.length > MARKDOWN_LIMITS.characters) {
		return `这段内容有 ${text.length.toLocaleString('zh-CN')} 个字符，超过排版上限 ${MARKDOWN_LIMITS.characters.toLocaleString('zh-CN')} 个字符，下面按原文显示。`;
	}
	const depth = nestingDepth(text);
	if (depth > MARKDOWN_LIMITS.depth) {
		return `这段内容的引用（>）或列表嵌套约 ${depth.toLocaleString('zh-CN')} 层，超过排版上限 ${MARKDOWN_LIMITS.depth} 层，下面按原文显示。`;
	}
	return null;
}

/** The outcome of laying out a text: HTML to show, or the reason to show the raw text instead. */
export type MarkdownResult = { html: string } | { problem: string };

/**
 * Lays the text out as HTML, unsanitised (run it through DOMPurify before showing it). Never
 * throws: a text over the limits, or one marked fails on, comes back as a problem to show.
 */
export function markdownToHtml(text: string): MarkdownResult {
	const problem = markdownLimitProblem(text);
	if (problem) return { problem };
	try {
		return { html: userMarkdown.parse(text, { async: false }) };
	} catch (error) {
		const detail = error instanceof RangeError ? '嵌套太深' : '格式无法识别';
		return { problem: `这段内容无法排版（${detail}），下面按原文显示。` };
	}
}
