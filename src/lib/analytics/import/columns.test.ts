import { describe, expect, it } from 'vitest';
import { chooseColumns, columnIndexes, guessColumns } from './columns';

describe('guessColumns', () => {
	it.each([
		[
			['CustomerID', 'InvoiceDate', 'Sales', 'InvoiceNo'],
			{ id: 'CustomerID', date: 'InvoiceDate', amount: 'Sales', invoice: 'InvoiceNo' }
		],
		[
			['Customer ID', 'Order Date', 'Total Amount', 'Order_ID', 'Sales-Channel'],
			{
				id: 'Customer ID',
				date: 'Order Date',
				amount: 'Total Amount',
				invoice: 'Order_ID',
				channel: 'Sales-Channel'
			}
		],
		[
			['customer_id', 'date', 'number_of_cds', 'dollar_value'],
			{ id: 'customer_id', date: 'date', amount: 'dollar_value' }
		],
		[
			['会员卡号', '消费日期', '销售额', '流水号', '毛利', '销售渠道'],
			{
				id: '会员卡号',
				date: '消费日期',
				amount: '销售额',
				invoice: '流水号',
				profit: '毛利',
				channel: '销售渠道'
			}
		],
		[
			[' 客户编号 ', '交易日期', '实付金额'],
			{ id: '客户编号', date: '交易日期', amount: '实付金额' }
		],
		[['ＩＤ', 'ＤＡＴＥ', 'ＡＭＯＵＮＴ'], { id: 'ＩＤ', date: 'ＤＡＴＥ', amount: 'ＡＭＯＵＮＴ' }]
	])('recognises %j', (header, guess) => {
		expect(guessColumns(header).guess).toEqual(guess);
	});

	it('does not take a quantity or a price for the amount', () => {
		expect(guessColumns(['id', 'date', 'quantity', 'unitprice']).guess.amount).toBeUndefined();
	});
});

describe('chooseColumns', () => {
	it('prefers the given names and keeps recognised optional columns', () => {
		expect(
			chooseColumns(['客户', '日期', '金额', '实付金额', '订单号'], { amount: '实付金额' })
		).toEqual({
			id: '客户',
			date: '日期',
			amount: '实付金额',
			invoice: '订单号'
		});
	});
});

describe('columnIndexes', () => {
	it('gives -1 for optional roles that are not mapped', () => {
		expect(
			columnIndexes(['a', 'b', 'c', 'd'], { id: 'b', date: 'a', amount: 'd', channel: 'c' })
		).toEqual({
			id: 1,
			date: 0,
			amount: 3,
			invoice: -1,
			profit: -1,
			channel: 2
		});
	});
});
