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
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'Excel 工作簿（xlsx）、Word 文档（docx）或 zip 压缩包' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Excel 工作簿（xls）或 Word 文档（doc）' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文档' },
	{ bytes: [0x1f, 0x8b], what: 'gzip 压缩包' }
];

const SAVE_AS_CSV = '请在 Excel 或表格软件中“另存为”CSV（逗号分隔）或“Unicode 文本”后再导入。';

/** What a binary file is refused in favour of, for the message: the lab's tables by default. */
export interface ExpectedText {
	/** 「CSV 文本文件」 */
	name: string;
	/** What to do instead, one sentence. */
	advice: string;
}

export const CSV_TEXT: ExpectedText = { name: 'CSV 文本文件', advice: SAVE_AS_CSV };

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

function rejectBinary(bytes: Uint8Array, expected: ExpectedText): void {
	const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
	if (signature) {
		throw new ImportError(
			`这是二进制文件（${signature.what}），不是${expected.name}。${expected.advice}`
		);
	}
}

/**
 * Index of the first byte that breaks UTF-8 (WHATWG rules: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or -1. A byte loop rather than a fatal TextDecoder, so checking a big
 * file does not build its text twice; ASCII, the bulk of a transaction file, takes one comparison.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
	const length = bytes.length;
	for (let i = 0; i < length;) {
		const lead = bytes[i];
		if (lead < 0x80) {
			i++;
			continue;
		}
		let needed: number;
		let low = 0x80;
		let high = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
		else if (lead >= 0xe0 && lead <= 0xef) {
			needed = 2;
			if (lead === 0xe0) low = 0xa0;
			if (lead === 0xed) high = 0x9f;
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			needed = 3;
			if (lead === 0xf0) low = 0x90;
			if (lead === 0xf4) high = 0x8f;
		} else return i;
		const second = bytes[i + 1];
		if (second === undefined || second < low || second > high) return i;
		for (let k = 2; k <= needed; k++) {
			const next = bytes[i + k];
			if (next === undefined || next < 0x80 || next > 0xbf) return i;
		}
		i += needed + 1;
	}
	return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

function checkNotEmpty(bytes: Uint8Array): void {
	if (!bytes.length) throw new ImportError('文件是空的（0 字节）。');
}

/** Throws ImportError for empty and binary files. */
export function detectEncoding(
	bytes: Uint8Array,
	expected: ExpectedText = CSV_TEXT
): DetectedEncoding {
	checkNotEmpty(bytes);
	const bom = bomOf(bytes);
	if (bom) return bom.encoding;
	rejectBinary(bytes, expected);
	const sample = bytes.subarray(0, 4096);
	const utf16 = utf16WithoutBom(sample);
	if (utf16) return utf16;
	if (sample.includes(0)) {
		throw new ImportError(`这是二进制文件（含有空字节），不是${expected.name}。${expected.advice}`);
	}
	return firstInvalidUtf8(bytes) < 0 ? 'utf-8' : 'gb18030';
}

/**
 * Bytes decoded per piece: the text of a big file is never one string, and a piece is small
 * enough to be an ordinary young object (V8 puts strings above ~128 KB in large-object space,
 * which only the full, slow collection frees).
 */
const PIECE_BYTES = 1 << 16;

/**
 * The file's text in pieces of PIECE_BYTES, in order (a character split between pieces is
 * kept whole). Pieces of ASCII stay one byte per character in the JavaScript engine; one string
 * for the whole file would be two bytes per character as soon as its header is Chinese.
 * `onPiece` gets the fraction of bytes decoded so far. Throws ImportError for empty or binary
 * files, and when a chosen encoding plainly does not fit the bytes.
 */
export function openText(
	bytes: Uint8Array,
	choice: EncodingChoice = 'auto',
	onPiece?: (fraction: number) => void
): { encoding: DetectedEncoding; pieces: Generator<string> } {
	checkNotEmpty(bytes);
	const encoding = choice === 'auto' ? detectEncoding(bytes) : choice;
	if (choice !== 'auto') {
		const bom = bomOf(bytes);
		if (bom && bom.encoding !== choice) {
			throw new ImportError(
				`文件开头的字节顺序标记（BOM）表明它是 ${ENCODING_NAMES[bom.encoding]} 编码，与选择的 ${ENCODING_NAMES[choice]} 不符。请把编码改为“自动”或 ${ENCODING_NAMES[bom.encoding]}。`,
				{ line: 1 }
			);
		}
		rejectBinary(bytes, CSV_TEXT);
	}
	return { encoding, pieces: decodePieces(bytes, encoding, onPiece) };
}

function* decodePieces(
	bytes: Uint8Array,
	encoding: DetectedEncoding,
	onPiece?: (fraction: number) => void
): Generator<string> {
	const start = bomOf(bytes)?.length ?? 0;
	const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
	for (let at = start; at < bytes.length; at += PIECE_BYTES) {
		const end = Math.min(bytes.length, at + PIECE_BYTES);
		let piece: string;
		try {
			piece = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
		} catch {
			const offset = firstInvalidUtf8(bytes);
			const line = lineAt(bytes, offset);
			throw new ImportError(
				`按 UTF-8 解码失败：第 ${line} 行有不属于 UTF-8 的字节。文件可能是 GBK/GB18030 编码（中文 Excel 的默认），请把编码改为“自动”或 GBK/GB18030。`,
				{ line }
			);
		}
		if (at === start) piece = checkFirstPiece(piece, encoding);
		onPiece?.(end / bytes.length);
		yield piece;
	}
}

/** A wrong encoding shows at once: UTF-16 read as anything else is full of NUL characters. */
function checkFirstPiece(piece: string, encoding: DetectedEncoding): string {
	const text = piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
	const nul = text.indexOf('\0');
	if (nul >= 0) {
		const line = text.slice(0, nul).split('\n').length;
		throw new ImportError(
			`按 ${ENCODING_NAMES[encoding]} 解码后第 ${line} 行出现空字符，编码选得不对：文件很可能是没有字节顺序标记的 UTF-16。请把编码改为“自动”、UTF-16LE 或 UTF-16BE。`,
			{ line }
		);
	}
	return text;
}

export interface TextStart {
	/** The first piece of text (the first 64 KB of the file). */
	text: string;
	encoding: DetectedEncoding;
	/** Whether that is the whole file. */
	complete: boolean;
	/** Bytes of the file the piece covers. */
	bytes: number;
}

/** The start of the text, e.g. for a preview; the encoding is detected on the whole file. */
export function decodeStart(bytes: Uint8Array, choice: EncodingChoice = 'auto'): TextStart {
	let covered = 0;
	const { encoding, pieces } = openText(bytes, choice, (fraction) => (covered = fraction));
	const first = pieces.next();
	return {
		text: first.done ? '' : first.value,
		encoding,
		complete: covered === 1,
		bytes: Math.round(covered * bytes.length)
	};
}
