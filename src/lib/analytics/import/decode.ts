/** Bytes to text: the byte-order mark decides, else UTF-8 if valid, else GB18030 (Chinese Excel). */
import { ImportError } from './transactions';

export type Encoding = 'auto' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export function decodeText(bytes: Uint8Array, encoding: Encoding = 'auto'): string {
	if (!bytes.length) throw new ImportError('文件是空的。');
	let chosen = encoding;
	let start = 0;
	if (encoding === 'auto') {
		if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [chosen, start] = ['utf-8', 3];
		else if (bytes[0] === 0xff && bytes[1] === 0xfe) [chosen, start] = ['utf-16le', 2];
		else if (bytes[0] === 0xfe && bytes[1] === 0xff) [chosen, start] = ['utf-16be', 2];
		else {
			if (bytes.subarray(0, 4096).includes(0)) {
				throw new ImportError(
					'这是二进制文件（例如 xlsx 或图片），不是 CSV 文本。请在 Excel 中“另存为 CSV”。'
				);
			}
			try {
				return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			} catch {
				chosen = 'gb18030';
			}
		}
	}
	return new TextDecoder(chosen).decode(bytes.subarray(start)).replace(/^\uFEFF/, '');
}
