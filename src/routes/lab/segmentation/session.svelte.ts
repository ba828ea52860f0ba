/**
 * One learner's file on its way to an analysis: inspected in the worker, mapped, then read. The
 * last good analysis (`dataset`) stays until a new one succeeds, so a bad file changes nothing.
 */
import type {
	ColumnNames,
	EncodingChoice,
	FileInspection,
	TransactionSummary
} from '$lib/analytics/import/transaction-file';
import type { WorkerReply, WorkerRequest } from './protocol';

export type Phase = 'idle' | 'inspecting' | 'mapping' | 'analysing';

/** What the charts are computed from: a read file's summary, or one reopened from a scenario. */
export interface Dataset {
	source: string;
	summary: TransactionSummary;
}

export class AnalysisSession {
	phase = $state<Phase>('idle');
	fileName = $state('');
	encoding = $state<EncodingChoice>('auto');
	inspection = $state.raw<FileInspection | null>(null);
	progress = $state({ rowsRead: 0, fraction: 0 });
	error = $state('');
	notice = $state('');
	dataset = $state.raw<Dataset | null>(null);
	#bytes: Uint8Array | null = null;
	#worker: Worker | null = null;
	#pending: ((reply: WorkerReply | null) => void) | null = null;

	/**
	 * Inspects a new file; `skipMapping` analyses straight away with the recognised columns (sample
	 * data). A file that cannot be read replaces nothing: the previous file and analysis stay.
	 */
	async open(bytes: Uint8Array, fileName: string, skipMapping = false): Promise<void> {
		const inspection = await this.#inspect(bytes, 'auto');
		if (!inspection) return;
		this.#bytes = bytes;
		this.fileName = fileName;
		const { id, date, amount } = inspection.guess;
		if (skipMapping && id && date && amount)
			await this.analyse({ ...inspection.guess, id, date, amount });
	}

	/** Decodes the same file again with the learner's choice of encoding. */
	async reinspect(encoding: EncodingChoice): Promise<void> {
		if (this.#bytes) await this.#inspect(this.#bytes, encoding);
	}

	async analyse(columns: ColumnNames): Promise<boolean> {
		const bytes = this.#bytes;
		const inspection = this.inspection;
		if (!bytes || !inspection) return false;
		// A new try: the last one's messages no longer apply.
		this.error = '';
		this.notice = '';
		this.phase = 'analysing';
		this.progress = { rowsRead: 0, fraction: 0 };
		const reply = await this.#ask({
			kind: 'analyse',
			bytes,
			encoding: this.encoding,
			delimiter: inspection.delimiter,
			columns
		});
		if (reply?.kind !== 'summary') {
			this.phase = 'mapping';
			return false;
		}
		this.dataset = { source: this.fileName, summary: reply.summary };
		this.inspection = null;
		this.phase = 'idle';
		this.notice = `已分析“${this.fileName}”。`;
		return true;
	}

	/** Stops the worker mid-file; the previous analysis stays. */
	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending?.(null);
		this.notice = '已取消，之前的分析保持不变。';
	}

	/** Puts back an analysis saved in a scenario (no file, so no mapping step). */
	restore(dataset: Dataset): void {
		this.dataset = dataset;
		this.inspection = null;
		this.phase = 'idle';
		this.error = '';
	}

	async #inspect(bytes: Uint8Array, encoding: EncodingChoice): Promise<FileInspection | null> {
		const before = this.phase;
		this.phase = 'inspecting';
		this.error = '';
		this.notice = '';
		const reply = await this.#ask({ kind: 'inspect', bytes, encoding });
		if (reply?.kind !== 'inspection') {
			this.phase = before === 'inspecting' ? 'idle' : before;
			return null;
		}
		this.encoding = encoding;
		this.inspection = reply.inspection;
		this.phase = 'mapping';
		return reply.inspection;
	}

	/** Sends one request and waits for its final reply; progress replies update `progress`. */
	#ask(request: WorkerRequest): Promise<WorkerReply | null> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite bundles the worker only from this literal `new URL(…, import.meta.url)` form; nothing reacts to it
		this.#worker ??= new Worker(new URL('./analysis.worker.ts', import.meta.url), {
			type: 'module'
		});
		const worker = this.#worker;
		return new Promise((settle) => {
			const resolve = (reply: WorkerReply | null) => {
				this.#pending = null;
				settle(reply);
			};
			this.#pending = resolve;
			worker.onmessage = (event: MessageEvent<WorkerReply>) => {
				const reply = event.data;
				if (reply.kind === 'progress') {
					this.progress = { rowsRead: reply.rowsRead, fraction: reply.fraction };
					return;
				}
				if (reply.kind === 'error') {
					this.error = `${reply.message}${this.dataset ? '之前的分析保持不变。' : ''}`;
					resolve(null);
				} else resolve(reply);
			};
			worker.onerror = (event) => {
				event.preventDefault();
				this.error = '分析程序意外停止，请重试。';
				this.#worker = null;
				resolve(null);
			};
			worker.postMessage(request);
		});
	}
}
