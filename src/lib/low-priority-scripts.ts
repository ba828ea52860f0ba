/**
 * Every page is prerendered and readable before its JavaScript runs (issue 18). SvelteKit
 * preloads the start-up chunks with `<link rel="modulepreload">`, which Chromium fetches at high
 * priority, alongside the page's CSS; on a slow phone connection they share its bandwidth, and
 * Lighthouse counts every high-priority script that arrives before the first paint as
 * render-blocking. Marked `fetchpriority="low"`, they are still fetched at once, behind the CSS.
 */
export function lowPriorityScripts(html: string): string {
	return html.replace(/(<link href="[^"]+" rel="modulepreload")>/g, '$1 fetchpriority="low">');
}
