/**
 * Reads a transaction or customer file (text or Excel, gzip or not) off the page's thread:
 * decodes it, streams its rows and aggregates per customer, reporting progress. The page cancels
 * by terminating this worker.
 */
import { kindChoiceOf, readCustomerFile } from '$lib/analytics/import/customer-file';
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
		const { encoding, sheet, header } = request.read;
		if (request.kind === 'inspect') {
			const inspection = inspectTransactionFile(request.bytes, encoding, { sheet, header });
			reply({
				kind: 'inspection',
				inspection,
				fileKind: kindChoiceOf(inspection.hasHeader ? inspection.header : [], inspection.preview)
			});
			return;
		}
		const options = {
			encoding,
			sheet,
			header,
			delimiter: request.delimiter || undefined,
			dropFuture: request.dropFuture,
			onProgress: (rowsRead: number, fraction: number) =>
				reply({ kind: 'progress', rowsRead, fraction })
		};
		const summary =
			request.kind === 'analyse'
				? summarizeTransactionFile(request.bytes, { ...options, columns: request.columns })
				: readCustomerFile(request.bytes, {
						...options,
						columns: request.columns,
						asOfDay: request.asOfDay
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
