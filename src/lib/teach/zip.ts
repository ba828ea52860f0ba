/**
 * One zip download holding a feedback file per student (browsers refuse 200 separate downloads).
 * fflate writes it with UTF-8 names; marking the files as made on Unix (readable by all) keeps
 * Info-ZIP from re-reading the Chinese names in an MS-DOS code page.
 */
import { strToU8, zipSync, type Zippable, type ZipAttributes } from 'fflate';

const UNIX_READABLE_FILE: ZipAttributes = { os: 3, attrs: (0o100644 << 16) >>> 0 };

export function zipFiles(
	files: readonly { name: string; text: string }[]
): Uint8Array<ArrayBuffer> {
	const entries: Zippable = Object.fromEntries(
		files.map((file) => [file.name, [strToU8(file.text), UNIX_READABLE_FILE]])
	);
	return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
