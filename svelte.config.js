import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** Course text lives in content/*.md and compiles to Svelte components through mdsvex. */
const markdown = mdsvex({ extensions: ['.md'] });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), markdown],
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// BASE_PATH lets the build live under a sub-folder, e.g. BASE_PATH=/crm npm run build.
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
