import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMITS, markdownLimitProblem, markdownToHtml, nestingDepth } from './markdown';

const html = (text: string) => {
	const result = markdownToHtml(text);
	if (!('html' in result)) throw new Error(`expected HTML, got: ${result.problem}`);
	return result.html;
};
const problem = (text: string) => {
	const result = markdownToHtml(text);
	if (!('problem' in result)) throw new Error('expected a problem, got HTML');
	return result.problem;
};

describe('markdownToHtml', () => {
	it('lays out ordinary Markdown', () => {
		expect(html('**忠诚**\n- 行为\n- 态度')).toBe(
			'<p><strong>忠诚</strong></p>\n<ul>\n<li>行为</li>\n<li>态度</li>\n</ul>\n'
		);
	});

	it('shows raw HTML as text', () => {
		expect(html('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('turns an image from another host into a link reading 外部图片, never an <img>', () => {
		const out = html('看 ![像素](https://tracker.example/p.png?u=1&v=2) 这里');
		expect(out).not.toContain('<img');
		expect(out).toBe(
			'<p>看 <a href="https://tracker.example/p.png?u=1&amp;v=2" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer" class="external-image" title="像素">外部图片：https://tracker.example/p.png?u=1&amp;v=2</a> 这里</p>\n'
		);
	});

	it.each([
		[
			'a protocol-relative URL',
			'![](//tracker.example/p.gif)',
			'外部图片：//tracker.example/p.gif'
		],
		['a same-site path', '![](/favicon.svg)', '外部图片：/favicon.svg'],
		[
			'a reference-style image',
			'![x][t]\n\n[t]: http://t.example/a.png',
			'外部图片：http://t.example/a.png'
		],
		['an SVG data URL', '![](data:image/svg+xml;base64,PHN2Zz4=)', '外部图片：data:image/svg+xml']
	])('does not show %s as an image', (_, text, label) => {
		const out = html(text);
		expect(out).not.toContain('<img');
		expect(out).toContain(label);
	});

	it('shows an image embedded in the text (a data: PNG), which requests nothing', () => {
		expect(html('![点](data:image/png;base64,iVBORw0KGgo=)')).toBe(
			'<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="点"></p>\n'
		);
	});

	it('refuses 2,500 nested quotes with the reason, instead of overflowing the stack', () => {
		expect(problem(`${'>'.repeat(2_500)} 很深`)).toBe(
			'这段内容的引用（>）或列表嵌套约 2,500 层，超过排版上限 100 层，下面按原文显示。'
		);
	});

	it('refuses a 1,000-level nested list written on one line', () => {
		expect(problem(`${'- '.repeat(1_000)}底`)).toContain('嵌套约 1,000 层');
	});

	it('refuses a 150-level list nested by indentation', () => {
		const list = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- 第 ${i + 1} 层`);
		expect(problem(list.join('\n'))).toContain('嵌套约 150 层');
	});

	it('lays out 100 nested quotes, the stated limit', () => {
		expect(html(`${'>'.repeat(100)} 一百层`).match(/<blockquote>/g)).toHaveLength(100);
	});

	it('refuses text over 200,000 characters and says how long it is', () => {
		expect(problem('字'.repeat(MARKDOWN_LIMITS.characters + 1))).toBe(
			'这段内容有 200,001 个字符，超过排版上限 200,000 个字符，下面按原文显示。'
		);
		expect(html('字'.repeat(MARKDOWN_LIMITS.characters))).toContain('<p>');
	});
});

describe('nestingDepth', () => {
	it.each([
		['plain text', '客户价值', 0],
		['a quote', '> 引用', 1],
		['quotes with spaces between', '> > > 三层', 3],
		['a list item', '- 一', 1],
		['an ordered item', '12. 十二', 1],
		['a list nested by indentation', '- a\n  - b\n    - c', 3],
		['a list in a quote', '> - a\n>   - b', 3],
		['tabs as four columns', '\t\t- b', 5],
		['an indented line without a marker', `${' '.repeat(400)}代码`, 0],
		['emphasis, not a list', '*强调*', 0],
		['a number, not a list', '2024年', 0],
		['CR-only line ends', '> a\r>> b\r>>> c', 3]
	])('counts %s', (_, text, depth) => {
		expect(nestingDepth(text)).toBe(depth);
	});
});

describe('markdownLimitProblem', () => {
	it('passes an ordinary note', () => {
		expect(markdownLimitProblem('# 笔记\n\n> 引用\n\n- 要点')).toBeNull();
	});
});
