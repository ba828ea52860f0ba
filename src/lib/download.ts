/** Saves text (or bytes, e.g. a zip) as a file in the browser's downloads (browser only). */
export function downloadFile(name: string, content: BlobPart, type: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([content], { type }));
	link.download = name;
	link.click();
	URL.revokeObjectURL(link.href);
}

/** File name of a backup exported on the given ISO date. */
export const backupFileName = (exportedAt: string) =>
	`crm-workbench-backup-${exportedAt.slice(0, 10)}.json`;

/**
 * Exports everything as a backup file; used where something went wrong and the learner should
 * secure their data first (full disk, an error page). Also saves the text still being typed.
 */
export async function downloadBackupNow(): Promise<void> {
	// Loaded only when needed: the backup module brings the validation library with it.
	const [{ createBackup }, { flushAllDrafts }] = await Promise.all([
		import('$lib/db/backup'),
		import('$lib/autosave.svelte')
	]);
	await flushAllDrafts();
	const backup = await createBackup();
	downloadFile(backupFileName(backup.exportedAt), JSON.stringify(backup), 'application/json');
}
