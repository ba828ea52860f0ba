/**
 * `npm run content:originality`: lists every run of 20 or more characters (spaces and punctuation
 * ignored) that content/ or the site's own copy in src/ shares with the source material in
 * ../shared/seeds/. Seed 004 is in Traditional Chinese and is compared after conversion to
 * Simplified. Phrases in content/originality-allow.yaml (proper names, fixed term lists) are
 * allowed. Ends with `originality: shared-runs=N files=N`; exits 1 when any run is found.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse as parseYaml } from 'yaml';
import { sharedRuns, windowsOf } from './originality';

const RUN_LENGTH = 20;
const root = process.cwd();
const seedsDir = join(root, '..', 'shared', 'seeds');

if (!existsSync(seedsDir)) {
	console.log(`跳过：找不到原始资料目录 ${seedsDir}（只在有 ../shared/ 的检出中运行）`);
	console.log('originality: skipped');
	process.exit(0);
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const seeds = readdirSync(seedsDir)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => toSimplified(readFileSync(join(seedsDir, name), 'utf8')));
const windows = windowsOf(seeds, RUN_LENGTH);

const allowFile = join(root, 'content', 'originality-allow.yaml');
const allowed: string[] = existsSync(allowFile)
	? (parseYaml(readFileSync(allowFile, 'utf8')) as { phrase: string }[]).map((a) => a.phrase)
	: [];

function filesUnder(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) return filesUnder(full, pattern);
			return pattern.test(name) && !name.endsWith('.test.ts') ? [full] : [];
		});
}

const checked = [
	...filesUnder(join(root, 'content'), /\.(md|ya?ml)$/),
	...filesUnder(join(root, 'src'), /\.(svelte|ts)$/)
];
let runCount = 0;
const filesWithRuns = new Set<string>();
for (const file of checked) {
	const path = relative(root, file);
	for (const run of sharedRuns(readFileSync(file, 'utf8'), windows, RUN_LENGTH, allowed)) {
		runCount++;
		filesWithRuns.add(path);
		console.error(`${path}:${run.line}: 与原始资料相同的 ${run.text.length} 字：${run.text}`);
	}
}
console.log(`originality: shared-runs=${runCount} files=${filesWithRuns.size}`);
process.exit(runCount ? 1 : 0);
