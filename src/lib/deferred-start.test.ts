import { describe, expect, it } from 'vitest';
import { DEFERRED_START_TYPE, deferStartUp } from './deferred-start';

/** The shape SvelteKit 2 prerenders: preloads in the head, the start-up script in the body. */
const page = `<head>
		<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="../_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="../_app/immutable/assets/0.css" rel="stylesheet">
	</head>
	<body><div style="display: contents"><main>正文</main>
			<script>
				{
					__sveltekit_6l8ans = { base: "" };
					const element = document.currentScript.parentElement;
				}
			</script>
		</div></body>`;

describe('deferStartUp', () => {
	it('moves every module preload onto the start-up script and makes the script inert', () => {
		const html = deferStartUp(page);
		expect(html).not.toContain('modulepreload');
		expect(html).toContain(
			`<script type="${DEFERRED_START_TYPE}" data-modules="../_app/immutable/entry/start.A.js ../_app/immutable/chunks/B.js">`
		);
		expect(html).toContain('<link href="../_app/immutable/assets/0.css" rel="stylesheet">');
	});

	it('keeps the start-up script text byte for byte, so its CSP hash still matches', () => {
		const body = (html: string) => html.slice(html.indexOf('{'), html.indexOf('</script>'));
		expect(body(deferStartUp(page))).toBe(body(page));
	});

	it('leaves a page without SvelteKit start-up script alone, preloads included', () => {
		const plain = '<head><link href="a.js" rel="modulepreload"></head><script>let x = 1;</script>';
		expect(deferStartUp(plain)).toBe(plain);
	});
});
