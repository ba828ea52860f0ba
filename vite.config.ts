import { sveltekit } from '@sveltejs/kit/vite';
import yaml from '@rollup/plugin-yaml';
import { defineConfig } from 'vitest/config';
import { contentCheckPlugin, frontMatterPlugin } from './bin/vite-content.ts';

export default defineConfig({
	plugins: [contentCheckPlugin(), frontMatterPlugin(), yaml(), sveltekit()],
	// data/: the shipped public data sets, loaded by the labs as assets (src/lib/samples).
	server: { fs: { allow: ['content', 'data'] } },
	test: {
		include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts']
	}
});
