/**
 * Bootstrap intervals for the PLS paths, off the page's thread. Progress every 10 resamples; the
 * page cancels by terminating the worker (the loop itself is synchronous).
 */
import { ModelError } from '$lib/analytics/model-error';
import { bootstrapPls } from '$lib/analytics/pls-bootstrap';
import type { BootstrapReply, BootstrapRequest } from './protocol';

const reply = (message: BootstrapReply) => postMessage(message);

onmessage = (event: MessageEvent<BootstrapRequest>) => {
	const { rows, columns, model, resamples, seed } = event.data;
	try {
		const result = bootstrapPls(rows, columns, model, {
			resamples,
			seed,
			onProgress: (done) => {
				if (done % 10 === 0 || done === resamples) reply({ kind: 'progress', done });
			}
		});
		reply({ kind: 'result', result });
	} catch (error) {
		reply({
			kind: 'error',
			message:
				error instanceof ModelError
					? error.message
					: `自助法出错：${error instanceof Error ? error.message : String(error)}`
		});
	}
};
