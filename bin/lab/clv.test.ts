import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { run } from './clv';

const folder = mkdtempSync(join(tmpdir(), 'crm-clv-'));
const file = (name: string, content: string) => {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
};
const cdnow = resolve(process.cwd(), '../shared/data/cdnow');
const hasCdnow = existsSync(cdnow);

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

describe.skipIf(!hasCdnow)('lab clv on the CDNOW summaries', () => {
	it('fits BG/NBD from the summary file', async () => {
		const result = JSON.parse(
			await run(['bgnbd', '--summary', join(cdnow, 'cdnow_customers_summary.csv')])
		);
		expect(Object.keys(result)).toEqual(['r', 'alpha', 'a', 'b', 'logLikelihood']);
		expect(result.r).toBeCloseTo(0.2426, 3);
		expect(result.logLikelihood).toBeCloseTo(-9582.43, 1);
	});

	it('fits Gamma-Gamma from the summary with transactions (x, t_x, T, zbar)', async () => {
		const result = JSON.parse(
			await run([
				'gammagamma',
				'--summary',
				join(cdnow, 'cdnow_customers_summary_with_transactions.csv')
			])
		);
		expect(Object.keys(result)).toEqual(['p', 'q', 'gamma', 'logLikelihood']);
		expect(result.p).toBeCloseTo(6.25, 2);
		expect(result.q).toBeCloseTo(3.74, 2);
	});
});
