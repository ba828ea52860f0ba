import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleIsCurrent } from './lab-bundle.mjs';

/** A checkout with a built bundle from one source file, every file dated `builtAt`. */
function checkout(builtAt: Date) {
	const root = mkdtempSync(join(tmpdir(), 'crm-lab-bundle-'));
	mkdirSync(join(root, 'dist/lab'), { recursive: true });
	mkdirSync(join(root, 'bin'));
	mkdirSync(join(root, 'node_modules'));
	const files = {
		bundle: join(root, 'dist/lab/lab.mjs'),
		inputs: join(root, 'dist/lab/inputs.json'),
		source: join(root, 'bin/lab.ts'),
		install: join(root, 'node_modules/.package-lock.json')
	};
	writeFileSync(files.bundle, '');
	writeFileSync(files.inputs, JSON.stringify(['bin/lab.ts']));
	writeFileSync(files.source, '');
	writeFileSync(files.install, '{}');
	for (const path of Object.values(files)) utimesSync(path, builtAt, builtAt);
	return { url: pathToFileURL(`${root}/`), files };
}

const later = (date: Date) => new Date(date.getTime() + 60_000);

describe('bundleIsCurrent', () => {
	const builtAt = new Date('2026-12-01T10:00:00Z');

	it('runs the bundle when nothing is newer than it', () => {
		expect(bundleIsCurrent(checkout(builtAt).url)).toBe(true);
	});

	it.each([
		['a source file was edited after the build', 'source'],
		['npm installed packages after the build', 'install']
	] as const)('falls back to tsx when %s', (_, file) => {
		const { url, files } = checkout(builtAt);
		utimesSync(files[file], later(builtAt), later(builtAt));
		expect(bundleIsCurrent(url)).toBe(false);
	});

	it('falls back to tsx in a fresh clone with no bundle', () => {
		const root = mkdtempSync(join(tmpdir(), 'crm-lab-bundle-'));
		expect(bundleIsCurrent(pathToFileURL(`${root}/`))).toBe(false);
	});
});

describe('npm run lab', () => {
	it('prints the sBG fit through the launcher, bundle or not', () => {
		const output = execFileSync(
			process.execPath,
			['bin/lab.mjs', 'clv', 'sbg', '--survivors', '1000,631,468,382,326,289,262,241'],
			{ encoding: 'utf8' }
		);
		expect(JSON.parse(output)).toMatchObject({ alpha: expect.closeTo(0.704, 3) });
	});
});
