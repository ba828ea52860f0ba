import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { answerBackupRequest, type BackupReply } from './backup-request';
import { TABLE_NAMES } from './backup-schema';
import type { BackupTables } from './backup';

const emptyTables = () =>
	Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as BackupTables;

async function replies(request: Parameters<typeof answerBackupRequest>[0]) {
	const seen: BackupReply[] = [];
	await answerBackupRequest(request, (reply) => seen.push(reply));
	return seen;
}

describe('answerBackupRequest', () => {
	it('exports tables as a backup file the check then accepts, with progress on the way', async () => {
		const tables = emptyTables();
		tables.notes = Array.from({ length: 4_500 }, (_, i) => ({
			chapter: `chapter-${i}`,
			text: `第 ${i} 条笔记`,
			updatedAt: 1_700_000_000_000 + i
		}));
		const exported = await replies({ type: 'export', tables, schemaVersion: 6, now: 1.7e12 });
		const file = exported.at(-1);
		expect(file).toMatchObject({ type: 'exported', records: 4_500 });
		if (file?.type !== 'exported') return;
		const checked = await replies({ type: 'check', text: file.json, currentVersion: 6 });
		expect(checked.filter((r) => r.type === 'progress' && r.stage === '逐条检查记录')).toEqual([
			{ type: 'progress', stage: '逐条检查记录', done: 0, total: 4_500 },
			{ type: 'progress', stage: '逐条检查记录', done: 2_000, total: 4_500 },
			{ type: 'progress', stage: '逐条检查记录', done: 4_000, total: 4_500 }
		]);
		const last = checked.at(-1);
		expect(last?.type === 'checked' && last.backup.counts.notes).toBe(4_500);
	});

	it('answers a damaged file with the check’s Chinese message', async () => {
		const seen = await replies({
			type: 'check',
			text: '{"app": "crm-workbench"',
			currentVersion: 6
		});
		expect(seen.at(-1)).toEqual({
			type: 'refused',
			message: expect.stringContaining('文件不是完整的 JSON')
		});
	});
});
