/**
 * Reads a transaction or customer file (text or Excel, gzip or not) off the page's thread:
 * decodes it, streams its rows and aggregates per customer, reporting progress; then scores the
 * customers (RFM, matrices, Pareto, the tiers' ranking), which at 100,000 customers would hold
 * the page for most of a second. The page cancels by terminating this worker.
 */
import { kindChoiceOf, readCustomerFile } from '$lib/analytics/import/customer-file';
import { summarizeTransactionFile } from '$lib/analytics/import/transaction-file';
import { handleFileRequest, readOptionsOf } from '$lib/labs/file-worker';
import type { AnalyseRequest, Analysis, WorkerRequest } from './protocol';
import { packScores, scoreDataset } from './results';

function read(request: AnalyseRequest, onProgress: (rowsRead: number, fraction: number) => void) {
	const options = { ...readOptionsOf(request, onProgress), dropFuture: request.dropFuture };
	return request.kind === 'analyse'
		? summarizeTransactionFile(request.bytes, { ...options, columns: request.columns })
		: readCustomerFile(request.bytes, {
				...options,
				columns: request.columns,
				asOfDay: request.asOfDay
			});
}

onmessage = (event: MessageEvent<WorkerRequest>) =>
	handleFileRequest(
		event.data,
		{
			kindOf: (inspection) =>
				kindChoiceOf(inspection.hasHeader ? inspection.header : [], inspection.preview),
			analyse: (request, onProgress): Analysis => {
				if (request.kind === 'score') {
					return { scores: packScores(scoreDataset(request.summary, request.asOfDay)) };
				}
				const summary = read(request, onProgress);
				return { summary, scores: packScores(scoreDataset(summary)) };
			}
		},
		(message) => postMessage(message)
	);
