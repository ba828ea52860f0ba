/**
 * The worker side of a lab's file reading: inspection is the same for every lab; the analysis is
 * the lab's own function. Errors written for learners (ImportError, ModelError) pass through as
 * they are; anything else is a bug worth naming.
 */
import { inspectTransactionFile, ImportError } from '$lib/analytics/import/transaction-file';
import type { FileInspection } from '$lib/analytics/import/transaction-file';
import { ModelError } from '$lib/analytics/model-error';
import type { FileRead, FileWorkerReply, InspectRequest, KindGuess } from './file-protocol';

export interface FileWorkerHandlers<Request, Result, Kind extends KindGuess> {
	/** Whether the freshly inspected table looks like transactions or one row per customer. */
	kindOf: (inspection: FileInspection) => Kind;
	/** Reads the whole file for the lab; `onProgress` every ~50,000 rows. */
	analyse: (request: Request, onProgress: (rowsRead: number, fraction: number) => void) => Result;
}

/** The importer's read options for an analysis request: the file read as it was inspected. */
export function readOptionsOf(
	request: FileRead,
	onProgress: (rowsRead: number, fraction: number) => void
) {
	const { encoding, sheet, header } = request.read;
	return { encoding, sheet, header, delimiter: request.delimiter || undefined, onProgress };
}

/** Answers one request with `reply` (progress replies first, then one final reply). */
export function handleFileRequest<Request extends { kind: string }, Result, Kind extends KindGuess>(
	request: InspectRequest | Request,
	handlers: FileWorkerHandlers<Request, Result, Kind>,
	reply: (message: FileWorkerReply<Result, Kind>) => void
): void {
	try {
		if (request.kind === 'inspect') {
			const { bytes, read } = request as InspectRequest;
			const inspection = inspectTransactionFile(bytes, read.encoding, {
				sheet: read.sheet,
				header: read.header
			});
			reply({ kind: 'inspection', inspection, fileKind: handlers.kindOf(inspection) });
			return;
		}
		const result = handlers.analyse(request as Request, (rowsRead, fraction) =>
			reply({ kind: 'progress', rowsRead, fraction })
		);
		reply({ kind: 'result', result });
	} catch (error) {
		reply({
			kind: 'error',
			message:
				error instanceof ImportError || error instanceof ModelError
					? error.message
					: `读取文件时出错：${error instanceof Error ? error.message : String(error)}`
		});
	}
}
