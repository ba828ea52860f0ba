/**
 * Reads a transaction or customer file (text or Excel, gzip or not) off the page's thread:
 * decodes it, streams its rows and aggregates per customer, reporting progress. The page cancels
 * by terminating this worker.
 */
import { kindChoiceOf, readCustomerFile } from '$lib/analytics/import/customer-file';
import { summarizeTransactionFile } from '$lib/analytics/import/transaction-file';
import { handleFileRequest, readOptionsOf } from '$lib/labs/file-worker';
import type { AnalyseRequest, WorkerRequest } from './protocol';

onmessage = (event: MessageEvent<WorkerRequest>) =>
	handleFileRequest(
		event.data,
		{
			kindOf: (inspection) =>
				kindChoiceOf(inspection.hasHeader ? inspection.header : [], inspection.preview),
			analyse: (request: AnalyseRequest, onProgress) => {
				const options = { ...readOptionsOf(request, onProgress), dropFuture: request.dropFuture };
				return request.kind === 'analyse'
					? summarizeTransactionFile(request.bytes, { ...options, columns: request.columns })
					: readCustomerFile(request.bytes, {
							...options,
							columns: request.columns,
							asOfDay: request.asOfDay
						});
			}
		},
		(message) => postMessage(message)
	);
