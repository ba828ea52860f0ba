import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerBankRequest, readBank, type BankMessage } from './read-bank';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/exchange/${name}`));

describe('readBank', () => {
	it('reads a Moodle XML file with ordinary names', () => {
		const bank = readBank(fixture('moodle-export.xml'), 'auto');
		expect(bank.format).toBe('xml');
		expect(bank.problems).toEqual([]);
		expect(bank.questions).toHaveLength(5);
	});

	it('reports progress through a large GIFT file, then every question', () => {
		const text = Array.from(
			{ length: 1_000 },
			(_, i) => `::第${i + 1}题:: 第 ${i + 1} 问？ {=对 ~错}`
		).join('\n\n');
		const messages: BankMessage[] = [];
		answerBankRequest(
			{ bytes: new TextEncoder().encode(text).buffer as ArrayBuffer, format: 'auto' },
			(message) => messages.push(message)
		);
		expect(messages.filter((m) => m.type === 'progress')).toEqual([
			{ type: 'progress', done: 0, total: 1_000 },
			{ type: 'progress', done: 250, total: 1_000 },
			{ type: 'progress', done: 500, total: 1_000 },
			{ type: 'progress', done: 750, total: 1_000 }
		]);
		const last = messages.at(-1);
		expect(last?.type === 'done' && last.bank.questions.length).toBe(1_000);
	});

	it('refuses a binary file with a message instead of throwing', () => {
		const messages: BankMessage[] = [];
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]);
		answerBankRequest({ bytes: zip.buffer, format: 'auto' }, (message) => messages.push(message));
		expect(messages).toEqual([{ type: 'refused', message: expect.stringMatching(/./) }]);
	});
});
