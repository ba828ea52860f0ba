import { describe, expect, it } from 'vitest';
import { TeachInputError, type Assignment } from './assignment';
import {
	assignmentFile,
	assignmentLink,
	decodeAssignment,
	encodeAssignment,
	fromBase64Url,
	parseAssignmentFile,
	toBase64Url
} from './link';
import { sampleAssignment } from './sample';

async function deflated(text: string) {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

const withChange = (change: (a: Assignment) => void) => {
	const copy = structuredClone(sampleAssignment);
	change(copy);
	return copy;
};

describe('assignment link', () => {
	it('round-trips an assignment through the URL fragment, Chinese text included', async () => {
		const link = await assignmentLink(sampleAssignment, 'https://example.edu/crm/');
		expect(link).toMatch(/^https:\/\/example\.edu\/crm\/teach\/assignment\/#a=[A-Za-z0-9_-]+$/);
		const fragment = new URL(link).hash;
		expect(await decodeAssignment(fragment)).toEqual(sampleAssignment);
	});

	it('is shorter than the JSON it carries', async () => {
		const encoded = await encodeAssignment(sampleAssignment);
		expect(encoded.length).toBeLessThan(JSON.stringify(sampleAssignment).length);
	});

	it.each([
		[[0xfb, 0xff, 0xfe], '-__-'],
		[[1, 2, 3, 4], 'AQIDBA'],
		[[], '']
	])('writes bytes %j as base64url %s and reads them back', (bytes, text) => {
		expect(toBase64Url(new Uint8Array(bytes))).toBe(text);
		expect([...fromBase64Url(text)]).toEqual(bytes);
	});

	it.each([
		['no fragment', '', /没有作业数据/],
		['another key', '#b=abc', /没有作业数据/],
		['characters a copy added', '#a=abc%20def!', /不该出现的字符/]
	])('refuses a link with %s', async (_, fragment, message) => {
		await expect(decodeAssignment(fragment)).rejects.toThrow(message);
	});

	it('refuses a truncated link', async () => {
		const encoded = await encodeAssignment(sampleAssignment);
		await expect(decodeAssignment(`#a=${encoded.slice(0, encoded.length / 2)}`)).rejects.toThrow(
			/链接不完整/
		);
	});

	it('refuses a link whose data is not JSON', async () => {
		await expect(decodeAssignment(`#a=${await deflated('{"format":')}`)).rejects.toThrow(
			/不是完整的 JSON/
		);
	});

	it.each([
		[
			'a negative mark, named by item and field',
			(a: Assignment) => ((a.items[1] as { marks: number }).marks = -2),
			/第 2 题的分值有误/
		],
		['no items', (a: Assignment) => (a.items = []), /题目列表有误：作业里至少要有一道题/],
		['an empty title', (a: Assignment) => (a.title = ' '), /标题有误/],
		[
			'an unknown lab',
			(a: Assignment) => ((a.items[4] as { lab: string }).lab = 'astrology'),
			/第 5 题的实验室有误/
		],
		[
			'repeated item ids',
			(a: Assignment) => (a.items[1].id = 'i1'),
			/第 2 题的编号有误：题目编号重复/
		]
	])('refuses an assignment with %s', async (_, change, message) => {
		const bad = JSON.stringify(withChange(change));
		await expect(decodeAssignment(`#a=${await deflated(bad)}`)).rejects.toThrow(message);
	});
});

describe('assignment file', () => {
	it('round-trips', () => {
		expect(parseAssignmentFile(assignmentFile(sampleAssignment), 'a.json')).toEqual(
			sampleAssignment
		);
	});

	it.each([
		['empty', '', /是空的/],
		['cut short', assignmentFile(sampleAssignment).slice(0, 200), /不是完整的 JSON/],
		['another kind of file', '{"app":"crm-workbench","tables":{}}', /不是本站的作业文件/],
		['a CSV', '学号,姓名\n1,张三', /不是完整的 JSON/]
	])('refuses a file that is %s, naming the file', (_, text, message) => {
		expect(() => parseAssignmentFile(text, '作业.json')).toThrow(TeachInputError);
		expect(() => parseAssignmentFile(text, '作业.json')).toThrow(message);
		expect(() => parseAssignmentFile(text, '作业.json')).toThrow(/「作业\.json」/);
	});
});

describe('a link cut at any length', () => {
	it('is refused with a message, never opened as a different assignment', async () => {
		const encoded = await encodeAssignment(sampleAssignment);
		for (let length = 0; length < encoded.length; length += 7) {
			await expect(decodeAssignment(`#a=${encoded.slice(0, length)}`)).rejects.toThrow(
				TeachInputError
			);
		}
	});
});
