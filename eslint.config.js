import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * src/lib/db is the only door to storage: elsewhere nothing imports Dexie or the database handle,
 * and no code reaches into a `db` parameter (live() queries call named functions).
 */
const storageDoorImports = {
	paths: [{ name: 'dexie', message: '只有 src/lib/db 使用 Dexie：请调用那里的命名函数。' }],
	patterns: [
		{
			group: ['**/db/database', '$lib/db/database'],
			message: '数据库句柄只在 src/lib/db 中使用：请在那里加一个命名函数。'
		}
	]
};
const storageDoor = {
	files: ['src/**/*.ts', 'src/**/*.svelte'],
	ignores: ['src/lib/db/**'],
	rules: {
		'no-restricted-imports': ['error', storageDoorImports],
		'no-restricted-syntax': [
			'error',
			{
				selector: "MemberExpression[object.name='db']",
				message: '表只在 src/lib/db 中读写：请在那里加一个命名函数。'
			}
		]
	}
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	storageDoor,
	{
		// practice/ and teach/ hold the logic that src/lib/db builds on, so they never import it back.
		files: ['src/lib/practice/**', 'src/lib/teach/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					...storageDoorImports,
					patterns: [
						{ group: ['$lib/db/*', '**/db/*'], message: '存储层建在这一层之上，不能反向引用。' }
					]
				}
			]
		}
	},
	{
		ignores: [
			'.scratch/',
			// Local before/after screenshots and their scripts (git-ignored).
			'.shots/',
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'content/'
		]
	}
);
