import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../src/lib/analytics/import/encode-text';
import { writeXlsx } from '../../src/lib/analytics/import/xlsx-fixture';
import { CliError } from './cli-error';
import { run } from './survey';

const folder = mkdtempSync(join(tmpdir(), 'crm-survey-'));
const file = (name: string, content: string | Uint8Array) => {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
};

// Item variances 1.3, 1.0 and 1.7; totals 13, 8, 15, 8, 13 with variance 10.3, so
// α = 3/2 · (1 − 4/10.3). Respondents 6 (blank) and 7 (非数字) are left out.
const alphaCsv =
	'编号,满意1,满意2,满意3,备注\n1,4,5,4,\n2,3,3,2,好\n3,5,5,5,\n4,2,3,3,\n5,4,4,5,\n6,,4,4,\n7,4,不知道,4,\n';
const ALPHA = 1.5 * (1 - 4 / 10.3);

// The 15 × 6 example of src/lib/analytics/pls.test.ts (checked there step by step with numpy).
const plsRows = [
	[6, 5, 4, 5, 5, 4],
	[2, 1, 3, 2, 2, 1],
	[5, 4, 4, 4, 5, 5],
	[3, 4, 4, 5, 5, 5],
	[4, 2, 2, 3, 5, 5],
	[4, 3, 5, 3, 5, 4],
	[1, 2, 4, 4, 2, 1],
	[4, 4, 5, 5, 4, 5],
	[3, 2, 4, 3, 2, 3],
	[7, 7, 6, 6, 5, 6],
	[4, 4, 4, 4, 5, 5],
	[4, 3, 5, 6, 4, 4],
	[2, 5, 3, 3, 4, 3],
	[4, 2, 4, 4, 3, 2],
	[3, 3, 3, 4, 3, 5]
];
const plsCsv = `a1,a2,b1,b2,c1,c2\n${plsRows.map((r) => r.join(',')).join('\n')}\n`;
const model = {
	constructs: { A: ['a1', 'a2'], B: ['b1', 'b2'], C: ['c1', 'c2'] },
	paths: [
		['A', 'B'],
		['A', 'C'],
		['B', 'C']
	]
};

describe('lab survey alpha', () => {
	it('prints {"alpha", "n"} with sample variances, leaving out blank and non-numeric rows', async () => {
		const output = JSON.parse(
			await run(['alpha', '--input', file('a.csv', alphaCsv), '--items', '满意1,满意2,满意3'])
		);
		expect(Object.keys(output)).toEqual(['alpha', 'n']);
		expect(output.n).toBe(5);
		expect(output.alpha).toBeCloseTo(ALPHA, 12);
	});

	it('reads the same survey saved as GBK and as an .xlsx workbook', async () => {
		const gbk = file('gbk.csv', encodeText(alphaCsv, 'gb18030'));
		const rows = alphaCsv
			.trim()
			.split('\n')
			.map((line) =>
				line.split(',').map((cell) => (cell === '' ? null : /^\d+$/.test(cell) ? +cell : cell))
			);
		const xlsx = file('a.xlsx', writeXlsx([{ name: '问卷', rows }]));
		for (const path of [gbk, xlsx]) {
			const output = JSON.parse(
				await run(['alpha', '--input', path, '--items', '满意1,满意2,满意3'])
			);
			expect(output.n).toBe(5);
			expect(output.alpha).toBeCloseTo(ALPHA, 12);
		}
	});

	it.each([
		[['--items', '满意1,满意9'], '没有「满意9」这一列'],
		[['--items', '满意1'], '两个题项'],
		[[], '缺少 --items']
	])('refuses %j in Chinese', async (extra, message) => {
		const args = ['alpha', '--input', file('b.csv', alphaCsv), ...extra];
		await expect(run(args)).rejects.toThrow(CliError);
		await expect(run(args)).rejects.toThrow(message);
	});
});

describe('lab survey ahp', () => {
	it("prints Saaty's textbook 3 × 3 weights, λmax, CI and CR (cross-checked with numpy)", async () => {
		const output = JSON.parse(await run(['ahp', '--matrix', '1,3,5;1/3,1,3;1/5,1/3,1']));
		expect(Object.keys(output)).toEqual(['weights', 'lambdaMax', 'CI', 'CR']);
		expect(output.weights.map((w: number) => +w.toFixed(4))).toEqual([0.637, 0.2583, 0.1047]);
		expect(output.weights.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
		expect(output.lambdaMax).toBeCloseTo(3.03851, 5);
		expect(output.CI).toBeCloseTo((output.lambdaMax - 3) / 2, 12);
		expect(output.CR).toBeCloseTo(output.CI / 0.58, 12);
	});

	it('refuses a matrix that is not reciprocal', async () => {
		await expect(run(['ahp', '--matrix', '1,3;3,1'])).rejects.toThrow('应互为倒数');
	});
});

describe('lab survey pls', () => {
	const input = file('p.csv', plsCsv);
	const modelFile = file('model.json', JSON.stringify(model));

	it('prints {"paths", "r2", "loadings"} matching the step-by-step computation', async () => {
		const output = JSON.parse(await run(['pls', '--input', input, '--model', modelFile]));
		expect(Object.keys(output)).toEqual(['paths', 'r2', 'loadings']);
		expect(Object.keys(output.paths)).toEqual(['A->B', 'A->C', 'B->C']);
		expect(output.paths['A->B']).toBeCloseTo(0.6702952943164632, 6);
		expect(output.paths['A->C']).toBeCloseTo(0.8808977610457145, 6);
		expect(output.paths['B->C']).toBeCloseTo(-0.16082291757696246, 6);
		expect(output.r2.B).toBeCloseTo(0.44929578158279393, 6);
		expect(output.r2.C).toBeCloseTo(0.611925354054579, 6);
		expect(output.loadings.a1).toBeCloseTo(0.9081818827240514, 6);
		expect(output.loadings.c2).toBeCloseTo(0.9428602750075952, 6);
	});

	it('gives a one-item-per-construct model its standardised regression (hand-computed)', async () => {
		// y = x + z with x, z uncorrelated and equally spread: β = 1/√2 each, R² = 1.
		const data = file('xyz.csv', 'x,z,y\n1,1,2\n1,-1,0\n-1,1,0\n-1,-1,-2\n');
		const single = file(
			'single.json',
			JSON.stringify({
				constructs: { X: ['x'], Z: ['z'], Y: ['y'] },
				paths: [
					['X', 'Y'],
					['Z', 'Y']
				]
			})
		);
		const output = JSON.parse(await run(['pls', '--input', data, '--model', single]));
		expect(output.paths['X->Y']).toBeCloseTo(Math.SQRT1_2, 12);
		expect(output.r2.Y).toBeCloseTo(1, 12);
	});

	it.each([
		['{"constructs": [], "paths": []}', 'constructs 应是'],
		['{"constructs": {"A": ["a1"]}, "paths": [["A"]]}', 'paths 应是'],
		['不是 JSON', '不是有效的 JSON']
	])('refuses the model file %s', async (text, message) => {
		const bad = file('bad.json', text);
		await expect(run(['pls', '--input', input, '--model', bad])).rejects.toThrow(message);
	});

	it('names an item the data lacks', async () => {
		const missing = file(
			'm.json',
			JSON.stringify({ ...model, constructs: { ...model.constructs, C: ['c1', 'c9'] } })
		);
		await expect(run(['pls', '--input', input, '--model', missing])).rejects.toThrow('「c9」');
	});
});

it('names the subcommands when none is given', async () => {
	await expect(run([])).rejects.toThrow('alpha、ahp 或 pls');
});
