/**
 * Saves a form's latest value a moment after it stops changing — the instructor's assignment and
 * case details, whose every field change would otherwise be a write. Unlike free text (see
 * autosave.svelte.ts) nothing is journalled; instead:
 *
 * - "saved" is said only when the value last changed has committed: a write that finishes after
 *   a newer change leaves the state at "pending", so nobody leaves the page on a stale "saved";
 * - writes run one after another, in the order of the changes;
 * - a change still waiting is written at once when the page is hidden or left, or the editor
 *   closes (`start()`'s stop function), not dropped with its timer.
 */
import { onPageLeave } from './page-leave';

export type DebouncedSaveState = '' | 'pending' | 'saved' | 'error';

export class DebouncedSave<T> {
	state = $state<DebouncedSaveState>('');

	readonly #write: (value: T) => Promise<void>;
	readonly #delayMs: number;
	#waiting: { value: T } | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#chain: Promise<void> = Promise.resolve();
	/** Changes scheduled so far; a write may call the state "saved" only if it took the last. */
	#changes = 0;

	constructor(write: (value: T) => Promise<void>, delayMs = 400) {
		this.#write = write;
		this.#delayMs = delayMs;
	}

	/** The value changed: write it once it has stayed unchanged for the delay. */
	schedule(value: T): void {
		this.#waiting = { value };
		this.#changes += 1;
		this.state = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
	}

	/** Writes the value still waiting now; resolves when every write so far has finished. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		const waiting = this.#waiting;
		if (!waiting) return this.#chain;
		this.#waiting = null;
		const change = this.#changes;
		this.#chain = this.#chain.then(async () => {
			try {
				await this.#write(waiting.value);
				if (change === this.#changes) this.state = 'saved';
			} catch (error) {
				this.state = 'error';
				console.error('保存失败', error);
			}
		});
		return this.#chain;
	}

	/** Writes at once when the page is hidden or left. Returns the stop function (which writes). */
	start(): () => void {
		const stopWatchingLeave = onPageLeave(() => void this.flush());
		return () => {
			stopWatchingLeave();
			void this.flush();
		};
	}
}
