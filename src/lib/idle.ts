/**
 * Code a page needs soon but not to show itself — the local database, the study plan — waits
 * here until the page is hydrated and the browser is then idle, so it never delays the first
 * paint or competes with hydration. (An idle callback alone is not enough: the browser is idle
 * between the start-up script's module fetches, long before the page is hydrated.)
 */
let markHydrated: () => void = () => undefined;
const hydrated = new Promise<void>((resolve) => (markHydrated = resolve));

/** Called once by the root layout when the page is hydrated. */
export function pageHydrated(): void {
	markHydrated();
}

/**
 * Resolves once the page is hydrated and the browser is idle (or `timeout` ms after hydration at
 * the latest). Where there is no idle callback (Node, a few browsers) it resolves at once.
 */
export async function whenIdle(timeout = 1000): Promise<void> {
	if (typeof requestIdleCallback !== 'function') return;
	await hydrated;
	await new Promise((resolve) => requestIdleCallback(resolve, { timeout }));
}

/**
 * Resolves just after the browser has painted the next frame: the prerendered page is on screen
 * before the start-up code hydrates it (hydration is one long task; run first, it holds back the
 * first paint of a page whose HTML is already complete). A hidden tab paints no frames, so it
 * resolves at once there, and after `timeout` ms at the latest.
 */
export function afterFirstPaint(timeout = 200): Promise<void> {
	if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden')
		return Promise.resolve();
	return new Promise((resolve) => {
		setTimeout(resolve, timeout);
		// A frame callback runs before that frame's paint; a task queued from it runs after it.
		requestAnimationFrame(() => setTimeout(resolve, 0));
	});
}
