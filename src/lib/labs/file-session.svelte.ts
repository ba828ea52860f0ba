/**
 * One learner's file on its way to a lab's analysis, shared by the labs that read tables: the file
 * is inspected in a Web Worker, mapped by the learner, then read by the lab's own request. Progress
 * and cancel work the same in every lab. A lab extends this class, keeps its last good result, and
 * says whether it has one (`hasResult`), so a failed file changes nothing and says so.
 *
 * ```ts
 * class MySession extends FileSession<MyRequest, MyResult, KindChoice> {
 *   constructor() { super(() => new Worker(new URL('./my.worker.ts', import.meta.url), { type: 'module' })); }
 * }
 * ```
 */
import type { FileKind } from '$lib/analytics/import/customer-file';
import type { EncodingChoice, FileInspection } from '$lib/analytics/import/transaction-file';
import type {
	FileRead,
	FileWorkerReply,
	InspectRequest,
	KindGuess,
	ReadChoice
} from './file-protocol';

export type Phase = 'idle' | 'inspecting' | 'mapping' | 'analysing';

export class FileSession<Request extends { kind: string }, Result, Kind extends KindGuess> {
	phase = $state<Phase>('idle');
	fileName = $state('');
	encoding = $state<EncodingChoice>('auto');
	inspection = $state.raw<FileInspection | null>(null);
	/** Whether the file holds transactions or one row per customer: guessed, then the learner's. */
	fileKind = $state.raw<Kind | null>(null);
	progress = $state({ rowsRead: 0, fraction: 0 });
	error = $state('');
	notice = $state('');
	#bytes: Uint8Array | null = null;
	#read: ReadChoice = { encoding: 'auto' };
	#createWorker: () => Worker;
	#worker: Worker | null = null;
	#pending: ((reply: FileWorkerReply<Result, Kind> | null) => void) | null = null;
	/** The last request's turn: the worker answers one request at a time, so they queue. */
	#queue: Promise<unknown> = Promise.resolve();

	/** `createWorker` holds the lab's literal `new Worker(new URL(…, import.meta.url))`, which Vite bundles. */
	constructor(createWorker: () => Worker) {
		this.#createWorker = createWorker;
	}

	/** Whether a previous analysis is on screen (a failure then says it stays). */
	protected get hasResult(): boolean {
		return false;
	}

	/** Inspects a new file; one that cannot be read replaces nothing. */
	protected async load(bytes: Uint8Array, fileName: string): Promise<FileInspection | null> {
		const inspection = await this.#inspect(bytes, { encoding: 'auto' });
		if (!inspection) return null;
		this.#bytes = bytes;
		this.fileName = fileName;
		return inspection;
	}

	/** Decodes the same file again with the learner's choice of encoding. */
	async reinspect(encoding: EncodingChoice): Promise<void> {
		if (this.#bytes) await this.#inspect(this.#bytes, { ...this.#read, encoding });
	}

	/** Reads another sheet of the workbook (the header is detected again). */
	async chooseSheet(sheet: string): Promise<void> {
		if (this.#bytes) await this.#inspect(this.#bytes, { encoding: this.encoding, sheet });
	}

	/** Reads the first row as the header, or as data. */
	async chooseHeader(header: boolean): Promise<void> {
		if (this.#bytes) await this.#inspect(this.#bytes, { ...this.#read, header });
	}

	chooseKind(kind: FileKind): void {
		if (this.fileKind) this.fileKind = { ...this.fileKind, value: kind, guessed: false };
	}

	/** Stops the worker mid-file; the previous analysis stays. */
	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending?.(null);
		this.notice = '已取消，之前的分析保持不变。';
	}

	/** The file and the sheet and header exactly as inspected, so the whole read sees the same table. */
	protected fileRead(): FileRead | null {
		const bytes = this.#bytes;
		const inspection = this.inspection;
		if (!bytes || !inspection) return null;
		return {
			bytes,
			read: {
				encoding: this.encoding,
				sheet: inspection.sheet ?? undefined,
				header: inspection.hasHeader
			},
			delimiter: inspection.delimiter
		};
	}

	/**
	 * Runs one analysis request. On success `accept` stores the result and, in the same step, the
	 * mapping closes (so nothing shows the old result beside the new notice); on failure `error`
	 * says why and the phase returns to where it was.
	 */
	protected async run(request: Request, accept: (result: Result) => void): Promise<boolean> {
		// A new try: the last one's messages no longer apply.
		this.phase = 'analysing';
		this.error = '';
		this.notice = '';
		this.progress = { rowsRead: 0, fraction: 0 };
		const reply = await this.#ask(request);
		if (reply?.kind !== 'result') {
			this.phase = this.inspection ? 'mapping' : 'idle';
			return false;
		}
		accept(reply.result);
		this.inspection = null;
		this.phase = 'idle';
		this.notice = `已分析“${this.fileName}”。`;
		return true;
	}

	/**
	 * Sends a lab request that reads no file (no phase, progress or notice): the same data computed
	 * again with other settings, say. `stillWanted` is asked when the request's turn comes, so one
	 * that newer requests have replaced is never sent. Null when it failed (`error` says why), was
	 * cancelled or was no longer wanted.
	 */
	protected async compute(
		request: Request,
		stillWanted: () => boolean = () => true
	): Promise<Result | null> {
		const reply = await this.#ask(request, stillWanted);
		return reply?.kind === 'result' ? reply.result : null;
	}

	/** Closes the mapping step for a result that did not come from a file (a reopened scenario). */
	protected settle(): void {
		this.inspection = null;
		this.phase = 'idle';
		this.error = '';
	}

	async #inspect(bytes: Uint8Array, read: ReadChoice): Promise<FileInspection | null> {
		const before = this.phase;
		this.phase = 'inspecting';
		this.error = '';
		this.notice = '';
		const reply = await this.#ask({ kind: 'inspect', bytes, read });
		if (reply?.kind !== 'inspection') {
			this.phase = before === 'inspecting' ? 'idle' : before;
			return null;
		}
		this.encoding = read.encoding;
		this.#read = read;
		this.inspection = reply.inspection;
		this.fileKind = reply.fileKind;
		this.phase = 'mapping';
		return reply.inspection;
	}

	/** Sends one request after those before it, unless it is no longer wanted by then. */
	#ask(
		request: InspectRequest | Request,
		stillWanted: () => boolean = () => true
	): Promise<FileWorkerReply<Result, Kind> | null> {
		const turn = this.#queue.then(() => (stillWanted() ? this.#send(request) : null));
		this.#queue = turn.catch(() => null);
		return turn;
	}

	/** Sends one request and waits for its final reply; progress replies update `progress`. */
	#send(request: InspectRequest | Request): Promise<FileWorkerReply<Result, Kind> | null> {
		this.#worker ??= this.#createWorker();
		const worker = this.#worker;
		return new Promise((settle) => {
			const resolve = (reply: FileWorkerReply<Result, Kind> | null) => {
				this.#pending = null;
				settle(reply);
			};
			this.#pending = resolve;
			worker.onmessage = (event: MessageEvent<FileWorkerReply<Result, Kind>>) => {
				const reply = event.data;
				if (reply.kind === 'progress') {
					this.progress = { rowsRead: reply.rowsRead, fraction: reply.fraction };
					return;
				}
				if (reply.kind === 'error') {
					this.error = `${reply.message}${this.hasResult ? '之前的分析保持不变。' : ''}`;
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
