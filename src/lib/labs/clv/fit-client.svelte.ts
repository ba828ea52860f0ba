/**
 * The page's side of fit.worker.ts: one request at a time, progress as reactive state, and
 * cancel by terminating the worker (a fresh one is made for the next request).
 *
 * Usage: `const client = new FitClient(); const reply = await client.send({ kind: 'fit', … });`
 */
import type { FitRequest, FitResponse } from './fit-protocol';
import { startFitWorker } from './start-fit-worker';

type Reply = Exclude<FitResponse, { kind: 'progress' }>;

export class FitClient {
	/** What the worker is doing, in Chinese, while busy; empty when idle. */
	stage = $state('');
	/** 0–1 within the current stage. */
	fraction = $state(0);
	busy = $state(false);

	#worker: Worker | null = null;
	#settle: ((reply: Reply | null) => void) | null = null;

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = startFitWorker();
		worker.onmessage = (event: MessageEvent<FitResponse>) => {
			const message = event.data;
			if (message.kind === 'progress') {
				this.stage = message.stage;
				this.fraction = message.fraction;
				return;
			}
			this.#finish(message);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#finish({ kind: 'failed', message: `计算线程出错：${event.message || '未知错误'}` });
		};
		this.#worker = worker;
		return worker;
	}

	#finish(reply: Reply | null) {
		this.busy = false;
		this.stage = '';
		this.fraction = 0;
		const settle = this.#settle;
		this.#settle = null;
		settle?.(reply);
	}

	/** Resolves with the worker's answer, or null when cancelled or superseded. */
	send(request: FitRequest): Promise<Reply | null> {
		// The worker answers in order: a request still running would answer this one, so stop it.
		if (this.busy) this.cancel();
		const worker = this.#ensureWorker();
		this.busy = true;
		this.stage =
			request.kind === 'load' ? '读取文件' : request.kind === 'fit' ? '准备数据' : '计算预测';
		this.fraction = 0;
		return new Promise((resolve) => {
			this.#settle = resolve;
			worker.postMessage(request);
		});
	}

	/** Stops the current request; the worker's cached file goes with it. */
	cancel() {
		this.#worker?.terminate();
		this.#worker = null;
		this.#finish(null);
	}

	dispose() {
		this.cancel();
	}
}
