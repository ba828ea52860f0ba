/// <reference lib="webworker" />
/**
 * Checks a backup file, or turns tables read on the page into a backup file, off the page's
 * thread: for a backup of tens of megabytes the JSON, the SHA-256 and the check of every record
 * took the page 5–27 s with no progress. The database itself stays on the page.
 */
import '../zod-jitless';
import { answerBackupRequest, type BackupRequest } from './backup-request';

self.onmessage = (event: MessageEvent<BackupRequest>) => {
	void answerBackupRequest(event.data, (message) => self.postMessage(message));
};
