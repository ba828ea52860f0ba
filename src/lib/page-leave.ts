/**
 * Calls `save` when the learner leaves the page: the tab is hidden (another app, a locked phone,
 * a closed tab on mobile, where pagehide may never come) or the page is unloaded. Returns the
 * function that stops listening.
 */
export function onPageLeave(save: () => void): () => void {
	const onhide = () => {
		if (document.visibilityState === 'hidden') save();
	};
	document.addEventListener('visibilitychange', onhide);
	window.addEventListener('pagehide', save);
	return () => {
		document.removeEventListener('visibilitychange', onhide);
		window.removeEventListener('pagehide', save);
	};
}
