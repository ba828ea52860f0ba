import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { run as cohorts } from './cohorts';
import { run as patterns } from './patterns';
import { run as survival } from './survival';
import { writeXlsx } from '../../src/lib/analytics/import/xlsx-fixture';

const folder = mkdtempSync(join(tmpdir(), 'crm-lifecycle-'));
const input = join(folder, 'shop.csv');
writeFileSync(
	input,
	[
		'客户,日期,金额',
		'A,2024-01-05,100',
		'A,2024-01-20,50',
		'A,2024-03-02,30',
		'B,2024-01-31,20',
		'B,2024-02-01,-20',
		'C,2024-02-15,10',
		'C,2024-04-01,10'
	].join('\n')
);
const columns = ['--input', input, '--id', '客户', '--date', '日期', '--amount', '金额'];

// The same purchases without a header, columns in another order (amount, customer, date).
const headerless = join(folder, 'shop-no-header.txt');
writeFileSync(
	headerless,
	[
		'100 A 2024-01-05',
		'50 A 2024-01-20',
		'30 A 2024-03-02',
		'20 B 2024-01-31',
		'-20 B 2024-02-01',
		'10 C 2024-02-15',
		'10 C 2024-04-01'
	].join('\n')
);
const numbered = ['--input', headerless, '--id', '2', '--date', '3', '--amount', '1'];

describe('lab cohorts / survival / patterns', () => {
	it('prints cohorts by first-purchase month', async () => {
		expect(JSON.parse(await cohorts([...columns, '--format', 'json']))).toEqual({
			cohorts: [
				{ cohort: '2024-01', size: 2, active: [2, 0, 1, 0], retention: [1, 0, 0.5, 0] },
				{ cohort: '2024-02', size: 1, active: [1, 0, 1], retention: [1, 0, 1] }
			]
		});
	});

	it('prints the Kaplan–Meier table with the as-of date defaulting to the latest purchase', async () => {
		// As of 2024-04-01 with 30 inactive days: B (last 01-31) has churned at lifetime 0;
		// A (last 03-02, 30 days before) and C are censored.
		expect(JSON.parse(await survival([...columns, '--inactive-days', '30']))).toEqual({
			customers: 3,
			events: 1,
			medianDays: null,
			survival: [{ day: 0, atRisk: 3, events: 1, survival: 1 - 1 / 3 }]
		});
	});

	it('cuts the data at an earlier as-of date', async () => {
		const result = JSON.parse(
			await survival([...columns, '--inactive-days', '10', '--as-of', '2024-02-20'])
		);
		// By 02-20: A (01-05→01-20) and B (01-31) churned, C (02-15) censored at 5 days.
		expect(result).toMatchObject({ customers: 3, events: 2, medianDays: 15 });
	});

	it('prints pattern counts that sum to the customers, with the rules used', async () => {
		const result = JSON.parse(await patterns([...columns, '--inactive-days', '30']));
		expect(result.patterns).toEqual({ 早期流产型: 1, 中途夭折型: 0, 提前退出型: 0, 长久保持型: 2 });
		expect(result.rules).toMatchObject({
			inactiveDays: 30,
			explorationDays: 60,
			asOf: '2024-04-01'
		});
	});

	it.each([
		[[...columns], /--inactive-days/],
		[[...columns, '--inactive-days', '0'], /沉寂天数/],
		[[...columns, '--inactive-days', '30', '--as-of', '明天'], /--as-of/]
	])('survival %# refuses bad options in Chinese', async (args, message) => {
		await expect(survival(args)).rejects.toThrow(CliError);
		await expect(survival(args)).rejects.toThrow(message);
	});

	it('reads a file without a header by column numbers, as the rfm command does', async () => {
		expect(JSON.parse(await cohorts(numbered))).toEqual(JSON.parse(await cohorts(columns)));
		expect(JSON.parse(await survival([...numbered, '--inactive-days', '30']))).toEqual(
			JSON.parse(await survival([...columns, '--inactive-days', '30']))
		);
		expect(JSON.parse(await patterns([...numbered, '--inactive-days', '30'])).patterns).toEqual({
			早期流产型: 1,
			中途夭折型: 0,
			提前退出型: 0,
			长久保持型: 2
		});
	});

	it('reads an Excel sheet chosen by number, and takes column numbers in a headed file too', async () => {
		const workbook = join(folder, 'shop.xlsx');
		writeFileSync(
			workbook,
			writeXlsx([
				{ name: '说明', rows: [['这一页不是数据']] },
				{
					name: '交易',
					rows: [
						['客户', '日期', '金额'],
						['A', { date: '2024-01-05' }, 100],
						['A', { date: '2024-03-02' }, 30],
						['B', { date: '2024-01-31' }, 20]
					]
				}
			])
		);
		const result = JSON.parse(
			await cohorts([
				'--input',
				workbook,
				'--sheet',
				'2',
				'--id',
				'1',
				'--date',
				'2',
				'--amount',
				'3'
			])
		);
		expect(result.cohorts).toEqual([
			{ cohort: '2024-01', size: 2, active: [2, 0, 1], retention: [1, 0, 0.5] }
		]);
	});

	it.each([
		[['--input', headerless], /没有表头.*--id、--date、--amount/],
		[[...numbered.slice(0, 4), '--date', '9', '--amount', '1'], /--date 9：文件只有 3 列/],
		[[...columns, '--header', 'maybe'], /--header 只能是/]
	])('explains a headerless file or a bad column option (%#)', async (args, message) => {
		await expect(cohorts(args)).rejects.toThrow(message);
	});

	it('refuses a format other than json', async () => {
		await expect(cohorts([...columns, '--format', 'csv'])).rejects.toThrow('--format 只能是 json');
	});
});
