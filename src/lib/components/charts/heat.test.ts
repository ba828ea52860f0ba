import { describe, expect, it } from 'vitest';
import { heatFill, heatText } from './heat';

describe('heatmap colours', () => {
	it('mixes the high colour in by the share, in whole percent', () => {
		expect(heatFill(0)).toBe('color-mix(in oklab, var(--heat-high) 0%, var(--heat-low))');
		expect(heatFill(0.374)).toBe('color-mix(in oklab, var(--heat-high) 37%, var(--heat-low))');
		expect(heatFill(1)).toBe('color-mix(in oklab, var(--heat-high) 100%, var(--heat-low))');
	});

	it('keeps shares outside 0–1 (or not a number) inside the scale', () => {
		expect(heatFill(1.8)).toBe(heatFill(1));
		expect(heatFill(-0.2)).toBe(heatFill(0));
		expect(heatFill(Number.NaN)).toBe(heatFill(0));
	});

	it('switches the number to the high text colour only on the fuller cells', () => {
		expect(heatText(0.2)).toBe('var(--heat-text-low)');
		expect(heatText(0.55)).toBe('var(--heat-text-low)');
		expect(heatText(0.56)).toBe('var(--heat-text-high)');
	});
});
