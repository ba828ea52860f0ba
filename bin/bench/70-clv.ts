/**
 * Lifetime-value fits (issue 18 goals printed beside the figures): BG/NBD + Gamma-Gamma on the
 * published CDNOW summary (2,357 customers; median of several runs after warm-up, goal < 30 ms),
 * on the CDNOW master data (23,570 customers, calibration to 1997-09-30, the copy shipped in
 * data/) and on 100,000 customers drawn from known parameters (goal < 0.5 s). Times are for the
 * fits alone, after the data are summarised. Then the whole CLI process on 50,000 customers:
 * `npm run --silent lab -- clv bgnbd --summary FILE`, CPU time (user + sys, npm included), goal
 * ≤ 1 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fitBgNbd, type CustomerSummary } from '../../src/lib/analytics/bgnbd';
import { parseSummaryCsv, summarizePurchases } from '../../src/lib/analytics/clv-summary';
import { simulateCustomers } from '../../src/lib/analytics/clv-simulate';
import { fitGammaGamma } from '../../src/lib/analytics/gammagamma';
import { parseDay } from '../../src/lib/analytics/import/values';
import { readPurchaseFile } from '../lab/clv-transactions';
import { readShippedText, shippedPath } from '../../data/shipped';
import { bundleIsCurrent } from '../lab-bundle.mjs';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const met = (ok: boolean) => (ok ? 'met' : 'missed');

/** Median of 15 timed fits after 5 untimed ones (the JIT's warm-up is not what the goal is about). */
function timeCdnowSummary() {
	const customers = parseSummaryCsv(
		readShippedText('cdnow/cdnow_customers_summary_with_transactions.csv')
	);
	const spend = customers.map((c) => ({
		frequency: c.frequency,
		monetaryValue: c.monetaryValue ?? 0
	}));
	const time = (fit: () => unknown) => {
		const start = performance.now();
		fit();
		return performance.now() - start;
	};
	for (let i = 0; i < 5; i++) time(() => fitBgNbd(customers));
	const bg = median(Array.from({ length: 15 }, () => time(() => fitBgNbd(customers))));
	for (let i = 0; i < 5; i++) time(() => fitGammaGamma(spend));
	const gg = median(Array.from({ length: 15 }, () => time(() => fitGammaGamma(spend))));
	console.log(
		`  CDNOW summary: ${customers.length.toLocaleString('en')} customers, median of 15 after warm-up\n` +
			`    BG/NBD ${bg.toFixed(1)} ms (goal < 30 ms: ${met(bg < 30)}), Gamma-Gamma ${gg.toFixed(1)} ms`
	);
}

/** CPU seconds (user + sys) of a child process and its children, from bash's `times`. */
function childCpuSeconds(command: string[]): number {
	const output = execFileSync('bash', ['-c', '"$@" >/dev/null; times', 'bash', ...command], {
		encoding: 'utf8'
	});
	// The second line of `times` is the children's: "0m0.812s 0m0.210s".
	const children = output.trim().split('\n')[1] ?? '';
	return [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
		(sum, [, minutes, seconds]) => sum + Number(minutes) * 60 + Number(seconds),
		0
	);
}

/** `npm run --silent lab -- clv bgnbd --summary FILE` on 50,000 generated customers. */
function timeCli() {
	const folder = mkdtempSync(join(tmpdir(), 'crm-bench-clv-'));
	try {
		const file = join(folder, 'summary.csv');
		const customers = simulateCustomers(
			{ r: 0.5, alpha: 5, a: 0.6, b: 2.5 },
			{ p: 4, q: 5, gamma: 60 },
			{ customers: 50_000, seed: 2, minAge: 30, maxAge: 80 }
		);
		const lines = customers.map(
			(c) =>
				`${c.id},${c.frequency},${c.recency.toFixed(4)},${c.T.toFixed(4)},${c.monetaryValue.toFixed(2)}`
		);
		writeFileSync(file, `customer_id,frequency,recency,T,monetary_value\n${lines.join('\n')}\n`);
		const bundled = bundleIsCurrent(new URL('../../', import.meta.url));
		const run = (command: string[]) => Array.from({ length: 5 }, () => childCpuSeconds(command));
		const npm = run(['npm', 'run', '--silent', 'lab', '--', 'clv', 'bgnbd', '--summary', file]);
		const node = run(['node', 'bin/lab.mjs', 'clv', 'bgnbd', '--summary', file]);
		const bare = run(['node', '-e', '0']);
		const seconds = (values: number[]) =>
			`min ${Math.min(...values).toFixed(2)} s, median ${median(values).toFixed(2)} s`;
		console.log(
			`  CLI on 50,000 customers (${bundled ? 'built bundle' : 'NO current bundle: tsx; run npm run build first'}), CPU user + sys of 5 runs:\n` +
				`    npm run --silent lab -- clv bgnbd --summary FILE: ${seconds(npm)} (goal ≤ 1 s: ${met(median(npm) <= 1)})\n` +
				`    node bin/lab.mjs … (without npm): ${seconds(node)}; node -e 0: ${seconds(bare)}`
		);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

function timeFits(
	label: string,
	customers: CustomerSummary[],
	summariseMs?: number,
	goalMs?: number
) {
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
			`\n    both ${(bgMs + ggMs).toFixed(0)} ms` +
			(goalMs === undefined ? '' : ` (goal < ${goalMs} ms: ${met(bgMs + ggMs < goalMs)})`)
	);
}

export async function bench(): Promise<void> {
	console.log(
		`\nCLV model fits (Node, one thread; load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')} on ${availableParallelism()} cores)`
	);
	timeCdnowSummary();
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
	timeFits('generated (continuous times, no two customers alike)', generated, undefined, 500);
	timeCli();
}
