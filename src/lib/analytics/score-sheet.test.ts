import { describe, expect, it } from 'vitest';
import { encodeText } from './import/encode-text';
import { compoundFile, writeXlsx } from './import/xlsx-fixture';
import { analyseItems } from './item-analysis';
import { ModelError } from './model-error';
import {
	highestScores,
	parseScore,
	readScoreSheet,
	scoreSheetFromRows,
	sheetMatrix
} from './score-sheet';

const csv = (text: string) => readScoreSheet(new TextEncoder().encode(text));

describe('reading a score sheet', () => {
	it('reads students, items and scores from a CSV with Excel trailing commas', () => {
		const sheet = csv('学号,第1题,第2题,,\r\n2026001,1,2,,\r\n2026002,0,1.5,,\r\n');
		expect(sheet.studentHeading).toBe('学号');
		expect(sheet.items).toEqual(['第1题', '第2题']);
		expect(sheet.max).toBeNull();
		expect(sheet.students).toEqual([
			{ name: '2026001', line: 2 },
			{ name: '2026002', line: 3 }
		]);
		expect(sheet.scores).toEqual([
			[1, 2],
			[0, 1.5]
		]);
		expect(highestScores(sheet)).toEqual([1, 2]);
	});

	it('takes full marks from a 满分 row, names empty headings and numbers repeated ones', () => {
		const sheet = csv('姓名\t案例\t\t案例\n满分\t20\t2\t3\n张三\t15\t2\t0\n');
		expect(sheet.items).toEqual(['案例', '第 3 列', '案例 (2)']);
		expect(sheet.max).toEqual([20, 2, 3]);
		expect(sheet.scores).toEqual([[15, 2, 0]]);
	});

	it('reads a GBK sheet from Chinese Excel', () => {
		const sheet = readScoreSheet(encodeText('学生,选择题\n王五,２\n', 'gb18030'));
		expect(sheet.students[0].name).toBe('王五');
		expect(sheet.scores).toEqual([[2]]);
	});

	it.each([
		['blank', '  \n', /空/],
		['header only', '学号,Q1\n', /只有表头/],
		['one column', '学号\n1\n2\n', /只有一列/],
		['a word for a score', '学号,Q1,Q2\n1,2,缺考\n', /第 2 行「Q2」列「缺考」不是得分/],
		['a negative score', '学号,Q1\n1,-2\n', /第 2 行「Q1」列「-2」不是得分/],
		['an empty score', '学号,Q1,Q2\n1,,2\n', /第 2 行「Q1」列是空的：没得分请填 0/],
		['no student', '学号,Q1\n,2\n', /第 2 行「学生」列是空的/],
		['a score above the 满分 row', '学号,Q1\n满分,2\n1,3\n', /第 3 行「Q1」列得分 3 超过满分 2/],
		['a zero full mark', '学号,Q1\n满分,0\n1,0\n', /满分须大于 0/],
		['an extra cell', '学号,Q1\n1,2,3\n', /第 2 行有 3 列，比表头多/]
	])('refuses a sheet with %s, naming row and column', (_, text, message) => {
		expect(() => csv(text)).toThrow(ModelError);
		expect(() => csv(text)).toThrow(message);
	});

	it('lists the first five problems and counts the rest', () => {
		const lines = Array.from({ length: 8 }, (_, i) => `${i},x`).join('\n');
		expect(() => csv(`学号,Q1\n${lines}\n`)).toThrow(
			/第 6 行「Q1」列「x」不是得分（须是不小于 0 的数）；等共 8 处/
		);
	});

	it('reads an Excel workbook the same as the CSV of its first sheet', () => {
		const workbook = writeXlsx([
			{
				name: '成绩',
				rows: [
					['学号', '案例', '选择'],
					['满分', 20, { formula: '1+1', cached: 2 }],
					[2026001, 15, 2],
					['2026002', 0, 1.5]
				]
			},
			{ name: '说明', rows: [['只读第一个工作表']] }
		]);
		const fromWorkbook = readScoreSheet(workbook);
		expect(fromWorkbook).toEqual(csv('学号,案例,选择\n满分,20,2\n2026001,15,2\n2026002,0,1.5\n'));
		expect(fromWorkbook.students).toEqual([
			{ name: '2026001', line: 3 },
			{ name: '2026002', line: 4 }
		]);
	});

	it('names an old .xls workbook instead of reading it as text', () => {
		expect(() => readScoreSheet(compoundFile(['Root Entry', 'Workbook']))).toThrow(
			/旧版 Excel 工作簿（.xls/
		);
	});

	it('accepts rows from any reader', () => {
		const sheet = scoreSheetFromRows([
			{ cells: ['学生', 'A', 'B'], line: 1 },
			{ cells: ['甲', '1', '0'], line: 2 },
			{ cells: ['', '', ''], line: 3 },
			{ cells: ['乙', '0', '1'], line: 4 }
		]);
		expect(sheet.students.map((s) => s.line)).toEqual([2, 4]);
	});

	it.each([
		['7', 7],
		['７．５', 7.5],
		['7,5', 7.5],
		[' .5 ', 0.5],
		['1e3', null],
		['-1', null],
		['', null]
	])('parses the score %j as %s', (text, value) => {
		expect(parseScore(text)).toBe(value);
	});
});

describe('a sheet with full marks', () => {
	const sheet = csv('学号,Q1,Q2,Q3\n1,1,1,2\n2,1,0,1\n3,0,1,1\n4,0,0,0\n');

	it('gives the same analysis as the matrix it holds', () => {
		const result = analyseItems(sheetMatrix(sheet, [1, 1, 2]));
		expect(result.alpha).toBeCloseTo(0.75, 12);
		expect(result.items.map((i) => i.discrimination)).toEqual([1, 0, 0.5]);
	});

	it('refuses full marks below a score, or of the wrong count', () => {
		expect(() => sheetMatrix(sheet, [1, 1, 1])).toThrow(/第 2 行「Q3」列得分 2 超过满分 1/);
		expect(() => sheetMatrix(sheet, [1, 1])).toThrow(/给了 2 个满分，成绩表有 3 道题/);
		expect(() => sheetMatrix(sheet, [1, 0, 2])).toThrow(/「Q2」的满分须是大于 0 的数/);
	});
});
