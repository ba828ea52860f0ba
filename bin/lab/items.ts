/**
 * `lab items --input FILE --max m1,m2,… [--format json]`: item analysis of a score sheet (first
 * column the student, one column per item), the same code as the gradebook's 试题分析 tab.
 * `--max` gives each item's full marks in column order; without it the sheet's 满分 row is used.
 */
import { readFileSync } from 'node:fs';
import { analyseItems } from '../../src/lib/analytics/item-analysis';
import { ModelError } from '../../src/lib/analytics/model-error';
import { readScoreSheet, sheetMatrix } from '../../src/lib/analytics/score-sheet';
import { CliError } from './cli-error';
import { parseOptions } from './read-input';

function parseMax(text: string): number[] {
	return text.split(',').map((part, i) => {
		const value = Number(part.trim());
		if (!part.trim() || !Number.isFinite(value) || value <= 0) {
			throw new CliError(`--max 的第 ${i + 1} 个满分「${part}」须是大于 0 的数`);
		}
		return value;
	});
}

export async function run(args: string[]): Promise<string> {
	const options = parseOptions(args) as { input?: string; max?: string; format?: string };
	if ((options.format ?? 'json') !== 'json') throw new CliError('--format 只能是 json');
	if (!options.input) throw new CliError('缺少 --input FILE');
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(options.input);
	} catch {
		throw new CliError(`读不到文件「${options.input}」`);
	}
	try {
		const sheet = readScoreSheet(bytes);
		const max = options.max ? parseMax(options.max) : sheet.max;
		if (!max) throw new CliError('缺少 --max m1,m2,…（成绩表里也没有「满分」行）');
		const analysis = analyseItems(sheetMatrix(sheet, max));
		return JSON.stringify({
			students: analysis.students,
			alpha: analysis.alpha,
			items: analysis.items.map(({ item, facility, discrimination, itemRest }) => ({
				item,
				facility,
				discrimination,
				itemRest
			}))
		});
	} catch (error) {
		if (error instanceof ModelError) throw new CliError(error.message);
		throw error;
	}
}
