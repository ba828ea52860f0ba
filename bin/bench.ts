/**
 * `npm run bench`: performance figures. Each file in bin/bench/ exports `bench()` which prints
 * its own section; they run in file-name order so the output reads the same every time.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv[2];
for (const name of readdirSync(folder)
	.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
	.sort()) {
	if (only && !name.includes(only)) continue;
	const { bench } = (await import(join(folder, name))) as { bench: () => Promise<void> };
	await bench();
}
