/**
 * The messages between the /me backup panel and backup.worker.ts, and what the worker does with
 * them — callable without a worker, so unit tests run it directly.
 */
import { backupOf, BackupError, parseBackup, type Backup, type BackupTables } from './backup';

export type BackupRequest =
	| { type: 'check'; text: string; currentVersion: number }
	| { type: 'export'; tables: BackupTables; schemaVersion: number; now: number };

export type BackupReply =
	| { type: 'progress'; stage: string; done: number; total: number }
	| { type: 'checked'; backup: Backup }
	| { type: 'exported'; json: string; exportedAt: string; records: number }
	| { type: 'refused'; message: string }
	| { type: 'failed' };

export async function answerBackupRequest(
	request: BackupRequest,
	post: (reply: BackupReply) => void
): Promise<void> {
	const progress = (stage: string, done: number, total: number) =>
		post({ type: 'progress', stage, done, total });
	try {
		if (request.type === 'check') {
			const backup = await parseBackup(request.text, request.currentVersion, progress);
			post({ type: 'checked', backup });
			return;
		}
		progress('计算校验和', 0, 0);
		const backup = backupOf(request.tables, request.schemaVersion, new Date(request.now));
		progress('生成文件', 0, 0);
		post({
			type: 'exported',
			json: JSON.stringify(backup),
			exportedAt: backup.exportedAt,
			records: Object.values(backup.counts).reduce((a, b) => a + b, 0)
		});
	} catch (error) {
		if (error instanceof BackupError) post({ type: 'refused', message: error.message });
		else {
			console.error(error);
			post({ type: 'failed' });
		}
	}
}
