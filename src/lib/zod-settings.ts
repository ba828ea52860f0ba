/**
 * Turns zod's JIT off before zod is loaded, without loading it. The page's Content-Security-Policy
 * forbids eval (svelte.config.js); zod 4 otherwise compiles object validators with `new Function`,
 * and even its probe for eval support is reported as a violation. Zod keeps its settings in one
 * object on globalThis (so that every copy of zod on a page shares them) and adopts an object it
 * finds there, so setting it here keeps zod itself out of every page's first download; zod-settings
 * .test.ts checks that zod still reads its settings from there.
 */
const ZOD_SETTINGS = '__zod_globalConfig';

export function makeZodJitless(): void {
	const global = globalThis as unknown as Record<typeof ZOD_SETTINGS, { jitless?: boolean }>;
	global[ZOD_SETTINGS] ??= {};
	global[ZOD_SETTINGS].jitless = true;
}
