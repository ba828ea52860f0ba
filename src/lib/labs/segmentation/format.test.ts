import { schemeTableau10 } from 'd3';
import { describe, expect, it } from 'vitest';
import { CLASS8 } from '$lib/analytics/rfm';
import { CLASS8_COLOURS } from './format';

describe('CLASS8_COLOURS', () => {
	it("gives the eight classes d3's Tableau 10 colours in order, one each", () => {
		expect(CLASS8.map((name) => CLASS8_COLOURS[name])).toEqual(schemeTableau10.slice(0, 8));
		expect(new Set(Object.values(CLASS8_COLOURS)).size).toBe(8);
	});
});
