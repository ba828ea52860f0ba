/**
 * Makes every table in `body` reachable by Tab, so a table wider than a phone's screen (it
 * scrolls sideways) can be scrolled with the arrow keys (WCAG scrollable-region-focusable).
 */
export function focusableTables(body: HTMLElement): void {
	for (const table of body.querySelectorAll('table')) table.tabIndex = 0;
}
