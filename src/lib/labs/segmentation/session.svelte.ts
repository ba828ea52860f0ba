/**
 * One learner's file on its way to a segmentation: inspected in the worker, mapped, then read and
 * scored there (the shared FileSession). The last good analysis (`dataset` and its `scored`) stays
 * until a new one succeeds, so a bad file changes nothing.
 */
import type { CustomerColumnNames, KindChoice } from '$lib/analytics/import/customer-file';
import type { ColumnNames, TransactionSummary } from '$lib/analytics/import/transaction-file';
import { parseDay } from '$lib/analytics/import/values';
import { FileSession } from '$lib/labs/file-session.svelte';
import type { Analysis, AnalyseRequest, SegmentationRequest } from './protocol';
import { unpackScores, type Scored } from './results';

export type { Phase } from '$lib/labs/file-session.svelte';

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

export class AnalysisSession extends FileSession<SegmentationRequest, Analysis, KindChoice> {
	dataset = $state.raw<Dataset | null>(null);
	/** The dataset's scores at the as-of day last asked for (`rescore`). */
	scored = $state.raw<Scored | null>(null);
	/** Counts scoring requests: only the latest one's answer is used. */
	#scoring = 0;
	#last = $state.raw<{
		request: AnalyseRequest;
		source: string;
		sample?: Dataset['sample'];
	} | null>(null);

	constructor() {
		super(
			() =>
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite bundles the worker only from this literal `new URL(…, import.meta.url)` form; nothing reacts to it
				new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })
		);
	}

	protected override get hasResult(): boolean {
		return this.dataset !== null;
	}

	/**
	 * Inspects a new file; a `preset` analyses straight away (sample data). A file that cannot be
	 * read replaces nothing: the previous file and analysis stay.
	 */
	async open(bytes: Uint8Array, fileName: string, preset?: Preset): Promise<boolean> {
		const inspection = await this.load(bytes, fileName);
		if (!inspection) return false;
		if (preset?.kind === 'customers')
			return this.analyseCustomers(preset.columns, preset.asOf, preset.sample);
		const { id, date, amount } = inspection.guess;
		if (preset && id && date && amount)
			return this.analyse({ ...inspection.guess, id, date, amount });
		return false;
	}

	async analyse(columns: ColumnNames): Promise<boolean> {
		const file = this.fileRead();
		if (!file) return false;
		return this.#analyse({ kind: 'analyse', ...file, columns });
	}

	/** A file of one row per customer; `asOf` (YYYY-MM-DD) is where recency in days counts from. */
	async analyseCustomers(
		columns: CustomerColumnNames,
		asOf: string,
		sample?: Dataset['sample']
	): Promise<boolean> {
		const file = this.fileRead();
		const asOfDay = parseDay(asOf);
		if (!file || asOfDay === null) return false;
		return this.#analyse({ kind: 'analyse-customers', ...file, columns, asOfDay }, sample);
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

	/** Scores a summary in the worker; null when it failed or a newer request replaced it. */
	async score(summary: TransactionSummary, asOfDay: number | null): Promise<Scored | null> {
		const ticket = ++this.#scoring;
		const latest = () => ticket === this.#scoring;
		const analysis = await this.compute(
			{ kind: 'score', summary, asOfDay: asOfDay ?? undefined },
			latest
		);
		return analysis && latest() ? unpackScores(analysis.scores, summary) : null;
	}

	/** Scores the analysis on screen again at another as-of day (null: the file's default). */
	async rescore(asOfDay: number | null): Promise<void> {
		const dataset = this.dataset;
		if (!dataset) return;
		const scored = await this.score(dataset.summary, asOfDay);
		if (scored && this.dataset === dataset) this.scored = scored;
	}

	/** Puts back an analysis saved in a scenario (no file, so no mapping step), with its scores. */
	restore(dataset: Dataset, scored: Scored): void {
		this.dataset = dataset;
		this.scored = scored;
		this.settle();
		this.#last = null;
	}

	async #analyse(request: AnalyseRequest, sample?: Dataset['sample']): Promise<boolean> {
		return this.run(request, ({ summary, scores }) => {
			// A file read always comes with its summary (only a ScoreRequest's answer has none).
			if (!summary) return;
			const dataset: Dataset = { source: this.fileName, summary };
			if (sample) dataset.sample = sample;
			this.dataset = dataset;
			this.scored = unpackScores(scores, summary);
			this.#last = { request, source: this.fileName, sample };
		});
	}
}
