/**
 * The learner's survey file on its way to a table of answers (the shared FileSession with this
 * lab's worker). The last good survey stays until a new one is read, so a bad file changes nothing.
 */
import type { SurveyTable } from '$lib/analytics/survey-data';
import { FileSession } from '$lib/labs/file-session.svelte';
import type { SurveyKind, SurveyRequest } from './protocol';

export interface SurveyDataset {
	source: string;
	table: SurveyTable;
}

export class SurveySession extends FileSession<SurveyRequest, SurveyTable, SurveyKind> {
	dataset = $state.raw<SurveyDataset | null>(null);

	constructor() {
		super(
			() =>
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite bundles the worker only from this literal `new URL(…, import.meta.url)` form; nothing reacts to it
				new Worker(new URL('./survey.worker.ts', import.meta.url), { type: 'module' })
		);
	}

	protected override get hasResult(): boolean {
		return this.dataset !== null;
	}

	/** Inspects and reads a file straight away: a survey needs no column mapping. */
	async open(bytes: Uint8Array, fileName: string): Promise<boolean> {
		if (!(await this.load(bytes, fileName))) return false;
		const file = this.fileRead();
		if (!file) return false;
		return this.run(
			{ kind: 'survey', ...file },
			(table) => (this.dataset = { source: fileName, table })
		);
	}

	/** Puts back a survey saved in a scenario. */
	restore(dataset: SurveyDataset): void {
		this.dataset = dataset;
		this.settle();
	}
}
