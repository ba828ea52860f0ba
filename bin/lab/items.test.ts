import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { run } from './items';

const folder = mkdtempSync(join(tmpdir(), 'crm-items-'));
const file = (name: string, content: string) => {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
};

// The hand-computed sheet of src/lib/analytics/item-analysis.test.ts, with a tie between 2 and 3.
const sheet = file('sheet.csv', '学号,Q1,Q2,Q3\n1,1,1,2\n2,1,0,1\n3,0,1,1\n4,0,0,0\n');

describe('lab items', () => {
	it('prints the contract JSON: students, alpha and per-item figures', async () => {
		const output = JSON.parse(await run(['--input', sheet, '--max', '1,1,2', '--format', 'json']));
		expect(Object.keys(output)).toEqual(['students', 'alpha', 'items']);
		expect(output.students).toBe(4);
		expect(output.alpha).toBeCloseTo(0.75, 12);
		expect(output.items).toHaveLength(3);
		expect(Object.keys(output.items[0])).toEqual([
			'item',
			'facility',
			'discrimination',
			'itemRest'
		]);
		expect(output.items.map((i: { item: string }) => i.item)).toEqual(['Q1', 'Q2', 'Q3']);
		expect(output.items[0].itemRest).toBeCloseTo(1 / Math.sqrt(5), 12);
		expect(output.items[1].discrimination).toBe(0);
	});

	it('prints null item–rest for a constant item and null alpha for one student', async () => {
		const one = file('one.csv', '学生,A,B\n甲,1,2\n');
		const output = JSON.parse(await run(['--input', one, '--max', '2,2']));
		expect(output).toEqual({
			students: 1,
			alpha: null,
			items: [
				{ item: 'A', facility: 0.5, discrimination: 0, itemRest: null },
				{ item: 'B', facility: 1, discrimination: 0, itemRest: null }
			]
		});
	});

	it('uses the sheet’s 满分 row when --max is left out', async () => {
		const withMax = file('max.csv', '学生,A,B\n满分,2,4\n甲,1,2\n乙,2,4\n');
		expect(JSON.parse(await run(['--input', withMax])).items[1].facility).toBeCloseTo(0.75, 12);
	});

	it.each([
		[['--max', '1,1,2'], /缺少 --input/],
		[['--input', sheet], /缺少 --max/],
		[['--input', sheet, '--max', '1,x,2'], /--max 的第 2 个满分「x」/],
		[['--input', sheet, '--max', '1,1'], /给了 2 个满分，成绩表有 3 道题/],
		[['--input', sheet, '--max', '1,1,1'], /第 2 行「Q3」列得分 2 超过满分 1/],
		[['--input', sheet, '--max', '1,1,2', '--format', 'csv'], /--format 只能是 json/],
		[['--input', join(folder, 'missing.csv'), '--max', '1'], /读不到文件/]
	])('refuses %j with a Chinese message', async (args, message) => {
		await expect(run(args)).rejects.toThrow(CliError);
		await expect(run(args)).rejects.toThrow(message);
	});
});
