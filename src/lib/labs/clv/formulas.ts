/**
 * TeX of the formulas the lab shows, one per timing convention (see `$lib/analytics/clv`), typeset
 * at prerender time by +page.server.ts so the browser never loads KaTeX's script.
 */
import type { CashFlowTiming } from '$lib/analytics/clv';

export const FORMULA_TEX = {
	'sum-start': 'CLV = \\sum_{t=1}^{T} \\frac{m\\,r^{t-1}}{(1+d)^{t-1}} - AC',
	'sum-retained': 'CLV = \\sum_{t=1}^{T} \\frac{m\\,r^{t}}{(1+d)^{t}} - AC',
	'sum-end': 'CLV = \\sum_{t=1}^{T} \\frac{m\\,r^{t-1}}{(1+d)^{t}} - AC',
	'closed-start': 'CLV_{\\infty} = \\frac{m(1+d)}{1+d-r} - AC',
	'closed-retained': 'CLV_{\\infty} = \\frac{m\\,r}{1+d-r} - AC',
	'closed-end': 'CLV_{\\infty} = \\frac{m}{1+d-r} - AC'
} as const satisfies Record<`${'sum' | 'closed'}-${CashFlowTiming}`, string>;
