/**
 * A question-bank file's bytes as text, whatever its encoding: Chinese teachers' banks come as
 * UTF-8, GBK (Word's and Notepad's "ANSI" on Chinese Windows) or UTF-16 ("Unicode text"), with
 * Windows, Unix or old Mac line endings. Binary files (a Word document, a zip of Moodle backups)
 * are refused as binary before anything tries to read them as questions.
 */
import {
	detectEncoding,
	ENCODING_NAMES,
	type DetectedEncoding,
	type ExpectedText
} from '../../analytics/import/decode';
import { ImportError } from '../../analytics/import/import-error';

/** A bank of 10,000 questions is about 3 MB; anything far above is not a question bank. */
export const BANK_MAX_BYTES = 20 * 1024 * 1024;

const BANK_TEXT: ExpectedText = {
	name: '题库文本文件',
	advice:
		'请导入 GIFT（.txt/.gift）、Moodle XML（.xml）或中文纯文本（.txt）文件；Word 文档请先“另存为”纯文本（.txt）。'
};

export class BankFileError extends Error {}

export interface BankText {
	/** Lines end in \n only; no byte-order mark. */
	text: string;
	encoding: DetectedEncoding;
}

/** \r\n (Windows) and a lone \r (old Mac, some exporters) become \n, so every parser counts lines alike. */
export const normaliseLineEnds = (text: string) =>
	text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Control characters no text file holds (tab, line feed and carriage return excepted), and U+FFFD. */
function strangeCharacters(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd)
			count++;
	}
	return count;
}

export function readBankBytes(bytes: Uint8Array): BankText {
	if (bytes.length > BANK_MAX_BYTES) {
		throw new BankFileError(
			`文件有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过题库文件 ${BANK_MAX_BYTES / 1024 / 1024} MB 的上限。请把题库分成几个文件再导入。`
		);
	}
	let encoding: DetectedEncoding;
	try {
		encoding = detectEncoding(bytes, BANK_TEXT);
	} catch (error) {
		if (error instanceof ImportError) throw new BankFileError(error.message);
		throw error;
	}
	const text = normaliseLineEnds(new TextDecoder(encoding).decode(bytes));
	// Bytes that decode to control characters or replacement marks in bulk are not text at all.
	const sample = text.slice(0, 8192);
	const strange = strangeCharacters(sample);
	if (sample.length && strange > Math.max(2, sample.length * 0.02)) {
		throw new BankFileError(
			`这是二进制文件（按 ${ENCODING_NAMES[encoding]} 读出大量无法显示的字符），不是${BANK_TEXT.name}。${BANK_TEXT.advice}`
		);
	}
	return { text, encoding };
}
