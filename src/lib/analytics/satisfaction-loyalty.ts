/**
 * How loyalty (the chance of buying again) depends on satisfaction (1–5) under different market
 * conditions — a teaching model of the satisfaction trap, not an estimate. A logistic curve:
 *   p(s) = floor + (1 − floor) / (1 + e^(−steepness · (s − midpoint)))
 * Strong competition makes the curve flat until near-complete satisfaction (the trap); little
 * competition and high switching costs keep even dissatisfied customers (a high floor); giving
 * more delivered value than rivals moves the curve left (loyalty comes sooner).
 */

export interface Market {
	/** 0 = monopoly, 1 = fierce competition. */
	competition: number;
	/** 0 = free to leave, 1 = very costly to switch. */
	switchingCost: number;
	/** Delivered value relative to rivals: −1 far worse … 0 equal … 1 far better. */
	valueAdvantage: number;
}

export interface CurveShape {
	floor: number;
	midpoint: number;
	steepness: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function curveShape(market: Market): CurveShape {
	const c = clamp(market.competition, 0, 1);
	const w = clamp(market.switchingCost, 0, 1);
	const v = clamp(market.valueAdvantage, -1, 1);
	return {
		// Captive customers stay whatever they feel: less competition, higher switching costs.
		floor: clamp(0.05 + 0.75 * (1 - c) + 0.35 * w * c, 0, 0.95),
		midpoint: 3 + 1.6 * c - 0.9 * v,
		steepness: 1.5 + 3 * c
	};
}

export function loyaltyAt(satisfaction: number, shape: CurveShape): number {
	const { floor, midpoint, steepness } = shape;
	return floor + (1 - floor) / (1 + Math.exp(-steepness * (satisfaction - midpoint)));
}

/** Points of the curve from 1 to 5, for drawing. */
export function curve(market: Market, points = 41): { satisfaction: number; loyalty: number }[] {
	const shape = curveShape(market);
	return Array.from({ length: points }, (_, i) => {
		const satisfaction = 1 + (4 * i) / (points - 1);
		return { satisfaction, loyalty: loyaltyAt(satisfaction, shape) };
	});
}

/**
 * The trap zone: satisfaction levels where loyalty stays low although customers say they are
 * satisfied (score ≥ 3) — loyalty below half of what complete satisfaction (5) brings.
 */
export function trapZone(market: Market): { from: number; to: number } | null {
	const shape = curveShape(market);
	const top = loyaltyAt(5, shape);
	let to: number | null = null;
	for (let s = 3; s <= 5; s += 0.01) {
		if (loyaltyAt(s, shape) < top / 2) to = s;
	}
	return to === null ? null : { from: 3, to: Math.round(to * 100) / 100 };
}

/** The Xerox finding: in its markets, customers scoring 5 were about six times as likely to buy again as those scoring 4. */
export const XEROX_MARKET: Market = { competition: 0.97, switchingCost: 0, valueAdvantage: 0 };

export type Remedy = 'value' | 'switching' | 'none';

/** Which remedy the course recommends for a firm whose satisfied customers still leave. */
export function recommendedRemedy(market: Market, satisfaction: number): Remedy {
	const zone = trapZone(market);
	if (!zone || satisfaction > zone.to) return 'none';
	return market.valueAdvantage < 0.5 ? 'value' : 'switching';
}
