/**
 * One learner's file on its way to an analysis: inspected in the worker, mapped, then read. The
 * last good analysis (`dataset`) stays until a new one succeeds, so a bad file changes nothing.
 */
import type {
	CustomerColumnNames,
	FileKind,
	KindChoice
} from '$lib/analytics/import/customer-file';
import type {
	ColumnNames,
	EncodingChoice,
	FileInspection,
	TransactionSummary
} from '$lib/analytics/import/transaction-file';
import { parseDay } from '$lib/analytics/import/values';
import type { AnalyseRequest, ReadChoice, WorkerReply, WorkerRequest } from './protocol';

export type Phase = 'idle' | 'inspecting' | 'mapping' | 'analysing';

/** What the charts are computed from: a read file's summary, or one reopened from a scenario. */
export interface Dataset {
	source: string;
	summary: TransactionSummary;
	/** Set when the data are one of the shipped public samples (its published figures are shown). */
	sample?: 'online-retail';
}

/** A file read straight to results, with no mapping step (sample data). */
export type Preset =
	| { kind: 'transactions' }
	| { kind: 'customers'; columns: CustomerColumnNames; asOf: string; sample?: Dataset['sample'] };

export class AnalysisSession {
	phase = $state<Phase>('idle');
	fileName = $state('');
	encoding = $state<EncodingChoice>('auto');
	inspection = $state.raw<FileInspection | null>(null);
	/** Whether the file holds transactions or one row per customer: guessed, then the learner's. */
	fileKind = $state.raw<KindChoice | null>(null);
	progress = $state({ rowsRead: 0, fraction: 0 });
	error = $state('');
	notice = $state('');
	dataset = $state.raw<Dataset | null>(null);
	#bytes: Uint8Array | null = null;
	#read: ReadChoice = { encoding: 'auto' };
	#last = $state.raw<{
		request: AnalyseRequest;
		source: string;
		sample?: Dataset['sample'];
	} | null>(null);
	#worker: Worker | null = null;
	#pending: ((reply: WorkerReply | null) => void) | null = null;

	/**
	 * Inspects a new file; a `preset` analyses straight away (sample data). A file that cannot be
	 * read replaces nothing: the previous file and analysis stay.
	 */
	async open(bytes: Uint8Array, fileName: string, preset?: Preset): Promise<boolean> {
		const inspection = await this.#inspect(bytes, { encoding: 'auto' });
		if (!inspection) return false;
		this.#bytes = bytes;
		this.fileName = fileName;
		if (preset?.kind === 'customers')
			return this.analyseCustomers(preset.columns, preset.asOf, preset.sample);
		const { id, date, amount } = inspection.guess;
		if (preset && id && date && amount)
			return this.analyse({ ...inspection.guess, id, date, amount });
		return false;
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

	async analyse(columns: ColumnNames): Promise<boolean> {
		const bytes = this.#bytes;
		const inspection = this.inspection;
		if (!bytes || !inspection) return false;
		return this.#analyse({
			kind: 'analyse',
			bytes,
			read: this.#readAsInspected(inspection),
			delimiter: inspection.delimiter,
			columns
		});
	}

	/** A file of one row per customer; `asOf` (YYYY-MM-DD) is where recency in days counts from. */
	async analyseCustomers(
		columns: CustomerColumnNames,
		asOf: string,
		sample?: Dataset['sample']
	): Promise<boolean> {
		const bytes = this.#bytes;
		const inspection = this.inspection;
		const asOfDay = parseDay(asOf);
		if (!bytes || !inspection || asOfDay === null) return false;
		return this.#analyse(
			{
				kind: 'analyse-customers',
				bytes,
				read: this.#readAsInspected(inspection),
				delimiter: inspection.delimiter,
				columns,
				asOfDay
			},
			sample
		);
	}

	/** Whether the analysis on screen came from a file still at hand (not a reopened scenario). */
	get canDropFuture(): boolean {
		return this.#last !== null;
	}

	/** Reads the last analysed file again without its rows dated after today. */
	async dropFuture(): Promise<boolean> {
		if (!this.#last) return false;
		const { request, source, sample } = this.#last;
		this.fileName = source;
		return this.#analyse({ ...request, dropFuture: true }, sample);
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
		this.#last = null;
	}

	/** The sheet and header exactly as inspected, so the whole read sees the same table. */
	#readAsInspected(inspection: FileInspection): ReadChoice {
		return {
			encoding: this.encoding,
			sheet: inspection.sheet ?? undefined,
			header: inspection.hasHeader
		};
	}

	async #analyse(request: AnalyseRequest, sample?: Dataset['sample']): Promise<boolean> {
		// A new try: the last one's messages no longer apply.
		this.phase = 'analysing';
		this.error = '';
		this.notice = '';
		this.progress = { rowsRead: 0, fraction: 0 };
		const reply = await this.#ask(request);
		if (reply?.kind !== 'summary') {
			this.phase = this.inspection ? 'mapping' : 'idle';
			return false;
		}
		const dataset: Dataset = { source: this.fileName, summary: reply.summary };
		if (sample) dataset.sample = sample;
		this.dataset = dataset;
		this.#last = { request, source: this.fileName, sample };
		this.inspection = null;
		this.phase = 'idle';
		this.notice = `已分析“${this.fileName}”。`;
		return true;
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
