/**
 * A question-bank file from bytes to questions: encoding, format and parsing in one call, so the
 * exchange page can run it in a worker (read-bank.worker.ts) — a 10,000-question GIFT file took
 * about 2 s on the page's thread — and unit tests can call it directly.
 */
import type { DetectedEncoding } from '../../analytics/import/decode';
import { parseGift } from './gift';
import { parseMoodleXml } from './moodle-xml';
import { parsePlainText } from './plain-text';
import { BankFileError, readBankBytes } from './read-file';
import type { ImportResult } from './shared';

export type BankFormat = 'gift' | 'xml' | 'text';

export interface ReadBank extends ImportResult {
	format: BankFormat;
	encoding: DetectedEncoding;
}

/** What the worker posts back: progress while parsing, then the result or a refusal. */
export type BankMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; bank: ReadBank }
	| { type: 'refused'; message: string };

export const detectBankFormat = (text: string): BankFormat =>
	/<quiz[\s>]/.test(text) ? 'xml' : /\{[\s\S]*\}/.test(text) ? 'gift' : 'text';

/** Throws BankFileError for a file that is not a question bank at all (binary, too big). */
export function readBank(
	bytes: Uint8Array,
	format: BankFormat | 'auto',
	onprogress?: (done: number, total: number) => void
): ReadBank {
	const { text, encoding } = readBankBytes(bytes);
	const kind = format === 'auto' ? detectBankFormat(text) : format;
	const result =
		kind === 'xml'
			? parseMoodleXml(text)
			: kind === 'gift'
				? parseGift(text, onprogress)
				: parsePlainText(text);
	return { ...result, format: kind, encoding };
}

/** Runs readBank for one message; what the worker does, callable without one. */
export function answerBankRequest(
	request: { bytes: ArrayBuffer; format: BankFormat | 'auto' },
	post: (message: BankMessage) => void
): void {
	try {
		const bank = readBank(new Uint8Array(request.bytes), request.format, (done, total) =>
			post({ type: 'progress', done, total })
		);
		post({ type: 'done', bank });
	} catch (error) {
		if (!(error instanceof BankFileError)) throw error;
		post({ type: 'refused', message: error.message });
	}
}
