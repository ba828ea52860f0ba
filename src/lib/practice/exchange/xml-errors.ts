/**
 * fast-xml-parser's validation errors in Chinese, with the line they are on. The messages are the
 * validator's own (src/validator.js in fast-xml-parser 5); one it does not know is shown as is.
 */
import type { ImportProblem } from './shared';

export interface XmlError {
	code: string;
	msg: string;
	line: number;
	col?: number;
}

const RULES: [RegExp, (...groups: string[]) => string][] = [
	[/^Unclosed tag '(.+)'\.$/, (tag) => `标签 <${tag}> 没有结束标签 </${tag}>`],
	[
		/^Expected closing tag '(.+)' \(opened in line (\d+), col \d+\) instead of closing tag '(.+)'\.$/,
		(open, line, close) => `这里应是第 ${line} 行 <${open}> 的结束标签 </${open}>，却是 </${close}>`
	],
	[
		/^Closing tag '(.+)' has not been opened\.$/,
		(tag) => `结束标签 </${tag}> 前面没有对应的 <${tag}>`
	],
	[/^Closing tag '(.+)' doesn't have proper closing\.$/, (tag) => `结束标签 </${tag}> 缺少 >`],
	[
		/^Closing tag '(.+)' can't have attributes or invalid starting\.$/,
		(tag) => `结束标签 </${tag}> 不能带属性`
	],
	[/^Tag '(.+)' is an invalid name\.$/, (tag) => `「${tag}」不是有效的标签名`],
	[/^Invalid space after '<'\.$/, () => '< 后面不能紧跟空格（文字中的 < 要写成 &lt;）'],
	[/^Attributes for '(.+)' have open quote\.$/, (tag) => `<${tag}> 的属性值缺少结尾的引号`],
	[/^Attribute '(.+)' has no space in starting\.$/, (name) => `属性 ${name} 前面缺少空格`],
	[/^Attribute '(.+)' is without value\.$/, (name) => `属性 ${name} 没有值（应写成 ${name}="…"）`],
	[
		/^boolean attribute '(.+)' is not allowed\.$/,
		(name) => `属性 ${name} 没有值（应写成 ${name}="…"）`
	],
	[/^Attribute '(.+)' is an invalid name\.$/, (name) => `「${name}」不是有效的属性名`],
	[/^Attribute '(.+)' is repeated\.$/, (name) => `属性 ${name} 重复出现`],
	[/^char '&' is not expected\.$/, () => '文字中的 & 要写成 &amp;（或放进 <![CDATA[ … ]]>）'],
	[/^char '(.+)' is not expected\.$/, (char) => `这里不应出现字符「${char}」`],
	[
		/^Multiple possible root nodes found\.$/,
		() => '文件有不止一个根元素（Moodle XML 只有一个 <quiz>）'
	],
	[/^Extra text at the end$/, () => '根元素结束后还有多余的文字'],
	[/^Start tag expected\.$/, () => '文件里没有任何 XML 标签'],
	[
		/^Invalid '\[(.*)\]' found\.$/,
		(tags) => `这些标签没有结束：${tags.replace(/"/g, '').replace(/\s+/g, '')}`
	],
	[
		/^XML declaration allowed only at the start of the document\.$/,
		() => 'XML 声明 <?xml …?> 只能写在文件的最开头'
	]
];

export function xmlProblem(error: XmlError): ImportProblem {
	const message = error.msg.trim();
	for (const [pattern, say] of RULES) {
		const match = pattern.exec(message);
		if (match) {
			return { line: error.line, message: `不是有效的 XML：${say(...match.slice(1))}` };
		}
	}
	return { line: error.line, message: `不是有效的 XML（${message.slice(0, 80)}）` };
}
