/**
 * Reads a survey file (text or Excel, any encoding the importer knows) into text cells off the
 * page's thread. Scales and scores are applied on the page, where the learner changes them.
 */
import { readSurveyTable } from '$lib/analytics/survey-data';
import { handleFileRequest } from '$lib/labs/file-worker';
import type { FileReply, FileWorkerRequest, SurveyRequest } from './protocol';

onmessage = (event: MessageEvent<FileWorkerRequest>) =>
	handleFileRequest(
		event.data,
		{
			kindOf: () => ({ value: 'customers', guessed: true }),
			analyse: (request: SurveyRequest, onProgress) =>
				readSurveyTable(request.bytes, {
					encoding: request.read.encoding,
					sheet: request.read.sheet,
					delimiter: request.delimiter || undefined,
					onFraction: (fraction) => onProgress(0, fraction)
				})
		},
		(message: FileReply) => postMessage(message)
	);
