/**
 * Lifetime-value fits: BG/NBD + Gamma-Gamma on the CDNOW master data (23,570 customers,
 * calibration to 1997-09-30, the copy shipped in data/) and on 100,000 customers drawn from
 * known parameters. Times are for the fits alone, after the data are summarised.
 */
import { performance } from 'node:perf_hooks';
import { fitBgNbd, type CustomerSummary } from '../../src/lib/analytics/bgnbd';
import { summarizePurchases } from '../../src/lib/analytics/clv-summary';
import { simulateCustomers } from '../../src/lib/analytics/clv-simulate';
import { fitGammaGamma } from '../../src/lib/analytics/gammagamma';
import { parseDay } from '../../src/lib/analytics/import/values';
import { readPurchaseFile } from '../lab/clv-transactions';
import { shippedPath } from '../../data/shipped';

function timeFits(label: string, customers: CustomerSummary[], summariseMs?: number) {
	const bgStart = performance.now();
	const bg = fitBgNbd(customers);
	const bgMs = performance.now() - bgStart;
	const ggStart = performance.now();
	const gg = fitGammaGamma(
		customers.map((c) => ({ frequency: c.frequency, monetaryValue: c.monetaryValue ?? 0 }))
	);
	const ggMs = performance.now() - ggStart;
	console.log(
		`  ${label}: ${customers.length.toLocaleString('en')} customers` +
			(summariseMs === undefined ? '' : `, read + summarise ${summariseMs.toFixed(0)} ms`) +
			`\n    BG/NBD ${bgMs.toFixed(0)} ms (r ${bg.r.toFixed(4)}, α ${bg.alpha.toFixed(3)}, a ${bg.a.toFixed(4)}, b ${bg.b.toFixed(4)}, LL ${bg.logLikelihood.toFixed(2)}${bg.converged ? '' : ', NOT converged'})` +
			`\n    Gamma-Gamma ${ggMs.toFixed(0)} ms on ${gg.customers.toLocaleString('en')} repeat buyers (p ${gg.p.toFixed(3)}, q ${gg.q.toFixed(3)}, γ ${gg.gamma.toFixed(2)})` +
			`\n    both ${(bgMs + ggMs).toFixed(0)} ms`
	);
}

export async function bench(): Promise<void> {
	console.log('\nCLV model fits (Node, one thread)');
	const start = performance.now();
	// The master file as published: gzip, no header, columns by number.
	const purchases = readPurchaseFile(shippedPath('cdnow/CDNOW_master.txt'), {
		id: '1',
		date: '2',
		amount: '4'
	});
	const summary = summarizePurchases(purchases, parseDay('1997-09-30') as number, 'week');
	timeFits('CDNOW master', summary.customers, performance.now() - start);
	const generated = simulateCustomers(
		{ r: 0.5, alpha: 5, a: 0.6, b: 2.5 },
		{ p: 4, q: 5, gamma: 60 },
		{ customers: 100_000, seed: 1, minAge: 30, maxAge: 80 }
	);
	timeFits('generated (continuous times, no two customers alike)', generated);
}
