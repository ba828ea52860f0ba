import { describe, expect, it } from 'vitest';
import { readShipped } from '../../../../data/shipped';
import { pareto } from '../pareto';
import { meanThresholds, scoreRfm } from '../rfm';
import {
	chooseCustomerColumns,
	guessCustomerColumns,
	guessFileKind,
	readCustomerFile
} from './customer-file';
import { inspectTransactionFile, rfmInputsOf } from './transaction-file';
import { parseDay } from './values';

const utf8 = (text: string) => new TextEncoder().encode(text);
const day = (text: string) => parseDay(text) as number;

describe('recognising a customer file', () => {
	it('finds the four columns in English and Chinese headers', () => {
		expect(
			guessCustomerColumns(['CustomerID', 'recency_days', 'frequency', 'monetary']).guess
		).toEqual({
			id: 'CustomerID',
			recency: 'recency_days',
			frequency: 'frequency',
			monetary: 'monetary'
		});
		expect(
			guessCustomerColumns(['会员编号', '最后购买日期', '购买次数', '累计消费金额']).guess
		).toEqual({
			id: '会员编号',
			recency: '最后购买日期',
			frequency: '购买次数',
			monetary: '累计消费金额'
		});
	});

	it('guesses the kind: R, F, M columns and no repeated id make a customer file', () => {
		const header = ['客户', '最近购买天数', '购买次数', '消费金额'];
		expect(
			guessFileKind(header, [
				['a', '1', '2', '3'],
				['b', '1', '2', '3']
			])
		).toBe('customers');
		expect(
			guessFileKind(header, [
				['a', '1', '2', '3'],
				['a', '1', '2', '3']
			])
		).toBe('transactions');
		expect(guessFileKind(['客户', '日期', '金额'], [['a', '2024-01-01', '3']])).toBe(
			'transactions'
		);
	});

	it('says which column is missing', () => {
		expect(() => chooseCustomerColumns(['id', 'frequency'])).toThrow(
			'没有找到最近购买（天数或日期）、消费金额列；文件的列为：id、frequency'
		);
	});
});

describe('readCustomerFile', () => {
	const columns = { id: 'id', recency: 'r', frequency: 'f', monetary: 'm' };

	it('takes recency in days from the as-of day, and lists bad rows by line and column', () => {
		const bytes = utf8('id,r,f,m\na,3,2,100\nb,-1,1,5\nc,10,x,5\na,1,1,1\n,1,1,1\nd,0,1,(5)\n');
		const summary = readCustomerFile(bytes, { columns, asOfDay: day('2024-01-10') });
		expect(summary).toMatchObject({
			kind: 'customers',
			recency: 'days',
			asOfDay: day('2024-01-10'),
			rows: 6,
			accepted: 2,
			rejectedCount: 4
		});
		expect(rfmInputsOf(summary)).toEqual([
			{ id: 'a', recencyDays: 3, frequency: 2, monetary: 100 },
			{ id: 'd', recencyDays: 0, frequency: 1, monetary: -5 }
		]);
		expect(summary.rejected).toEqual([
			{ line: 3, column: 'r', reason: '最近购买天数「-1」不是非负数字' },
			{ line: 4, column: 'f', reason: expect.stringMatching(/^购买次数「x」不是数字/) },
			{
				line: 5,
				column: 'id',
				reason: expect.stringMatching(/^客户编号「a」在第 2 行已经出现过/)
			},
			{ line: 6, column: 'id', reason: '客户编号为空' }
		]);
	});

	it('takes the last purchase as a date, counting and optionally dropping future dates', () => {
		const bytes = utf8(
			'客户,最后购买日期,购买次数,消费金额\na,2024-01-05,2,100\nb,2099-01-01,1,5\n'
		);
		const header = inspectTransactionFile(bytes).header;
		const chosen = chooseCustomerColumns(header);
		const today = day('2024-06-01');
		const kept = readCustomerFile(bytes, { columns: chosen, today });
		expect(kept).toMatchObject({ recency: 'date', latestDay: day('2099-01-01') });
		expect(kept.future).toEqual({
			rows: 1,
			firstLine: 3,
			latestDay: day('2099-01-01'),
			dropped: false
		});
		const dropped = readCustomerFile(bytes, { columns: chosen, today, dropFuture: true });
		expect(dropped.customers.map((c) => c.id)).toEqual(['a']);
		expect(dropped.accepted).toBe(1);
		expect(rfmInputsOf(dropped)[0].recencyDays).toBe(1);
	});

	it('refuses a file whose every row is bad, naming the first', () => {
		expect(() => readCustomerFile(utf8('id,r,f,m\na,x,1,1\n'), { columns })).toThrow(
			/没有可用的客户：1 行全部被拒绝（例如第 2 行「r」列：最近购买天数「x」不是非负数字）/
		);
	});
});

describe('UCI Online Retail customers_rfm.csv (published figures, through the importer)', () => {
	const bytes = readShipped('online-retail/customers_rfm.csv');
	const inspection = inspectTransactionFile(bytes);
	const summary = readCustomerFile(bytes, {
		columns: chooseCustomerColumns(inspection.header),
		asOfDay: day('2011-12-10')
	});
	const customers = rfmInputsOf(summary);

	it('is recognised as a customer file of 4,338 customers', () => {
		expect(guessFileKind(inspection.header, inspection.preview)).toBe('customers');
		expect(summary.rejectedCount).toBe(0);
		expect(customers).toHaveLength(4338);
		expect(customers[0]).toEqual({
			id: '12346',
			recencyDays: 326,
			frequency: 1,
			monetary: 77183.6
		});
	});

	it('gives 74.62% for the top 20% and 1,750 / 689 at the mean splits', () => {
		expect(pareto(customers.map((c) => c.monetary)).top20Share * 100).toBeCloseTo(74.62, 2);
		expect(meanThresholds(customers).recencyDays).toBeCloseTo(93.06, 2);
		const counts = new Map<string, number>();
		for (const c of scoreRfm(customers)) counts.set(c.class8, (counts.get(c.class8) ?? 0) + 1);
		expect(counts.get('一般发展客户')).toBe(1750);
		expect(counts.get('重要价值客户')).toBe(689);
	}, 60_000);
});
