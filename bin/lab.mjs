/**
 * `npm run lab -- …`: runs the plain-JavaScript bundle of bin/lab.ts that `npm run build` writes to
 * dist/lab/ while it is current, otherwise bin/lab.ts itself through tsx. Compiling the TypeScript
 * on each run cost more CPU than fitting 50,000 customers; the fallback keeps a fresh clone (no
 * build yet) and edited sources working, and a run never writes into the checkout.
 */
import { bundleFolder, bundleIsCurrent } from './lab-bundle.mjs';

const root = new URL('../', import.meta.url);
if (bundleIsCurrent(root)) {
	await import(new URL('lab.mjs', bundleFolder(root)).href);
} else {
	const { register } = await import('tsx/esm/api');
	register();
	await import('./lab.ts');
}
