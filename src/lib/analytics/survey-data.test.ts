import { describe, expect, it } from 'vitest';
import { encodeText } from './import/encode-text';
import { writeXlsx } from './import/xlsx-fixture';
import { ModelError } from './model-error';
import {
	completeRows,
	describeProblem,
	guessScale,
	itemColumns,
	numericRows,
	parseAnswer,
	readSurveyTable,
	surveyAnswers,
	type ItemSetting
} from './survey-data';

const csv =
	'编号,服务1,服务2,价格偏高,推荐\n1,4,5,2,9\n2,3,,1,10\n3,5,5,4,6\n4,2,8,5,0\n5,4,好,3,7\n';
const bytes = new TextEncoder().encode(csv);

describe('reading a wide survey', () => {
	it('reads a CSV header and one row per respondent, with file line numbers', () => {
		const table = readSurveyTable(bytes);
		expect(table.columns).toEqual(['编号', '服务1', '服务2', '价格偏高', '推荐']);
		expect(table.lines).toEqual([2, 3, 4, 5, 6]);
		expect(table.cells[1]).toEqual(['2', '3', '', '1', '10']);
	});

	it('reads the same survey saved as GBK and as an .xlsx sheet', () => {
		const gbk = readSurveyTable(encodeText(csv, 'gb18030'));
		expect(gbk.columns[1]).toBe('服务1');
		const rows = csv
			.trim()
			.split('\n')
			.map((line) => line.split(',').map((cell) => (cell === '' ? null : cell)));
		const book = readSurveyTable(writeXlsx([{ name: '问卷', rows }]));
		expect(book.columns).toEqual(gbk.columns);
		expect(book.cells[3]).toEqual(gbk.cells[3]);
	});

	it('takes number columns as items but not the respondent number', () => {
		expect(itemColumns(readSurveyTable(bytes))).toEqual(['服务1', '服务2', '价格偏高', '推荐']);
	});

	it.each([
		['姓名,评价\n张三,好\n李四,差\n', '没有一列是分数'],
		['a,b\n1,2\n', '至少需要 2 份']
	])('refuses %j in Chinese', (text, message) => {
		expect(() => readSurveyTable(new TextEncoder().encode(text))).toThrow(ModelError);
		expect(() => readSurveyTable(new TextEncoder().encode(text))).toThrow(message);
	});

	it('guesses the narrowest scale that holds every answer', () => {
		const table = readSurveyTable(bytes);
		expect(guessScale(table, '服务1')).toBe('1-5');
		expect(guessScale(table, '服务2')).toBe('1-10');
		expect(guessScale(table, '推荐')).toBe('0-10');
	});

	it.each([
		['4', 4],
		['４', 4],
		[' 4.5 ', 4.5],
		['四', null],
		['', null]
	])('reads the answer %j as %j', (text, value) => expect(parseAnswer(text)).toBe(value));
});

describe('scoring the answers', () => {
	const settings: Record<string, ItemSetting> = {
		服务1: { scale: '1-5', reverse: false },
		服务2: { scale: '1-5', reverse: false },
		价格偏高: { scale: '1-5', reverse: true }
	};
	const answers = surveyAnswers(readSurveyTable(bytes), settings);

	it('turns a reverse item round: x becomes min + max − x', () => {
		expect(answers.values.map((row) => row[2])).toEqual([4, 5, 2, 1, 3]);
	});

	it('reports blanks, words and out-of-range answers by row and column, leaving them out', () => {
		expect(answers.problems.map((p) => describeProblem(p, settings))).toEqual([
			'第 3 行「服务2」列是空的',
			'第 5 行「服务2」列的 8 超出 1–5 分',
			'第 6 行「服务2」列的「好」不是分数'
		]);
		expect(answers.values[1][1]).toBeNaN();
	});

	it('keeps the respondents who answered every item asked for', () => {
		expect(completeRows(answers, ['服务1', '服务2'])).toEqual([
			[4, 5],
			[5, 5]
		]);
		expect(completeRows(answers, ['服务1'])).toHaveLength(5);
	});

	it('leaves out non-numeric rows when reading for the command line, any value allowed', () => {
		const { rows, leftOut } = numericRows(readSurveyTable(bytes), ['服务2', '推荐']);
		expect(rows).toEqual([
			[5, 9],
			[5, 6],
			[8, 0]
		]);
		expect(leftOut).toBe(2);
	});
});
