/**
 * `npm run build` (after vite build): bin/lab.ts and everything it imports bundled into plain
 * JavaScript in dist/lab/, so `npm run lab` starts without compiling TypeScript. bin/lab.mjs runs
 * the bundle while it is newer than all of its inputs (listed in dist/lab/inputs.json), and falls
 * back to tsx otherwise. esbuild comes with tsx and vite, which both depend on it.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleFolder } from './lab-bundle.mjs';

const rootUrl = new URL('..', import.meta.url);
const root = fileURLToPath(rootUrl);
const outdir = fileURLToPath(bundleFolder(rootUrl));
rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
	absWorkingDir: root,
	entryPoints: { lab: 'bin/lab.ts' },
	outdir,
	bundle: true,
	// Each command is its own chunk, loaded only when it runs, as the dynamic imports in lab.ts ask.
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	outExtension: { '.js': '.mjs' },
	// CommonJS dependencies (papaparse, @stdlib) call require() for Node's modules.
	banner: {
		js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
	},
	metafile: true,
	logLevel: 'warning'
});
writeFileSync(`${outdir}inputs.json`, JSON.stringify(Object.keys(metafile.inputs), null, '\t'));
