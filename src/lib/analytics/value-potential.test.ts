import { describe, expect, it } from 'vitest';
import { POTENTIAL_PROXIES, potentialOf, type PotentialProxy } from './value-potential';

const customer = { recencyDays: 12, frequency: 6, monetary: 900, tenureDays: 90 };

describe('potentialOf', () => {
	it.each<[PotentialProxy, typeof customer, number]>([
		['purchase-rate', customer, 2],
		['purchase-rate', { ...customer, tenureDays: 10 }, 6],
		['average-order', customer, 150],
		['average-order', { ...customer, frequency: 0 }, 0],
		['recency', customer, -12]
	])('%s of %o is %d', (proxy, input, expected) => {
		expect(potentialOf(input, proxy)).toBeCloseTo(expected, 10);
	});

	it('states a name and a rule for every proxy', () => {
		for (const proxy of Object.values(POTENTIAL_PROXIES)) {
			expect(proxy.name.length).toBeGreaterThan(1);
			expect(proxy.rule.length).toBeGreaterThan(10);
		}
	});
});
