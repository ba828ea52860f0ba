/**
 * Heatmap colours from the theme: a cell's fill mixes --heat-low into --heat-high by its share of
 * the largest value, so the dark theme gets light cells on its dark cards (d3's interpolateBlues
 * starts at near-white, and its pale cells vanished against nothing, its dark ones into the page).
 */

/** Above this share the cell is far enough from --heat-low for the high text colour. */
const TEXT_SWITCH = 0.55;

const clamp = (share: number) => Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));

/** The fill of a cell holding `share` (0–1) of the largest value. */
export function heatFill(share: number): string {
	return `color-mix(in oklab, var(--heat-high) ${Math.round(clamp(share) * 100)}%, var(--heat-low))`;
}

/** The colour of the number written on that cell. */
export function heatText(share: number): string {
	return clamp(share) > TEXT_SWITCH ? 'var(--heat-text-high)' : 'var(--heat-text-low)';
}
