import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { headingId } from './src/lib/content/slug.js';

/**
 * Gives every heading an id from its text, the same id the search index links to.
 * Walks the Markdown tree directly so it does not depend on mdsvex's unified version.
 */
function headingIds() {
	/** @typedef {{ type: string, value?: string, children?: MdNode[], data?: { hProperties?: Record<string, unknown> } }} MdNode */
	/** @param {MdNode} node @returns {string} */
	const textOf = (node) => node.value ?? (node.children ? node.children.map(textOf).join('') : '');
	/** @param {MdNode} node */
	const visit = (node) => {
		if (node.type === 'heading') {
			node.data = node.data ?? {};
			node.data.hProperties = { ...node.data.hProperties, id: headingId(textOf(node)) };
		}
		node.children?.forEach(visit);
	};
	return () => visit;
}

/** Components a chapter or case body may use without importing them. */
const contentComponents = {
	Term: '$lib/components/Term.svelte',
	Formula: '$lib/components/Formula.svelte'
};

/**
 * After mdsvex has turned content/*.md into Svelte, import the shared components the text uses,
 * so authors write <Term id="…"> without a script block.
 */
/** @returns {import('svelte/compiler').PreprocessorGroup} */
function importContentComponents() {
	return {
		name: 'content-components',
		markup({ content, filename }) {
			if (!filename?.endsWith('.md')) return;
			const used = Object.entries(contentComponents).filter(([name]) =>
				content.includes(`<${name}`)
			);
			if (!used.length) return;
			const imports = used.map(([name, path]) => `import ${name} from '${path}';`).join('\n');
			const instanceScript = /<script(?![^>]*(context|module))[^>]*>/;
			const code = instanceScript.test(content)
				? content.replace(instanceScript, (tag) => `${tag}\n${imports}`)
				: `<script>\n${imports}\n</script>\n${content}`;
			return { code };
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		mdsvex({ extensions: ['.md'], remarkPlugins: [headingIds()] }),
		importContentComponents(),
		vitePreprocess()
	],
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// BASE_PATH lets the build live under a sub-folder, e.g. BASE_PATH=/crm npm run build.
		paths: {
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: true
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
