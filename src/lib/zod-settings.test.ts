import { describe, expect, it } from 'vitest';
import { config } from 'zod/v4/core';
import { makeZodJitless } from './zod-settings';

describe('makeZodJitless', () => {
	it('sets the very settings object zod reads, so zod validates without eval', () => {
		makeZodJitless();
		expect(config().jitless).toBe(true);
		expect(config()).toBe(
			(globalThis as unknown as { __zod_globalConfig: object }).__zod_globalConfig
		);
	});
});
