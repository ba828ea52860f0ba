/**
 * SHA-256 of a text, as hex. @noble/hashes rather than crypto.subtle: browsers only offer
 * crypto.subtle on HTTPS or localhost, and a class may well open the site from a plain-http
 * address on the school network; backups and submission files must still work there.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(text: string): string {
	return bytesToHex(sha256(utf8ToBytes(text)));
}
