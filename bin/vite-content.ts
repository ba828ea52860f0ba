/** Vite plugins for content/: build-time validation and front matter as plain data modules. */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';
import { readContentFiles } from '../src/lib/content/read-files.server.ts';
import { splitFrontMatter, validateContent } from '../src/lib/content/validate.ts';

/** The build fails when content/ does not validate, naming file and field. */
export function contentCheckPlugin(): Plugin {
	return {
		name: 'crm-content-check',
		apply: 'build',
		buildStart() {
			const { problems } = validateContent(readContentFiles(process.cwd()));
			if (problems.length) {
				const lines = problems.map(
					(p) => `${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`
				);
				this.error(`内容校验失败：\n${lines.join('\n')}`);
			}
		}
	};
}

/**
 * `import meta from './x.md?meta'` gives only the front matter, so list pages can show every
 * chapter's title without bundling every chapter's compiled body.
 */
export function frontMatterPlugin(): Plugin {
	// A virtual id that does not end in .md, so the Svelte plugin leaves it alone.
	const prefix = '\0front-matter:';
	const suffix = '.meta.js';
	return {
		name: 'crm-front-matter',
		enforce: 'pre',
		async resolveId(source, importer) {
			const [path, query] = source.split('?');
			if (!path.endsWith('.md') || !query?.split('&').includes('meta')) return;
			const resolved = await this.resolve(path, importer, { skipSelf: true });
			return resolved ? `${prefix}${resolved.id}${suffix}` : undefined;
		},
		load(id) {
			if (!id.startsWith(prefix)) return;
			const file = id.slice(prefix.length, -suffix.length);
			this.addWatchFile(file);
			const parts = splitFrontMatter(readFileSync(file, 'utf8'));
			return `export default ${JSON.stringify(parts ? parseYaml(parts.data) : {})};`;
		}
	};
}
