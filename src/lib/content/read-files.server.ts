/** Reads every file under content/ for validation (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from './validate';

export function readContentFiles(root: string): ContentFile[] {
	const files: ContentFile[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (/\.(md|ya?ml)$/.test(name) && name !== 'README.md') {
				files.push({
					path: relative(root, full).split('\\').join('/'),
					text: readFileSync(full, 'utf8')
				});
			}
		}
	};
	walk(join(root, 'content'));
	return files;
}
