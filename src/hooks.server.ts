/**
 * Runs while pages are prerendered at build time (the site has no server at run time).
 */
import type { Handle } from '@sveltejs/kit';
import { lowPriorityScripts } from '$lib/low-priority-scripts';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => lowPriorityScripts(html) });
