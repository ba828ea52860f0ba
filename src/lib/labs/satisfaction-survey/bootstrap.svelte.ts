/**
 * One bootstrap run in its own worker, with progress and cancel. The result remembers which fit it
 * was drawn for, so a changed model or survey never shows old intervals.
 */
import type { BootstrapResult } from '$lib/analytics/pls-bootstrap';
import type { PlsFit } from './analysis';
import type { BootstrapReply, BootstrapRequest } from './protocol';

export class BootstrapRun {
	status = $state<'idle' | 'running' | 'done' | 'cancelled' | 'error'>('idle');
	done = $state(0);
	resamples = $state(0);
	result = $state.raw<BootstrapResult | null>(null);
	/** Key of the fit the result (or the run in progress) belongs to. */
	fitKey = $state('');
	error = $state('');
	#worker: Worker | null = null;

	start(fit: PlsFit, resamples: number, seed: number): void {
		this.cancel(false);
		this.fitKey = fit.key;
		this.result = null;
		this.error = '';
		this.done = 0;
		this.resamples = resamples;
		this.status = 'running';
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite bundles the worker only from this literal `new URL(…, import.meta.url)` form; nothing reacts to it
		const worker = new Worker(new URL('./bootstrap.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<BootstrapReply>) => {
			const reply = event.data;
			if (reply.kind === 'progress') {
				this.done = reply.done;
				return;
			}
			if (reply.kind === 'result') {
				this.result = reply.result;
				this.status = 'done';
			} else {
				this.error = reply.message;
				this.status = 'error';
			}
			this.#stop();
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.error = '自助法程序意外停止，请重试。';
			this.status = 'error';
			this.#stop();
		};
		const request: BootstrapRequest = {
			rows: fit.rows,
			columns: fit.columns,
			model: fit.model,
			resamples,
			seed
		};
		worker.postMessage(request);
	}

	/** Stops a run; the path estimates stay, without intervals. */
	cancel(report = true): void {
		if (this.status !== 'running') return;
		this.#stop();
		this.status = report ? 'cancelled' : 'idle';
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
