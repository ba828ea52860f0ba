import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

describe('zip of feedback files', () => {
	const files = [
		{ name: '反馈-20260001.md', text: '# 成绩反馈\n总分：22 / 30 分' },
		{ name: 'b.md', text: '' }
	];

	it('starts with a local header and ends with the directory listing every file', () => {
		const zip = zipFiles(files);
		const view = new DataView(zip.buffer);
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		const end = zip.length - 22;
		expect(view.getUint32(end, true)).toBe(0x06054b50);
		expect(view.getUint16(end + 10, true)).toBe(2);
	});

	describe.skipIf(!existsSync('/usr/bin/unzip'))('read back by Info-ZIP unzip', () => {
		it('lists the Chinese names and gives back each text', () => {
			const folder = mkdtempSync(join(tmpdir(), 'zip-'));
			const path = join(folder, 'f.zip');
			writeFileSync(path, zipFiles(files));
			expect(execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n')).toEqual(
				files.map((f) => f.name)
			);
			expect(execFileSync('unzip', ['-p', path, files[0].name], { encoding: 'utf8' })).toBe(
				files[0].text
			);
			execFileSync('unzip', ['-tq', path]);
		});
	});
});
