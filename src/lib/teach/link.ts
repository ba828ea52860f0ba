/**
 * Sharing an assignment without a server: as a link whose fragment (`#a=…`, never sent to any
 * server) holds the assignment compressed with deflate-raw and written in base64url, and as a
 * JSON file. Both are checked in full when opened; a damaged one gives a Chinese message.
 * CompressionStream exists in browsers and in Node 20, so the units and the bench run this too.
 * Opening inflates through fflate's streaming decoder, a kilobyte at a time, and stops as soon as
 * the output passes the stated limit: a small link cannot unpack into gigabytes.
 */
import { Inflate } from 'fflate';
import { ASSIGNMENT_FORMAT, checkAssignment, TeachInputError, type Assignment } from './assignment';
import { ASSIGNMENT_FILE_MAX_BYTES, ASSIGNMENT_MAX_BYTES, formatBytes } from './limits';

const FRAGMENT_KEY = 'a';
const TRUNCATED = '链接不完整：作业数据被截断或改动，无法解开。请重新复制老师发来的整条链接。';

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(piped).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// Chunks keep String.fromCharCode under the engine's argument limit.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) {
		throw new TeachInputError('链接中的作业数据含有不该出现的字符，可能在复制时被改动了。');
	}
	// No base64 text has a length of 4n + 1: a character is missing.
	if (text.length % 4 === 1) throw new TeachInputError(TRUNCATED);
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The assignment without its format marker, compressed: the part after `#a=`. */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
	const json = JSON.stringify(assignment);
	return toBase64Url(
		await transform(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))
	);
}

const LINK_WHERE = '链接';

const TOO_LARGE = `链接中的作业数据解开后超过 ${formatBytes(ASSIGNMENT_MAX_BYTES)}（作业的上限），未打开。请让老师改用作业文件发送，或检查链接是否被改动。`;
const linkTooLong = (bytes: number, limit: number) =>
	`链接太长：其中的作业数据有 ${formatBytes(bytes)}，超过作业的上限 ${formatBytes(limit)}，未打开。请让老师改用作业文件发送。`;

/** Input pushed at a time: deflate expands at most about 1,000-fold, so one push adds ≤ 1 MB. */
const INFLATE_STEP = 1024;

/** Inflates deflate-raw bytes, stopping with TeachInputError once the output passes `limit`. */
export function inflateLimited(bytes: Uint8Array, limit = ASSIGNMENT_MAX_BYTES): Uint8Array {
	// Deflate never shrinks data below about a thousandth, nor grows it much: input above the
	// limit cannot be a valid assignment.
	if (bytes.length > limit + 1024) throw new TeachInputError(linkTooLong(bytes.length, limit));
	const chunks: Uint8Array[] = [];
	let size = 0;
	let finished = false;
	const inflate = new Inflate((chunk, final) => {
		size += chunk.length;
		if (size > limit) throw new TeachInputError(TOO_LARGE);
		chunks.push(chunk);
		if (final) finished = true;
	});
	try {
		if (!bytes.length) inflate.push(bytes, true);
		for (let at = 0; at < bytes.length; at += INFLATE_STEP) {
			inflate.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
		}
	} catch (error) {
		if (error instanceof TeachInputError) throw error;
		throw new TeachInputError(TRUNCATED);
	}
	if (!finished) throw new TeachInputError(TRUNCATED);
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** Reads an assignment from a link's fragment (`#a=…` or `a=…`); throws TeachInputError. */
export async function decodeAssignment(fragment: string): Promise<Assignment> {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const data = params.get(FRAGMENT_KEY);
	if (!data) {
		throw new TeachInputError(
			'链接里没有作业数据：请向老师要完整的作业链接（以 #a= 开头的部分不能少）。'
		);
	}
	// Four base64 characters carry three bytes: a link this long is refused before decoding it.
	const carried = Math.floor((data.length * 3) / 4);
	if (carried > ASSIGNMENT_MAX_BYTES + 1024) {
		throw new TeachInputError(linkTooLong(carried, ASSIGNMENT_MAX_BYTES));
	}
	let json: string;
	try {
		const bytes = inflateLimited(fromBase64Url(data));
		json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		if (error instanceof TeachInputError) throw error;
		throw new TeachInputError(TRUNCATED);
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		throw new TeachInputError('链接中的作业数据已损坏（不是完整的 JSON）。请重新复制整条链接。');
	}
	return checkAssignment(parsed, LINK_WHERE);
}

/** The full student link for a site origin and base path. */
export async function assignmentLink(assignment: Assignment, siteUrl: string): Promise<string> {
	return `${siteUrl.replace(/\/$/, '')}/teach/assignment/#${FRAGMENT_KEY}=${await encodeAssignment(assignment)}`;
}

/** The assignment as a file the instructor can send or keep. */
export function assignmentFile(assignment: Assignment): string {
	return `${JSON.stringify(assignment, null, 2)}\n`;
}

export const assignmentFileName = (assignment: Assignment) =>
	`作业-${assignment.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)}-${assignment.id}.json`;

/** The message for an assignment file over the limit (pages check the size before reading). */
export const assignmentFileTooLarge = (fileName: string, size: number) =>
	`文件「${fileName}」太大（${formatBytes(size)}）：作业文件不能超过 ${formatBytes(ASSIGNMENT_FILE_MAX_BYTES)}，可能不是作业文件。`;

/** Reads an assignment file; throws TeachInputError naming what is wrong. */
export function parseAssignmentFile(text: string, fileName: string): Assignment {
	const where = `文件「${fileName}」`;
	if (text.length > ASSIGNMENT_FILE_MAX_BYTES)
		throw new TeachInputError(assignmentFileTooLarge(fileName, text.length));
	if (!text.trim()) throw new TeachInputError(`${where}是空的。`);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new TeachInputError(
			`${where}不是完整的 JSON：可能在传送时被截断了。请让老师重新发送作业文件。`
		);
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== ASSIGNMENT_FORMAT
	) {
		throw new TeachInputError(`${where}不是本站的作业文件。`);
	}
	return checkAssignment(data, where);
}
