/**
 * Runs while pages are prerendered at build time (the site has no server at run time).
 */
import type { Handle } from '@sveltejs/kit';
import { deferStartUp } from '$lib/deferred-start';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html, done }) => (done ? deferStartUp(html) : html) });
