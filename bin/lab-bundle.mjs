/**
 * Where `npm run build` puts the plain-JavaScript bundle of bin/lab.ts, and whether it is current.
 * Shared by the build (bin/build-cli.mjs) and the launcher (bin/lab.mjs).
 */
import { readFileSync, statSync } from 'node:fs';

/**
 * The bundle's folder under a checkout's root.
 * @param {URL} root the checkout, a file: URL ending in /
 */
export const bundleFolder = (root) => new URL('dist/lab/', root);

/**
 * The bundle exists and neither a file it was built from (as listed in inputs.json, paths from the
 * root) nor node_modules' install record is newer: an edit, a checkout or `npm ci` makes it stale.
 * @param {URL} root the checkout, a file: URL ending in /
 */
export function bundleIsCurrent(root) {
	try {
		const built = statSync(new URL('lab.mjs', bundleFolder(root))).mtimeMs;
		const inputs = JSON.parse(readFileSync(new URL('inputs.json', bundleFolder(root)), 'utf8'));
		return [...inputs, 'node_modules/.package-lock.json'].every(
			(path) => statSync(new URL(path, root)).mtimeMs <= built
		);
	} catch {
		return false;
	}
}
