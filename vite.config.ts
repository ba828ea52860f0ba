import { sveltekit } from '@sveltejs/kit/vite';
import yaml from '@rollup/plugin-yaml';
import { defineConfig } from 'vitest/config';
import { contentCheckPlugin, frontMatterPlugin } from './bin/vite-content.ts';

export default defineConfig({
	plugins: [contentCheckPlugin(), frontMatterPlugin(), yaml(), sveltekit()],
	// data/: the shipped public data sets, loaded by the labs as assets (src/lib/samples).
	server: { fs: { allow: ['content', 'data'] } },
	build: {
		rolldownOptions: {
			output: {
				// Svelte's and SvelteKit's runtimes as one file each: split by which pages use which
				// part, they came as a dozen files under 1 KB, and on a phone every file is a round trip.
				codeSplitting: {
					groups: [
						{ name: 'svelte', test: /node_modules[\\/](svelte|esm-env|clsx)[\\/]/ },
						{ name: 'kit', test: /node_modules[\\/]@sveltejs[\\/]kit[\\/]/ }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts']
	}
});
