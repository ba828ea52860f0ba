/**
 * Bytes to text. Automatic detection: a byte-order mark decides; else UTF-16 without a mark when
 * every other byte is zero (ASCII text saved as UTF-16); else UTF-8 if the bytes are valid UTF-8;
 * else GB18030, the superset of GBK that Chinese Excel writes. A chosen encoding overrides this,
 * and text that plainly did not decode (NUL characters, invalid UTF-8) gets a message saying so.
 */
import { ImportError } from './import-error';

export type EncodingChoice = 'auto' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type DetectedEncoding = Exclude<EncodingChoice, 'auto'>;

export const ENCODING_CHOICES: readonly EncodingChoice[] = [
	'auto',
	'utf-8',
	'gb18030',
	'utf-16le',
	'utf-16be'
];

export const ENCODING_NAMES: Record<DetectedEncoding, string> = {
	'utf-8': 'UTF-8',
	gb18030: 'GBK/GB18030',
	'utf-16le': 'UTF-16LE',
	'utf-16be': 'UTF-16BE'
};

/** File signatures of the binary files people most often drop in by mistake. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'Excel 工作簿（xlsx）或 zip 压缩包' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Excel 工作簿（xls）' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文档' },
	{ bytes: [0x1f, 0x8b], what: 'gzip 压缩包' }
];

const SAVE_AS_CSV = '请在 Excel 或表格软件中“另存为”CSV（逗号分隔）或“Unicode 文本”后再导入。';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

function bomOf(bytes: Uint8Array): { encoding: DetectedEncoding; length: number } | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
	if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
	if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/** UTF-16 without a mark: ASCII characters leave a zero in every other byte. */
function utf16WithoutBom(sample: Uint8Array): DetectedEncoding | null {
	const pairs = Math.floor(sample.length / 2);
	if (pairs < 2) return null;
	let zeroEven = 0;
	let zeroOdd = 0;
	for (let i = 0; i + 1 < sample.length; i += 2) {
		if (sample[i] === 0) zeroEven++;
		if (sample[i + 1] === 0) zeroOdd++;
	}
	if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
	if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
	return null;
}

function rejectBinary(bytes: Uint8Array): void {
	const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
	if (signature) {
		throw new ImportError(`这是二进制文件（${signature.what}），不是 CSV 文本文件。${SAVE_AS_CSV}`);
	}
}

/** Index of the first byte that breaks UTF-8, or -1. Only used to say where decoding failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const length = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
		if (!length) return i;
		for (let k = 1; k < length; k++) if (bytes[i + k] >> 6 !== 2) return i;
		i += length;
	}
	return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

function isUtf8(bytes: Uint8Array): boolean {
	// Validated in slices so a big file is never held twice in memory as text.
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const slice = 1 << 20;
	try {
		for (let start = 0; start < bytes.length; start += slice) {
			decoder.decode(bytes.subarray(start, start + slice), { stream: true });
		}
		decoder.decode();
		return true;
	} catch {
		return false;
	}
}

function checkNotEmpty(bytes: Uint8Array): void {
	if (!bytes.length) throw new ImportError('文件是空的（0 字节）。');
}

/** Throws ImportError for empty and binary files. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
	checkNotEmpty(bytes);
	const bom = bomOf(bytes);
	if (bom) return bom.encoding;
	rejectBinary(bytes);
	const sample = bytes.subarray(0, 4096);
	const utf16 = utf16WithoutBom(sample);
	if (utf16) return utf16;
	if (sample.includes(0)) {
		throw new ImportError(`这是二进制文件（含有空字节），不是 CSV 文本文件。${SAVE_AS_CSV}`);
	}
	return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

export interface DecodedText {
	text: string;
	encoding: DetectedEncoding;
}

/**
 * Decodes the whole file (or, with `limit`, only its first bytes: a preview). Throws ImportError
 * for empty or binary files and when a chosen encoding plainly does not fit the bytes.
 */
export function decodeText(
	bytes: Uint8Array,
	choice: EncodingChoice = 'auto',
	limit = Infinity
): DecodedText {
	checkNotEmpty(bytes);
	const bom = bomOf(bytes);
	const encoding = choice === 'auto' ? detectEncoding(bytes) : choice;
	if (choice !== 'auto') rejectBinary(bytes);
	const start = bom && bom.encoding === encoding ? bom.length : 0;
	const end = Math.min(bytes.length, start + limit);
	const body = bytes.subarray(start, end);
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(body, {
			stream: end < bytes.length
		});
	} catch {
		const offset = firstInvalidUtf8(body);
		throw new ImportError(
			`按 UTF-8 解码失败：第 ${lineAt(body, offset)} 行有不属于 UTF-8 的字节。文件可能是 GBK/GB18030 编码（中文 Excel 的默认），请把编码改为“自动”或 GBK/GB18030。`,
			{ line: lineAt(body, offset) }
		);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const nul = text.indexOf('\0');
	if (nul >= 0) {
		const line = text.slice(0, nul).split('\n').length;
		throw new ImportError(
			`按 ${ENCODING_NAMES[encoding]} 解码后第 ${line} 行出现空字符，编码选得不对：文件很可能是没有字节顺序标记的 UTF-16。请把编码改为“自动”、UTF-16LE 或 UTF-16BE。`,
			{ line }
		);
	}
	return { text, encoding };
}
