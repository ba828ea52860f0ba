/** Vite plugin: the build fails when content/ does not validate, naming file and field. */
import type { Plugin } from 'vite';
import { readContentFiles } from './content-files';
import { validateContent } from '../src/lib/content/validate';

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
