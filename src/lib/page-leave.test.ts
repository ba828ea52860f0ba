import { beforeEach, describe, expect, it } from 'vitest';
import { onPageLeave } from './page-leave';

const page = {
	window: new EventTarget(),
	document: Object.assign(new EventTarget(), { visibilityState: 'visible' })
};

beforeEach(() => {
	page.window = new EventTarget();
	page.document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
	Object.assign(globalThis, page);
});

const setVisibility = (state: 'visible' | 'hidden') => {
	page.document.visibilityState = state;
	page.document.dispatchEvent(new Event('visibilitychange'));
};

describe('onPageLeave', () => {
	it('saves when the tab is hidden or the page unloads, not when it comes back into view', () => {
		let saves = 0;
		onPageLeave(() => saves++);
		setVisibility('hidden');
		expect(saves).toBe(1);
		setVisibility('visible');
		expect(saves).toBe(1);
		page.window.dispatchEvent(new Event('pagehide'));
		expect(saves).toBe(2);
	});

	it('stops listening once stopped', () => {
		let saves = 0;
		const stop = onPageLeave(() => saves++);
		stop();
		setVisibility('hidden');
		page.window.dispatchEvent(new Event('pagehide'));
		expect(saves).toBe(0);
	});
});
