/**
 * The 我的 page's side of 「离线下载全部内容」: asks the service worker (src/service-worker.ts)
 * for the files not cached yet and follows its progress.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { OfflineReply, OfflineRequest, OfflineSize } from './offline-protocol';

export type OfflineState =
	'unsupported' | 'idle' | 'downloading' | 'complete' | 'cancelled' | 'failed';

export class OfflineDownload {
	state = $state<OfflineState>('idle');
	done = $state(0);
	total = $state(0);
	/** Files and bytes of the whole download, when the build's figure could be read. */
	size = $state<OfflineSize | null>(null);
	failure = $state('');
	/** The browser's data saver is on: nothing downloads unless asked. */
	readonly saveData: boolean;

	constructor() {
		// Prerendering: the page is drawn with the button; the browser fills in the rest.
		if (!browser) {
			this.saveData = false;
			return;
		}
		const connection = (navigator as Navigator & { connection?: { saveData?: boolean } })
			.connection;
		this.saveData = connection?.saveData === true;
		if (!('serviceWorker' in navigator)) this.state = 'unsupported';
	}

	/** Follows the service worker's replies until the returned function is called. */
	connect(): () => void {
		if (this.state === 'unsupported') return () => {};
		const receive = (event: MessageEvent) => this.#receive(event.data as OfflineReply);
		navigator.serviceWorker.addEventListener('message', receive);
		void this.#send({ type: 'offline-status' });
		void fetch(`${base}/offline-size.json`)
			.then((response) => (response.ok ? (response.json() as Promise<OfflineSize>) : null))
			.then((size) => (this.size = size))
			// Offline, or an old build without the figure: the panel shows no size.
			.catch(() => (this.size = null));
		return () => navigator.serviceWorker.removeEventListener('message', receive);
	}

	start(): Promise<void> {
		this.failure = '';
		this.state = 'downloading';
		return this.#send({ type: 'download-all' });
	}

	cancel(): Promise<void> {
		return this.#send({ type: 'cancel-download' });
	}

	async #send(request: OfflineRequest): Promise<void> {
		const registration = await navigator.serviceWorker.ready;
		registration.active?.postMessage(request);
	}

	#receive(reply: OfflineReply): void {
		if (!reply || typeof reply !== 'object' || !('type' in reply)) return;
		if (reply.type === 'offline-done') {
			this.done = this.total = reply.total;
			this.state = 'complete';
			return;
		}
		if (!('done' in reply)) return;
		this.done = reply.done;
		this.total = reply.total;
		if (reply.type === 'offline-status') {
			if (reply.downloading) this.state = 'downloading';
			else if (reply.done >= reply.total) this.state = 'complete';
		} else if (reply.type === 'offline-progress') this.state = 'downloading';
		else if (reply.type === 'offline-cancelled') this.state = 'cancelled';
		else {
			this.state = 'failed';
			this.failure = reply.reason;
		}
	}
}
