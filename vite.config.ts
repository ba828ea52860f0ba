import { sveltekit } from '@sveltejs/kit/vite';
import yaml from '@rollup/plugin-yaml';
import { defineConfig } from 'vite';
import { contentCheckPlugin } from './bin/content-check-plugin';

export default defineConfig({
	plugins: [contentCheckPlugin(), yaml(), sveltekit()],
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts']
	}
});
