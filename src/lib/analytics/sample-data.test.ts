import { describe, expect, it } from 'vitest';
import { rfmInputsOf, summarizeTransactionFile } from './import/transaction-file';
import { parseDay } from './import/values';
import { pareto } from './pareto';
import { generateSampleCsv, SAMPLE_HEADERS, type SampleKind } from './sample-data';

const bytes = (text: string) => new TextEncoder().encode(text);

function summarize(kind: SampleKind, csv: string) {
	const [id, date, amount, invoice, channel] = SAMPLE_HEADERS[kind];
	return summarizeTransactionFile(bytes(csv), { columns: { id, date, amount, invoice, channel } });
}

describe.each(['retail', 'bank'] as const)('generateSampleCsv (%s)', (kind) => {
	const csv = generateSampleCsv({ kind, seed: 7 });
	const summary = summarize(kind, csv);

	it('gives the same bytes for the same seed and different ones for another seed', () => {
		expect(generateSampleCsv({ kind, seed: 7 })).toBe(csv);
		expect(generateSampleCsv({ kind, seed: 8 })).not.toBe(csv);
	});

	it('starts with the Chinese header and ends on the end day', () => {
		expect(csv.split('\n')[0]).toBe(SAMPLE_HEADERS[kind].join(','));
		expect(summary.latestDay).toBeLessThanOrEqual(parseDay('2024-12-31') as number);
		const custom = summarize(
			kind,
			generateSampleCsv({ kind, seed: 7, customers: 50, endDay: parseDay('2020-06-30') as number })
		);
		expect(custom.customers.length).toBeLessThanOrEqual(50);
		expect(custom.latestDay).toBeLessThanOrEqual(parseDay('2020-06-30') as number);
	});

	it('parses with no rejected rows; the only negative amounts are the intended refunds', () => {
		const negativeRows = csv.split('\n').filter((line) => line.split(',')[2]?.startsWith('-'));
		expect(summary.rejectedCount).toBe(0);
		expect(summary.accepted).toBe(summary.rows);
		expect(summary.refunds.rows).toBe(negativeRows.length);
		expect(summary.refunds.rows).toBeGreaterThan(0);
		expect(summary.customers).toHaveLength(2000);
	});

	it('has a plausible Pareto skew, churned customers and heavy-tailed frequency', () => {
		const customers = rfmInputsOf(summary);
		const { top20Share } = pareto(customers.map((c) => c.monetary));
		expect(top20Share).toBeGreaterThan(0.55);
		expect(top20Share).toBeLessThan(0.85);
		const lapsed = customers.filter((c) => c.recencyDays > 180).length / customers.length;
		expect(lapsed).toBeGreaterThan(0.15);
		expect(lapsed).toBeLessThan(0.6);
		const frequencies = customers.map((c) => c.frequency).sort((a, b) => a - b);
		const median = frequencies[Math.floor(frequencies.length / 2)];
		expect(frequencies.at(-1)).toBeGreaterThan(5 * median);
	});
});
