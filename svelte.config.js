import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * CSP sources for the inline scripts written by hand in src/app.html (the theme set before first
 * paint). SvelteKit hashes only the start-up script it writes itself, so these are hashed here,
 * from the file, and an edit to the script can never leave it blocked.
 * @returns {`sha256-${string}`[]}
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) =>
			/** @type {`sha256-${string}`} */ (
				`sha256-${createHash('sha256').update(body).digest('base64')}`
			)
	);
}

/**
 * Content-Security-Policy, written into every prerendered page as a <meta> tag ('hash' mode:
 * the pages are static files, so there is no server to hand out nonces).
 * @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>}
 */
const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		// Our own files plus the hashes of the inline start-up scripts (SvelteKit adds its own).
		// No 'unsafe-eval': zod runs jitless (src/hooks.client.ts) and nothing else needs eval.
		'script-src': ['self', ...appHtmlScriptHashes()],
		// 'unsafe-inline' for styles only, because the pages depend on inline style attributes:
		// KaTeX's formula HTML positions every glyph with style="…", and Svelte writes style
		// attributes (style:, bar widths, chart positions) and <style> elements for transitions.
		// Styles cannot run code; scripts stay locked down.
		'style-src': ['self', 'unsafe-inline'],
		// Chart exports draw through data: and blob: URLs; Markdown images from other hosts are
		// never fetched (src/lib/markdown.ts shows them as links).
		'img-src': ['self', 'data:', 'blob:'],
		// Vite inlines small font files (KaTeX's) into the CSS as data: URLs.
		'font-src': ['self', 'data:'],
		'connect-src': ['self'],
		// The labs' Web Workers and the offline service worker are our own files.
		'worker-src': ['self', 'blob:'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/**
 * adapter-static, then `build/offline-size.json`: how many files and bytes 「离线下载全部内容」
 * on 我的 fetches (everything but the on-demand data samples, *.gz), so the page can say how
 * much it costs before the learner agrees.
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withOfflineSize(inner) {
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			/** @param {string} dir @returns {number[]} */
			const sizes = (dir) =>
				readdirSync(dir).flatMap((name) => {
					const full = join(dir, name);
					const stat = statSync(full);
					if (stat.isDirectory()) return sizes(full);
					return name.endsWith('.gz') || name === 'service-worker.js' ? [] : [stat.size];
				});
			const all = sizes('build');
			const size = { files: all.length, bytes: all.reduce((sum, bytes) => sum + bytes, 0) };
			const json = JSON.stringify(size);
			writeFileSync(join('build', 'offline-size.json'), json);
			// `vite preview` (npm start, the e2e tests) serves SvelteKit's client output, not build/.
			writeFileSync(join(builder.getClientDirectory(), 'offline-size.json'), json);
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
		adapter: withOfflineSize(adapter({ pages: 'build', assets: 'build', strict: true })),
		// BASE_PATH lets the build live under a sub-folder, e.g. BASE_PATH=/crm npm run build.
		paths: {
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: true
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// src/routes/UpdatePrompt.svelte registers the offline worker once the page is idle.
		serviceWorker: { register: false },
		// Each page's small stylesheets go into its <head>: one request fewer apiece before the
		// first paint, which on a phone's round trips outweighs the few KB they add to the HTML.
		inlineStyleThreshold: 20000,
		csp
	}
};

export default config;
