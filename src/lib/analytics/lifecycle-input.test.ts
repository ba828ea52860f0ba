import { describe, expect, it } from 'vitest';
import { encodeText } from './import/encode-text';
import { ImportError } from './import/import-error';
import { writeXlsx } from './import/xlsx-fixture';
import { parseDay } from './import/values';
import {
	guessCustomerTable,
	guessCustomerTableColumns,
	readCustomerTable,
	readTransactionHistories
} from './lifecycle-input';

const day = (text: string) => parseDay(text) as number;

describe('reading a transaction file into histories', () => {
	it('collects purchase days per customer in GBK, counts refunds and rejects a bad date with its line', () => {
		const text = [
			'会员,日期,实收,渠道',
			'A,2024-01-05,100,门店',
			'A,2024-01-05,20,门店',
			'A,2024-02-10,50,网店',
			'A,2024-02-11,-30,网店',
			'B,2024-03-01,80,网店',
			'C,2024-13-01,10,门店',
			'D,2024-03-02,-5,门店'
		].join('\n');
		const read = readTransactionHistories(encodeText(text, 'gb18030'), {
			columns: { id: '会员', date: '日期', amount: '实收', channel: '渠道' }
		});
		expect(read).toMatchObject({
			kind: 'transactions',
			rows: 7,
			accepted: 6,
			rejectedCount: 1,
			refundRows: 2,
			channel: true
		});
		expect(read.rejected[0]).toMatchObject({ line: 7, column: '日期' });
		// D only has a refund: not a customer. A's two rows on 5 January are one purchase day.
		expect(read.histories).toEqual([
			{
				id: 'A',
				firstDay: day('2024-01-05'),
				lastDay: day('2024-02-10'),
				purchaseDays: 2,
				total: 140,
				days: [day('2024-01-05'), day('2024-02-10')],
				channel: '门店',
				firstAmount: 120
			},
			{
				id: 'B',
				firstDay: day('2024-03-01'),
				lastDay: day('2024-03-01'),
				purchaseDays: 1,
				total: 80,
				days: [day('2024-03-01')],
				channel: '网店',
				firstAmount: 80
			}
		]);
	});

	it('says in Chinese when no row is usable or there are only refunds', () => {
		const columns = { id: 'id', date: 'date', amount: 'amount' };
		const bytes = (text: string) => new TextEncoder().encode(text);
		expect(() =>
			readTransactionHistories(bytes('id,date,amount\nA,昨天,1\nB,明天,2'), { columns })
		).toThrow(/没有可用的交易：2 行全部被拒绝（例如第 2 行「date」列/);
		expect(() =>
			readTransactionHistories(bytes('id,date,amount\nA,2024-01-01,-1'), { columns })
		).toThrow(ImportError);
		expect(() =>
			readTransactionHistories(bytes('id,date,amount\nA,2024-01-01,-1'), { columns })
		).toThrow(/没有任何一笔金额为正的购买/);
	});
});

describe('reading a per-customer table', () => {
	const header = ['客户编号', '首次购买日期', '最后购买日期', '购买次数', '消费金额'];

	it('recognises the textbook columns and guesses one row per customer', () => {
		expect(guessCustomerTableColumns(header)).toEqual({
			guess: {
				id: '客户编号',
				first: '首次购买日期',
				last: '最后购买日期',
				purchases: '购买次数',
				total: '消费金额'
			},
			problems: []
		});
		expect(guessCustomerTable(header, [['K1'], ['K2']])).toBe('customers');
		expect(guessCustomerTable(['客户', '日期', '金额'], [])).toBe('transactions');
		// A repeated id in the preview: these are transactions after all.
		expect(guessCustomerTable(header, [['K1'], ['K1']])).toBe('transactions');
	});

	it('reads an Excel sheet with date cells and lists each bad row with its reason', () => {
		const workbook = writeXlsx([
			{
				name: '客户',
				rows: [
					header,
					['K1', { date: '2023-01-10' }, { date: '2023-06-01' }, 6, 900],
					['K2', '2023-02-01', '2023-02-01', 1, 50],
					['K3', '2023-05-01', '2023-03-01', 2, 80],
					['K4', '2023-05-01', '2023-05-09', 0, 80],
					['K1', '2023-05-01', '2023-05-09', 2, 80],
					['K5', '2023-04-01', '2023-04-20', 1, 30]
				]
			}
		]);
		const read = readCustomerTable(workbook, {
			columns: {
				id: '客户编号',
				first: '首次购买日期',
				last: '最后购买日期',
				purchases: '购买次数',
				total: '消费金额'
			}
		});
		expect(read.histories).toEqual([
			{
				id: 'K1',
				firstDay: day('2023-01-10'),
				lastDay: day('2023-06-01'),
				purchaseDays: 6,
				total: 900
			},
			{
				id: 'K2',
				firstDay: day('2023-02-01'),
				lastDay: day('2023-02-01'),
				purchaseDays: 1,
				total: 50
			}
		]);
		expect(read).toMatchObject({ kind: 'customers', rows: 6, accepted: 2, rejectedCount: 4 });
		expect(read.rejected.map((r) => [r.line, r.column])).toEqual([
			[4, '最后购买日期'],
			[5, '购买次数'],
			[6, '客户编号'],
			[7, '购买次数']
		]);
		expect(read.rejected[0].reason).toBe(
			'最后购买日期「2023-03-01」早于首次购买日期「2023-05-01」'
		);
		expect(read.rejected[1].reason).toBe('购买次数「0」不是正整数');
		expect(read.rejected[2].reason).toMatch(/^客户编号「K1」在第 2 行已经出现过/);
		expect(read.rejected[3].reason).toMatch(/^只买过 1 次，首次和最后购买日期却不同/);
	});

	it('refuses a column chosen twice and a table with no usable row', () => {
		const bytes = new TextEncoder().encode(`${header.join(',')}\nK1,x,y,1,1`);
		const columns = {
			id: '客户编号',
			first: '首次购买日期',
			last: '最后购买日期',
			purchases: '购买次数'
		};
		expect(() =>
			readCustomerTable(bytes, { columns: { ...columns, last: '首次购买日期' } })
		).toThrow('同一列「首次购买日期」被同时选作最后购买日期和首次购买日期');
		expect(() => readCustomerTable(bytes, { columns })).toThrow(/没有可用的客户：1 行全部被拒绝/);
	});
});
