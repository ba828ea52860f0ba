/** Number formats and colours shared by this lab's charts and tables. */
import { utcMonth } from 'd3';
import type { Pattern, Stage } from '$lib/analytics/lifecycle-patterns';

export { count, percent, yuan } from '$lib/format';

/** From the earliest ending (red) to the kept relationship (green), as the chapter's figure. */
export const PATTERN_COLOURS: Record<Pattern, string> = {
	早期流产型: 'var(--chart-5)',
	中途夭折型: 'var(--chart-3)',
	提前退出型: 'var(--chart-4)',
	长久保持型: 'var(--chart-2)'
};

export const STAGE_COLOURS: Record<Stage, string> = {
	考察期: 'var(--chart-1)',
	形成期: 'var(--chart-3)',
	稳定期: 'var(--chart-2)',
	退化期: 'var(--chart-4)',
	已流失: 'var(--chart-5)'
};

const DAY_MS = 86_400_000;

/** About `count` month starts between two day numbers, as day numbers (for a date axis in days). */
export function dayTicks(from: number, to: number, count = 5): number[] {
	const months = Math.max(1, Math.round((to - from) / 30.44 / count));
	return utcMonth
		.range(new Date(from * DAY_MS), new Date(to * DAY_MS + 1), months)
		.map((date) => Math.round(date.getTime() / DAY_MS));
}
