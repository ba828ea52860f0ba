import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv';

describe('safeCell', () => {
	it.each([
		['=SUM(A1)', "'=SUM(A1)"],
		['+86 123', "'+86 123"],
		['-abc', "'-abc"],
		['@user', "'@user"],
		['\tx', "'\tx"],
		['王小明', '王小明'],
		[-3, -3],
		[12.5, 12.5],
		[null, null]
	])('turns %j into %j', (input, expected) => {
		expect(safeCell(input)).toBe(expected);
	});
});

describe('toCsv', () => {
	it('starts with a BOM, keeps the header order and quotes commas and quotes', () => {
		const csv = toCsv(
			[
				{ id: 'c1', name: '张三, "老客户"', amount: -3 },
				{ id: '=1+1', name: '李四', amount: 1234.5 }
			],
			[
				{ key: 'id', label: '客户编号' },
				{ key: 'name', label: '姓名' },
				{ key: 'amount', label: '金额' }
			]
		);
		expect(csv.startsWith('\uFEFF客户编号,姓名,金额\r\n')).toBe(true);
		const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
		expect(parsed).toEqual([
			['客户编号', '姓名', '金额'],
			['c1', '张三, "老客户"', '-3'],
			["'=1+1", '李四', '1234.5']
		]);
	});
});
