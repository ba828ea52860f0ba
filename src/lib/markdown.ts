/**
 * Markdown that learners write (notes, answers), rendered to HTML. Raw HTML in the text is shown
 * as text, not interpreted, and DOMPurify removes anything executable that Markdown itself could
 * produce (e.g. javascript: links). Browser only: DOMPurify needs a DOM.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const userMarkdown = new Marked({
	gfm: true,
	breaks: true,
	renderer: {
		html: ({ text }) => escapeHtml(text)
	}
});

export function renderUserMarkdown(text: string): string {
	const html = userMarkdown.parse(text, { async: false });
	return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
