/**
 * A zip archive of small text files, stored without compression: enough to hand the instructor
 * one download holding a feedback file per student (browsers refuse 200 separate downloads).
 * Follows the PKWARE APPNOTE layout: a local header per file, then the central directory.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** Bit 11: names are UTF-8, so Chinese file names survive. */
const UTF8_NAMES = 0x0800;
/** Version 2.0 on Unix: tools then take names as they are instead of as an MS-DOS code page. */
const MADE_BY_UNIX = (3 << 8) | 20;
/** External attributes: a regular file readable by all (-rw-r--r--), in the Unix high word. */
const REGULAR_FILE_RW = (0o100644 << 16) >>> 0;
/** 1 January 1980 in MS-DOS format; the archive carries no real times. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zipFiles(
	files: readonly { name: string; text: string }[]
): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const entries = files.map((file) => {
		const name = encoder.encode(file.name);
		const data = encoder.encode(file.text);
		return { name, data, crc: crc32(data) };
	});
	const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length, 0);
	const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
	const out = new Uint8Array(localSize + centralSize + 22);
	const view = new DataView(out.buffer);
	let at = 0;
	const u16 = (v: number) => (view.setUint16(at, v, true), (at += 2));
	const u32 = (v: number) => (view.setUint32(at, v, true), (at += 4));
	const bytes = (b: Uint8Array) => (out.set(b, at), (at += b.length));

	const offsets: number[] = [];
	for (const e of entries) {
		offsets.push(at);
		u32(0x04034b50);
		u16(20);
		u16(UTF8_NAMES);
		u16(0); // stored
		u16(0);
		u16(DOS_DATE);
		u32(e.crc);
		u32(e.data.length);
		u32(e.data.length);
		u16(e.name.length);
		u16(0);
		bytes(e.name);
		bytes(e.data);
	}
	const centralStart = at;
	entries.forEach((e, i) => {
		u32(0x02014b50);
		u16(MADE_BY_UNIX);
		u16(20);
		u16(UTF8_NAMES);
		u16(0);
		u16(0);
		u16(DOS_DATE);
		u32(e.crc);
		u32(e.data.length);
		u32(e.data.length);
		u16(e.name.length);
		u16(0);
		u16(0);
		u16(0);
		u16(0);
		u32(REGULAR_FILE_RW);
		u32(offsets[i]);
		bytes(e.name);
	});
	u32(0x06054b50);
	u16(0);
	u16(0);
	u16(entries.length);
	u16(entries.length);
	u32(centralSize);
	u32(centralStart);
	u16(0);
	return out;
}
