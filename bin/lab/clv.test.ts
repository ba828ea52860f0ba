import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { run } from './clv';
import { readShipped, readShippedText, shippedPath } from '../../data/shipped';
import { fitClvModels } from '../../src/lib/analytics/clv-pipeline';
import { summarizePurchases } from '../../src/lib/analytics/clv-summary';
import { readPurchases } from '../../src/lib/analytics/import/purchases';
import { parseDay } from '../../src/lib/analytics/import/values';

const folder = mkdtempSync(join(tmpdir(), 'crm-clv-'));
const file = (name: string, content: string) => {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
};

describe('lab clv sbg', () => {
	it('prints α, β and the log-likelihood for the regular sample', async () => {
		const result = JSON.parse(
			await run(['sbg', '--survivors', '1000,631,468,382,326,289,262,241'])
		);
		expect(Object.keys(result)).toEqual(['alpha', 'beta', 'logLikelihood']);
		expect(result.alpha).toBeCloseTo(0.704, 3);
		expect(result.beta).toBeCloseTo(1.182, 3);
	});

	it.each([
		[['sbg'], '缺少 --survivors'],
		[['sbg', '--survivors', '1000,1200,800'], '多于第 0 期'],
		[['nbd'], '未知模型「nbd」'],
		[['bgnbd'], '缺少 --summary FILE'],
		[['bgnbd', '--summary', join(folder, 'none.csv')], '读不到文件'],
		[
			['gammagamma', '--summary', file('no-spend.csv', 'frequency,recency,T\n1,2,3\n')],
			'monetary_value'
		]
	])('%j fails with a Chinese message', async (args, message) => {
		await expect(run(args)).rejects.toThrow(CliError);
		await expect(run(args)).rejects.toThrow(message);
	});
});

describe('lab clv bgnbd --input', () => {
	// 40 customers: the first 20 buy every 10 days from 1 Jan (2–5 times), the rest once.
	const rows = ['客户编号,日期,金额'];
	for (let i = 0; i < 40; i++) {
		const visits = i < 20 ? 2 + (i % 4) : 1;
		for (let v = 0; v < visits; v++) {
			rows.push(`c${i},2024-01-${String(1 + v * 7 + (i % 3)).padStart(2, '0')},${10 + i}`);
		}
	}
	const input = file('transactions.csv', rows.join('\n'));

	it('summarises a transaction file at the calibration end and fits it', async () => {
		const result = JSON.parse(
			await run(['bgnbd', '--input', input, '--calibration-end', '2024-01-31', '--period', 'day'])
		);
		expect(Object.keys(result)).toEqual(['r', 'alpha', 'a', 'b', 'logLikelihood']);
		expect(Number.isFinite(result.logLikelihood)).toBe(true);
	});

	it.each([
		[['bgnbd', '--input', input], '需要 --calibration-end'],
		[['bgnbd', '--input', input, '--calibration-end', '2024-13-01'], '日期无法识别'],
		[
			['bgnbd', '--input', input, '--calibration-end', '2024-01-31', '--period', 'month'],
			'--period'
		],
		[['bgnbd', '--input', input, '--calibration-end', '2024-01-02'], '只有 0 位客户']
	])('%j fails with a Chinese message', async (args, message) => {
		await expect(run(args)).rejects.toThrow(message);
	});
});

describe('lab clv on the CDNOW data shipped in data/', () => {
	it('fits BG/NBD from the summary file', async () => {
		const result = JSON.parse(
			await run(['bgnbd', '--summary', shippedPath('cdnow/cdnow_customers_summary.csv')])
		);
		expect(Object.keys(result)).toEqual(['r', 'alpha', 'a', 'b', 'logLikelihood']);
		expect(result.r).toBeCloseTo(0.2426, 3);
		expect(result.logLikelihood).toBeCloseTo(-9582.43, 1);
	}, 60_000);

	it('fits Gamma-Gamma from the summary with transactions (x, t_x, T, zbar)', async () => {
		const result = JSON.parse(
			await run([
				'gammagamma',
				'--summary',
				shippedPath('cdnow/cdnow_customers_summary_with_transactions.csv')
			])
		);
		expect(Object.keys(result)).toEqual(['p', 'q', 'gamma', 'logLikelihood']);
		expect(result.p).toBeCloseTo(6.25, 2);
		expect(result.q).toBeCloseTo(3.74, 2);
	}, 60_000);
});

describe('lab clv bgnbd --input on the raw CDNOW sample (no header, column numbers)', () => {
	it('prints the published BG/NBD estimates', async () => {
		const sample = file('CDNOW_sample.txt', readShippedText('cdnow/CDNOW_sample.txt'));
		const args = ['--id', '2', '--date', '3', '--amount', '5', '--calibration-end', '1997-09-30'];
		const result = JSON.parse(await run(['bgnbd', '--input', sample, ...args, '--period', 'week']));
		const four = (value: number) => Number(value.toPrecision(4));
		expect([four(result.r), four(result.alpha), four(result.a), four(result.b)]).toEqual([
			0.2426, 4.414, 0.7929, 2.426
		]);
		expect(result.logLikelihood).toBeCloseTo(-9582.43, 1);
	}, 60_000);

	it("prints exactly what the CLV lab's worker pipeline fits from the same file", async () => {
		const sample = file('CDNOW_sample.txt', readShippedText('cdnow/CDNOW_sample.txt'));
		const args = ['--id', '2', '--date', '3', '--amount', '5', '--calibration-end', '1997-09-30'];
		const cli = await run(['bgnbd', '--input', sample, ...args, '--period', 'week']);
		// The worker's path: the mapped file read as purchases, summarised, fitted by the pipeline.
		const { purchases } = readPurchases(readShipped('cdnow/CDNOW_sample.txt'), {
			header: false,
			columns: { id: '第 2 列', date: '第 3 列', amount: '第 5 列' }
		});
		const summary = summarizePurchases(purchases, parseDay('1997-09-30') as number, 'week');
		const { r, alpha, a, b, logLikelihood } = fitClvModels(summary.customers).bgnbd;
		expect(cli).toBe(JSON.stringify({ r, alpha, a, b, logLikelihood }));
	}, 60_000);

	it('asks for column numbers when they are missing, and checks them', async () => {
		const sample = shippedPath('cdnow/CDNOW_sample.txt');
		const end = ['--calibration-end', '1997-09-30'];
		await expect(run(['bgnbd', '--input', sample, ...end])).rejects.toThrow(
			/文件没有表头.*第一行各列为：1=00004 {2}2=0001 {2}3=19970101/
		);
		await expect(
			run(['bgnbd', '--input', sample, ...end, '--id', '2', '--date', '3', '--amount', '9'])
		).rejects.toThrow('--amount 9：文件只有 5 列');
	});
});
