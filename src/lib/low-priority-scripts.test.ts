import { describe, expect, it } from 'vitest';
import { lowPriorityScripts } from './low-priority-scripts';

describe('lowPriorityScripts', () => {
	it('marks every module preload low priority and leaves stylesheets alone', () => {
		const head = `<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="../_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="../_app/immutable/assets/0.css" rel="stylesheet">`;
		expect(lowPriorityScripts(head))
			.toBe(`<link href="../_app/immutable/entry/start.A.js" rel="modulepreload" fetchpriority="low">
		<link href="../_app/immutable/chunks/B.js" rel="modulepreload" fetchpriority="low">
		<link href="../_app/immutable/assets/0.css" rel="stylesheet">`);
	});

	it('does not touch the text of a page', () => {
		const text = '<p>SvelteKit 用 rel="modulepreload"> 预加载脚本</p>';
		expect(lowPriorityScripts(text)).toBe(text);
	});
});
