import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebouncedSave } from './debounced-save.svelte';

/** A write the test finishes by hand, to play a slow database. */
function slowWrites() {
	const started: { value: string; finish: () => void }[] = [];
	const write = (value: string) =>
		new Promise<void>((resolve) => started.push({ value, finish: resolve }));
	return { started, write };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DebouncedSave', () => {
	it('writes only the last of quick changes, once they stop', async () => {
		const written: string[] = [];
		const saver = new DebouncedSave(async (value: string) => void written.push(value), 400);
		saver.schedule('a');
		await vi.advanceTimersByTimeAsync(300);
		saver.schedule('ab');
		await vi.advanceTimersByTimeAsync(399);
		expect(written).toEqual([]);
		expect(saver.state).toBe('pending');
		await vi.advanceTimersByTimeAsync(1);
		expect(written).toEqual(['ab']);
		expect(saver.state).toBe('saved');
	});

	it('does not say "saved" when a write finishes after a newer change', async () => {
		const { started, write } = slowWrites();
		const saver = new DebouncedSave(write, 400);
		saver.schedule('题干');
		await vi.advanceTimersByTimeAsync(400);
		saver.schedule('题干 + 要点');
		started[0].finish();
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('pending');
		await vi.advanceTimersByTimeAsync(400);
		expect(started.map((s) => s.value)).toEqual(['题干', '题干 + 要点']);
		started[1].finish();
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('saved');
	});

	it('writes one after another, in the order of the changes', async () => {
		const { started, write } = slowWrites();
		const saver = new DebouncedSave(write, 400);
		saver.schedule('first');
		void saver.flush();
		saver.schedule('second');
		const done = saver.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(started.map((s) => s.value)).toEqual(['first']);
		started[0].finish();
		await vi.advanceTimersByTimeAsync(0);
		expect(started.map((s) => s.value)).toEqual(['first', 'second']);
		started[1].finish();
		await done;
		expect(saver.state).toBe('saved');
	});

	it('flush writes the change still waiting at once, and nothing when there is none', async () => {
		const written: string[] = [];
		const saver = new DebouncedSave(async (value: string) => void written.push(value), 400);
		await saver.flush();
		expect(written).toEqual([]);
		saver.schedule('离开页面前的改动');
		await saver.flush();
		expect(written).toEqual(['离开页面前的改动']);
		await vi.advanceTimersByTimeAsync(1000);
		expect(written).toEqual(['离开页面前的改动']);
	});

	it('says so when a write fails, and "saved" again after the next one succeeds', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		let fail = true;
		const saver = new DebouncedSave(async () => {
			if (fail) throw new Error('quota');
		}, 400);
		saver.schedule('x');
		await saver.flush();
		expect(saver.state).toBe('error');
		expect(error).toHaveBeenCalled();
		fail = false;
		saver.schedule('y');
		await saver.flush();
		expect(saver.state).toBe('saved');
		error.mockRestore();
	});
});
