import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
	it.each([
		['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
		['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']
	])('of %j is the published test vector', (text, hex) => {
		expect(sha256Hex(text)).toBe(hex);
	});

	it('agrees with the platform digest on Chinese text', async () => {
		const text = '客户关系管理：重要价值客户';
		const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
		const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
		expect(sha256Hex(text)).toBe(hex);
	});
});
