/**
 * The public data sets shipped in data/ (see data/README.md), for tests, the benchmark and the
 * CLI examples. Node only; the labs fetch the same files as assets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** Path of a shipped file, e.g. shippedPath('cdnow/CDNOW_master.txt') → …/data/cdnow/CDNOW_master.txt.gz */
export const shippedPath = (name: string): string =>
	fileURLToPath(new URL(`./${name}.gz`, import.meta.url));

/** The file's bytes, decompressed. */
export const readShipped = (name: string): Uint8Array =>
	gunzipSync(readFileSync(shippedPath(name)));

export const readShippedText = (name: string): string =>
	new TextDecoder().decode(readShipped(name));
