/**
 * Customers drawn from known BG/NBD and Gamma-Gamma parameters, seeded so runs repeat. Used to
 * check that fitting recovers the parameters, and by the benchmark for large data sets.
 */
import { randomBeta, randomExponential, randomGamma, randomLcg } from 'd3';
import type { BgNbdParams, CustomerSummary } from './bgnbd';
import type { GammaGammaParams } from './gammagamma';

export interface SimulationOptions {
	customers: number;
	seed: number;
	/** Customers' ages T are spread evenly between these (in periods). */
	minAge: number;
	maxAge: number;
}

export function simulateCustomers(
	bgnbd: BgNbdParams,
	gg: GammaGammaParams,
	{ customers, seed, minAge, maxAge }: SimulationOptions
): (CustomerSummary & { monetaryValue: number })[] {
	const source = randomLcg(seed);
	const uniform = () => source();
	const gamma = randomGamma.source(source);
	const beta = randomBeta.source(source);
	const exponential = randomExponential.source(source);
	return Array.from({ length: customers }, (_, i) => {
		const T = minAge + uniform() * (maxAge - minAge);
		const rate = gamma(bgnbd.r, 1 / bgnbd.alpha)();
		const dropOut = beta(bgnbd.a, bgnbd.b)();
		let time = 0;
		let frequency = 0;
		let recency = 0;
		for (;;) {
			time += exponential(rate)();
			if (time > T) break;
			frequency += 1;
			recency = time;
			// Drop-out can only follow a repeat purchase, as in the model.
			if (uniform() < dropOut) break;
		}
		// Spend: ν ~ Gamma(q, 1/γ), each purchase ~ Gamma(p, 1/ν); the mean of x purchases.
		const nu = gamma(gg.q, 1 / gg.gamma)();
		let spent = 0;
		for (let k = 0; k < frequency; k++) spent += gamma(gg.p, 1 / nu)();
		return {
			id: `c${i + 1}`,
			frequency,
			recency,
			T,
			monetaryValue: frequency ? spent / frequency : 0
		};
	});
}
