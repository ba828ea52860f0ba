/**
 * Reads a transaction file off the page's thread: decodes it, streams it through papaparse and
 * aggregates per customer, reporting progress. The page cancels by terminating this worker.
 */
import {
	ImportError,
	inspectTransactionFile,
	summarizeTransactionFile
} from '$lib/analytics/import/transaction-file';
import type { WorkerReply, WorkerRequest } from './protocol';

const reply = (message: WorkerReply) => postMessage(message);

onmessage = (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'inspect') {
			reply({
				kind: 'inspection',
				inspection: inspectTransactionFile(request.bytes, request.encoding)
			});
			return;
		}
		const summary = summarizeTransactionFile(request.bytes, {
			encoding: request.encoding,
			delimiter: request.delimiter,
			columns: request.columns,
			onProgress: (rowsRead, fraction) => reply({ kind: 'progress', rowsRead, fraction })
		});
		reply({ kind: 'summary', summary });
	} catch (error) {
		// Only ImportError messages are written for learners; anything else is a bug worth naming.
		reply({
			kind: 'error',
			message:
				error instanceof ImportError
					? error.message
					: `读取文件时出错：${error instanceof Error ? error.message : String(error)}`
		});
	}
};
