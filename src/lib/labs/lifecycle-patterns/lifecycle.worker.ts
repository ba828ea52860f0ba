/**
 * Reads a transaction file or a per-customer table (text or Excel, gzip or not) into purchase
 * histories off the page's thread, reporting progress. The page cancels by terminating this worker.
 */
import {
	guessCustomerTable,
	guessCustomerTableColumns,
	readCustomerTable,
	readTransactionHistories
} from '$lib/analytics/lifecycle-input';
import { handleFileRequest, readOptionsOf } from '$lib/labs/file-worker';
import type { LifecycleKind, LifecycleRequest, WorkerReply, WorkerRequest } from './protocol';

onmessage = (event: MessageEvent<WorkerRequest>) =>
	handleFileRequest(
		event.data,
		{
			kindOf: (inspection): LifecycleKind => {
				const header = inspection.hasHeader ? inspection.header : [];
				return {
					value: guessCustomerTable(header, inspection.preview),
					guessed: true,
					...guessCustomerTableColumns(header)
				};
			},
			analyse: (request: LifecycleRequest, onProgress) => {
				const options = readOptionsOf(request, onProgress);
				return request.kind === 'transactions'
					? readTransactionHistories(request.bytes, { ...options, columns: request.columns })
					: readCustomerTable(request.bytes, { ...options, columns: request.columns });
			}
		},
		(message: WorkerReply) => postMessage(message)
	);
