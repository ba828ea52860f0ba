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
