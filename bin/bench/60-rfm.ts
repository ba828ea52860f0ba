/**
 * RFM end to end on a generated 1,000,000-row transaction CSV, beside papaparse parsing the same
 * text and doing nothing else. Goal (issue 6): the whole analysis within 1.3× of parse-only, and
 * peak memory under 400 MB. The lifecycle lab's models on the same file — purchase histories,
 * cohort retention and Kaplan–Meier survival — beside the RFM run: goal (issue 20) within 1.5×.
 *
 * A peer figure, not part of the site: DuckDB (the @duckdb/node-api devDependency, its prebuilt
 * binary from npm) reading the same CSV file and grouping it by customer into recency, frequency
 * and monetary value, the result read back into JavaScript. It reads the file from disk itself
 * (warm in the page cache) and may use more than one thread, so its CPU time is printed too.
 *
 * Each measurement runs in its own Node process, so its peak memory (the process's maximum
 * resident set, and the largest V8 heap seen while it runs) is its own and not left over from
 * generating the file or from the other measurement. The file is handed over through a temporary
 * file; each process reads it before its clock starts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
	rfmInputsOf,
	summarizeTransactionFile
} from '../../src/lib/analytics/import/transaction-file';
import { cohortRetention } from '../../src/lib/analytics/cohorts';
import { latestPurchaseDay } from '../../src/lib/analytics/customer-histories';
import { readTransactionHistories } from '../../src/lib/analytics/lifecycle-input';
import { pareto } from '../../src/lib/analytics/pareto';
import { kaplanMeier, lifetimesOf } from '../../src/lib/analytics/survival';
import { scoreRfm } from '../../src/lib/analytics/rfm';
import { generateSampleCsv, SAMPLE_HEADERS } from '../../src/lib/analytics/sample-data';

const ROWS = 1_000_000;
const ROUNDS = 3;
const CHILD_FLAG = '--rfm-bench-child';

/** Parse-only, or the analysis counting frequency by rows or by distinct invoices (订单号). */
type Task = 'parse-only' | 'rfm-rows' | 'rfm-invoices' | 'lifecycle';

interface Measurement {
	ms: number;
	/** Processor time of the process (all its threads, the garbage collector's included). */
	cpuMs: number;
	maxRssMb: number;
	peakHeapMb: number;
	/**
	 * Where the time went: read + aggregate, scoreRfm (R, F, M, class8), pareto; for lifecycle,
	 * read into histories, cohorts, survival.
	 */
	stepsMs: number[];
	detail: string;
}

const mb = (bytes: number) => bytes / 1_048_576;

/** Retail sample data cut to exactly ROWS rows (the generator is sized by customers, not rows). */
function millionRowCsv(): string {
	const perCustomer = generateSampleCsv({ kind: 'retail', seed: 1 }).split('\n').length / 2000;
	let customers = Math.ceil((ROWS / perCustomer) * 1.05);
	for (;;) {
		const text = generateSampleCsv({ kind: 'retail', seed: 1, customers });
		let cut = 0;
		for (let line = 0; line <= ROWS && cut >= 0; line++) cut = text.indexOf('\n', cut + 1);
		if (cut > 0) return text.slice(0, cut + 1);
		customers = Math.ceil(customers * 1.1);
	}
}

function runTask(task: Task, bytes: Uint8Array): Measurement {
	let peakHeap = 0;
	const sampleHeap = () => {
		peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
	};
	const cpuStart = process.cpuUsage();
	const start = performance.now();
	const steps: number[] = [];
	const step = () => steps.push(performance.now() - start - steps.reduce((a, b) => a + b, 0));
	let detail: string;
	if (task === 'parse-only') {
		// The parse clock starts once the text exists: papaparse is given the same text.
		const text = new TextDecoder().decode(bytes);
		const parseStart = performance.now();
		const rows = Papa.parse<string[]>(text).data.length;
		steps.push(performance.now() - parseStart);
		sampleHeap();
		detail = `${rows} rows incl. header`;
	} else if (task === 'lifecycle') {
		const [id, date, amount] = SAMPLE_HEADERS.retail;
		const read = readTransactionHistories(bytes, {
			columns: { id, date, amount },
			onProgress: sampleHeap
		});
		step();
		const cohorts = cohortRetention(read.histories);
		step();
		const asOf = latestPurchaseDay(read.histories);
		const survival = kaplanMeier(lifetimesOf(read.histories, 180, asOf));
		step();
		sampleHeap();
		detail = `${read.rows} rows, ${read.histories.length} customers, ${cohorts.length} cohorts, median lifetime ${survival.medianDays ?? 'not reached'}${survival.medianDays === null ? '' : ' days'}`;
	} else {
		const [id, date, amount, invoice] = SAMPLE_HEADERS.retail;
		const summary = summarizeTransactionFile(bytes, {
			columns: { id, date, amount, invoice: task === 'rfm-invoices' ? invoice : undefined },
			onProgress: sampleHeap
		});
		step();
		const scored = scoreRfm(rfmInputsOf(summary));
		step();
		const concentration = pareto(scored.map((c) => c.monetary));
		step();
		sampleHeap();
		detail = `${summary.rows} rows, ${scored.length} customers, ${summary.rejectedCount} rejected, top 20% = ${(concentration.top20Share * 100).toFixed(1)}%`;
	}
	const cpu = process.cpuUsage(cpuStart);
	return {
		ms: steps.reduce((a, b) => a + b, 0),
		cpuMs: (cpu.user + cpu.system) / 1000,
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		peakHeapMb: mb(peakHeap),
		stepsMs: steps,
		detail
	};
}

function measureInChild(task: Task, file: string): Measurement {
	const output = execFileSync(
		process.execPath,
		[...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG, task, file],
		{ encoding: 'utf8', maxBuffer: 1 << 20 }
	);
	return JSON.parse(output.trim().split('\n').at(-1) as string) as Measurement;
}

/**
 * DuckDB's recency (days to the day after the file's last purchase), frequency (rows) and
 * monetary value per customer, read into JavaScript objects; null when the package is missing.
 */
async function runDuckDb(file: string): Promise<Measurement | null> {
	let duckdb: typeof import('@duckdb/node-api');
	try {
		duckdb = await import('@duckdb/node-api');
	} catch {
		return null;
	}
	const [id, date, amount] = SAMPLE_HEADERS.retail;
	const instance = await duckdb.DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	const cpuStart = process.cpuUsage();
	const start = performance.now();
	// The site's refund rule (aggregate.ts): a negative amount lowers the total but is no purchase.
	const reader = await connection.runAndReadAll(
		`WITH rows AS (SELECT * FROM read_csv($file, header = true)),
			customers AS (
				SELECT "${id}" AS id,
					max("${date}") FILTER (WHERE "${amount}" >= 0) AS last_day,
					count(*) FILTER (WHERE "${amount}" >= 0) AS frequency,
					sum("${amount}") AS monetary
				FROM rows GROUP BY "${id}")
		SELECT id, date_diff('day', last_day, (SELECT max(last_day) + 1 FROM customers)) AS recency_days,
			frequency, monetary::DOUBLE AS monetary
		FROM customers WHERE frequency > 0`,
		{ file }
	);
	const customers = reader.getRowObjectsJS();
	const ms = performance.now() - start;
	const cpu = process.cpuUsage(cpuStart);
	const threads = (
		await connection.runAndReadAll(`SELECT current_setting('threads') AS threads`)
	).getRowObjectsJS()[0].threads;
	const { version } = (
		await connection.runAndReadAll('SELECT version() AS version')
	).getRowObjectsJS()[0];
	connection.closeSync();
	return {
		ms,
		cpuMs: (cpu.user + cpu.system) / 1000,
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		peakHeapMb: mb(process.memoryUsage().heapUsed),
		stepsMs: [ms],
		detail: `DuckDB ${String(version)}, ${String(threads)} threads, ${customers.length} customers`
	};
}

/** The DuckDB peer line, in its own process like the others; null when DuckDB is not installed. */
function measureDuckDbInChild(file: string): Measurement | null {
	const output = execFileSync(
		process.execPath,
		[...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG, 'duckdb', file],
		{ encoding: 'utf8', maxBuffer: 1 << 20 }
	);
	return JSON.parse(output.trim().split('\n').at(-1) as string) as Measurement | null;
}

const TASKS: Task[] = ['parse-only', 'rfm-rows', 'rfm-invoices', 'lifecycle'];

/**
 * Each task's fastest round (the machine is shared: slower rounds measure the neighbours), with
 * the tasks taking turns so that a busy spell slows all of them rather than one; the peak memory
 * reported is the highest of the rounds.
 */
function measureAll(file: string): Record<Task, Measurement> {
	const rounds = new Map<Task, Measurement[]>(TASKS.map((task) => [task, []]));
	for (let round = 0; round < ROUNDS; round++) {
		for (const task of TASKS) rounds.get(task)?.push(measureInChild(task, file));
	}
	const best = (task: Task): Measurement => {
		const all = rounds.get(task) ?? [];
		const fastest = all.reduce((a, b) => (b.ms < a.ms ? b : a));
		return {
			...fastest,
			maxRssMb: Math.max(...all.map((m) => m.maxRssMb)),
			peakHeapMb: Math.max(...all.map((m) => m.peakHeapMb))
		};
	};
	return {
		'parse-only': best('parse-only'),
		'rfm-rows': best('rfm-rows'),
		'rfm-invoices': best('rfm-invoices'),
		lifecycle: best('lifecycle')
	};
}

/** The fastest of ROUNDS DuckDB runs, with the highest peak memory; null without DuckDB. */
function fastestDuckDb(file: string): Measurement | null {
	const runs: Measurement[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		const run = measureDuckDbInChild(file);
		if (!run) return null;
		runs.push(run);
	}
	const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
	return { ...fastest, maxRssMb: Math.max(...runs.map((m) => m.maxRssMb)) };
}

export async function bench(): Promise<void> {
	const generateStart = performance.now();
	const text = millionRowCsv();
	const bytes = new TextEncoder().encode(text);
	const generateMs = performance.now() - generateStart;
	const folder = mkdtempSync(join(tmpdir(), 'crm-bench-rfm-'));
	const file = join(folder, 'transactions.csv');
	writeFileSync(file, bytes);
	try {
		const measured = measureAll(file);
		const parseOnly = measured['parse-only'];
		const line = (name: string, m: Measurement) =>
			`  ${name.padEnd(38)} ${m.ms.toFixed(0).padStart(5)} ms ${((ROWS / m.ms) * 1000).toFixed(0).padStart(8)} rows/s ${(m.ms / parseOnly.ms).toFixed(2)}× parse-only (cpu ${m.cpuMs.toFixed(0)} ms, ${(m.cpuMs / parseOnly.cpuMs).toFixed(2)}×)  peak RSS ${m.maxRssMb.toFixed(0)} MB, heap ${m.peakHeapMb.toFixed(0)} MB`;
		console.log(
			`rfm: ${ROWS.toLocaleString('en')} rows, ${mb(bytes.length).toFixed(1)} MB UTF-8 (generated in ${generateMs.toFixed(0)} ms); fastest of ${ROUNDS} runs, each in its own process; peak memory of the worst run`
		);
		console.log(
			`${line('papaparse parse-only (Papa.parse(text))', parseOnly)}  (${parseOnly.detail})`
		);
		for (const [task, name] of [
			['rfm-rows', 'RFM end to end, frequency = rows'],
			['rfm-invoices', 'RFM end to end, frequency = invoices']
		] as const) {
			const analysis = measured[task];
			const [read, score, concentration] = analysis.stepsMs.map((ms) => ms.toFixed(0));
			console.log(line(name, analysis));
			console.log(
				`    decode + parse + aggregate ${read} ms, scoreRfm ${score} ms, pareto ${concentration} ms  (${analysis.detail})`
			);
			const ratio = analysis.ms / parseOnly.ms;
			console.log(
				`    goal ≤ 1.3× parse-only: ${ratio <= 1.3 ? 'met' : 'missed'} (${ratio.toFixed(2)}×); peak < 400 MB: ${analysis.maxRssMb < 400 ? 'met' : 'missed'} (${analysis.maxRssMb.toFixed(0)} MB RSS)`
			);
		}
		const lifecycle = measured.lifecycle;
		const [read, cohorts, survival] = lifecycle.stepsMs.map((ms) => ms.toFixed(0));
		console.log(line('lifecycle: histories + cohorts + survival', lifecycle));
		console.log(
			`    read into histories ${read} ms, cohortRetention ${cohorts} ms, Kaplan–Meier ${survival} ms  (${lifecycle.detail})`
		);
		const ratio = lifecycle.ms / measured['rfm-rows'].ms;
		console.log(
			`    goal ≤ 1.5× the RFM run (frequency = rows): ${ratio <= 1.5 ? 'met' : 'missed'} (${ratio.toFixed(2)}×)`
		);
		const duckDb = fastestDuckDb(file);
		if (duckDb) {
			console.log(line('peer: DuckDB read_csv + group by customer', duckDb));
			console.log(
				`    for comparison only, not used by the site (${duckDb.detail}); RFM end to end above is ${(measured['rfm-rows'].ms / duckDb.ms).toFixed(2)}× its time`
			);
		} else {
			console.log(
				'  peer: DuckDB skipped: @duckdb/node-api is not installed (a devDependency: npm install)'
			);
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

if (process.argv[2] === CHILD_FLAG) {
	const task = process.argv[3] as Task | 'duckdb';
	const file = process.argv[4];
	console.log(
		JSON.stringify(task === 'duckdb' ? await runDuckDb(file) : runTask(task, readFileSync(file)))
	);
}
