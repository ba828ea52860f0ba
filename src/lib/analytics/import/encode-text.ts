/**
 * Text to bytes in the encodings the importer reads, for tests and fixtures: browsers and Node can
 * decode GBK but not encode it, so the GBK table is built by decoding every two-byte code once.
 */
import type { DetectedEncoding } from './decode';

export type TestEncoding = DetectedEncoding | 'utf-8-bom';

let gbkTable: Map<string, [number, number]> | undefined;

function gbkCodes(): Map<string, [number, number]> {
	if (gbkTable) return gbkTable;
	gbkTable = new Map();
	const decoder = new TextDecoder('gbk');
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const char = decoder.decode(new Uint8Array([lead, trail]));
			if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char)) {
				gbkTable.set(char, [lead, trail]);
			}
		}
	}
	return gbkTable;
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
	const bytes = new Uint8Array(2 + text.length * 2);
	const view = new DataView(bytes.buffer);
	view.setUint16(0, 0xfeff, littleEndian);
	for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
	return bytes;
}

/** UTF-16 is written with its byte-order mark; GBK throws for a character it cannot hold. */
export function encodeText(text: string, encoding: TestEncoding): Uint8Array {
	if (encoding === 'utf-8') return new TextEncoder().encode(text);
	if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
	if (encoding === 'utf-16le') return utf16(text, true);
	if (encoding === 'utf-16be') return utf16(text, false);
	const table = gbkCodes();
	const bytes: number[] = [];
	for (const char of text) {
		const code = char.charCodeAt(0);
		if (code < 0x80) bytes.push(code);
		else {
			const pair = table.get(char);
			if (!pair) throw new Error(`GBK cannot encode ${char}`);
			bytes.push(...pair);
		}
	}
	return new Uint8Array(bytes);
}
