/**
 * Every prerendered page starts its JavaScript only after the browser has painted it (issue 18).
 *
 * SvelteKit writes `<link rel="modulepreload">` for every start-up chunk into the head and an
 * inline script that imports them at the end of the body. Fetched before the first paint, those
 * scripts compete with the page's CSS for a phone's bandwidth, and Lighthouse counts every
 * script that arrives before the first paint as render-blocking. So the build takes both out of
 * the way: the preload list moves onto the start-up script, whose type becomes inert, and a small
 * script of our own in src/app.html re-inserts the preloads and runs the unchanged start-up script
 * once the first frame is on screen. Its text is untouched, so the CSP hash SvelteKit computed
 * for it still holds.
 */

/** The type that keeps the start-up script from running until src/app.html starts it. */
export const DEFERRED_START_TYPE = 'text/x-deferred-start';

const MODULE_PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
/** SvelteKit's start-up script opens a block that sets its `__sveltekit_…` global. */
const START_UP_SCRIPT = /<script>(?=\s*\{\s*__sveltekit_\w+\s*=)/;

/** The page with its start-up deferred; a page without SvelteKit's start-up script is unchanged. */
export function deferStartUp(html: string): string {
	if (!START_UP_SCRIPT.test(html)) return html;
	const modules: string[] = [];
	const withoutPreloads = html.replace(MODULE_PRELOAD, (_, href: string) => {
		modules.push(href);
		return '';
	});
	return withoutPreloads.replace(
		START_UP_SCRIPT,
		`<script type="${DEFERRED_START_TYPE}" data-modules="${modules.join(' ')}">`
	);
}
