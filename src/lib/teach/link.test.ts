import { Deflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TeachInputError, type Assignment } from './assignment';
import {
	assignmentFile,
	assignmentLink,
	decodeAssignment,
	encodeAssignment,
	fromBase64Url,
	inflateLimited,
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

/** Raw deflate of `megabytes` MB of zeros, made in 1 MB pushes (the test never holds it all). */
function zeroBomb(megabytes: number): Uint8Array {
	const parts: Uint8Array[] = [];
	const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
	const zeros = new Uint8Array(1024 * 1024);
	for (let i = 0; i < megabytes; i++) deflate.push(zeros, i === megabytes - 1);
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

describe('size limits of a link', () => {
	it('stops inflating at 1 MB: 20 MB of zeros in a 20 KB link is refused at once', async () => {
		const bomb = zeroBomb(20);
		expect(bomb.length).toBeLessThan(30_000);
		const start = performance.now();
		await expect(decodeAssignment(`#a=${toBase64Url(bomb)}`)).rejects.toThrow(
			/解开后超过 1 MB（作业的上限），未打开。请让老师改用作业文件发送/
		);
		expect(performance.now() - start).toBeLessThan(2000);
	}, 20_000);

	it('refuses a link whose data alone is over the limit without inflating it', async () => {
		const noise = new Uint8Array(1_100_000).map((_, i) => (i * 7919) % 251);
		await expect(decodeAssignment(`#a=${toBase64Url(noise)}`)).rejects.toThrow(
			/链接太长：其中的作业数据有 1 MB，超过作业的上限 1 MB/
		);
	});

	it('inflates what fits in full', () => {
		const bytes = zeroBomb(1).subarray(0);
		expect(() => inflateLimited(bytes, 1024 * 1024)).not.toThrow();
		expect(() => inflateLimited(bytes, 1024 * 1024 - 1)).toThrow(/解开后超过/);
	});

	it('refuses an assignment file over 1 MB, naming it', () => {
		expect(() => parseAssignmentFile(' '.repeat(1024 * 1024 + 1), '大.json')).toThrow(
			/文件「大\.json」太大（1 MB）：作业文件不能超过 1 MB/
		);
	});
});
