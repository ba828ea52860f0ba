/**
 * Imported first by workers that validate with zod: as on the page (src/hooks.client.ts), no
 * validators compiled with `new Function`, which a Content-Security-Policy without
 * 'unsafe-eval' forbids. It must run before any schema is built, hence a module of its own.
 */
import { makeZodJitless } from './zod-settings';

makeZodJitless();
