import { describe, expect, it } from 'vitest';
import {
	curve,
	curveShape,
	loyaltyAt,
	recommendedRemedy,
	trapZone,
	XEROX_MARKET
} from './satisfaction-loyalty';

describe('satisfaction–loyalty model', () => {
	it('reproduces the Xerox finding: a 5 is about six times as loyal as a 4', () => {
		const shape = curveShape(XEROX_MARKET);
		const ratio = loyaltyAt(5, shape) / loyaltyAt(4, shape);
		expect(ratio).toBeGreaterThan(5.5);
		expect(ratio).toBeLessThan(6.5);
	});

	it('keeps dissatisfied customers in a monopoly', () => {
		const monopoly = curveShape({ competition: 0, switchingCost: 0, valueAdvantage: 0 });
		expect(loyaltyAt(1, monopoly)).toBeGreaterThan(0.75);
	});

	it('rises with satisfaction everywhere', () => {
		const points = curve({ competition: 0.5, switchingCost: 0.5, valueAdvantage: 0 });
		for (let i = 1; i < points.length; i++)
			expect(points[i].loyalty).toBeGreaterThan(points[i - 1].loyalty);
	});

	it('has a trap zone under fierce competition and none in a monopoly', () => {
		expect(trapZone(XEROX_MARKET)?.to).toBeGreaterThan(4);
		expect(trapZone({ competition: 0, switchingCost: 0, valueAdvantage: 0 })).toBeNull();
	});

	it('more delivered value than rivals shrinks the trap; switching costs raise the floor', () => {
		const better = { ...XEROX_MARKET, valueAdvantage: 1 };
		expect(trapZone(better)?.to ?? 3).toBeLessThan(trapZone(XEROX_MARKET)?.to ?? 0);
		const locked = curveShape({ ...XEROX_MARKET, switchingCost: 1 });
		expect(locked.floor).toBeGreaterThan(curveShape(XEROX_MARKET).floor);
	});

	it('recommends raising delivered value to a firm in the trap', () => {
		expect(recommendedRemedy(XEROX_MARKET, 4)).toBe('value');
		expect(recommendedRemedy(XEROX_MARKET, 5)).toBe('none');
	});
});
