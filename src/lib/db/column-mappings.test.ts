import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, database } from './database';
import {
	layoutKey,
	rememberAskedColumns,
	rememberColumnMapping,
	rememberedColumnMapping
} from './column-mappings';
import { setSetting } from './settings';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase('crm-workbench');
});

const header = ['会员', '下单时间', '实付', '订单'];
const columns = { id: '会员', date: '下单时间', amount: '实付', invoice: '订单' };

describe('column mappings', () => {
	it('remembers the mapping of a header layout and gives it back for the same layout', async () => {
		await rememberColumnMapping(header, columns);
		expect(await rememberedColumnMapping([' 会员', '下单时间 ', '实付', '订单'])).toEqual(columns);
	});

	it('knows nothing about a layout it has not seen, or the same names in another order', async () => {
		await rememberColumnMapping(header, columns);
		expect(await rememberedColumnMapping(['客户', '日期', '金额'])).toBeUndefined();
		expect(await rememberedColumnMapping([...header].reverse())).toBeUndefined();
	});

	it('replaces the mapping when the learner maps the same layout again', async () => {
		await rememberColumnMapping(header, columns);
		await rememberColumnMapping(header, { id: '订单', date: '下单时间', amount: '实付' });
		expect(await rememberedColumnMapping(header)).toEqual({
			id: '订单',
			date: '下单时间',
			amount: '实付'
		});
	});

	it('ignores a stored mapping that names a column the header does not have', async () => {
		await setSetting(layoutKey(header), { ...columns, channel: '渠道' });
		expect(await rememberedColumnMapping(header)).toBeUndefined();
	});

	it('keeps the roles a lab did not ask for, and drops an asked optional role left unused', async () => {
		await rememberColumnMapping(header, { ...columns, profit: '订单' });
		// The CLV lab asks for id, date and amount only: the order column stays remembered.
		await rememberAskedColumns(header, { id: '订单', date: '下单时间', amount: '实付' }, [
			'id',
			'date',
			'amount'
		]);
		expect(await rememberedColumnMapping(header)).toEqual({
			id: '订单',
			date: '下单时间',
			amount: '实付',
			invoice: '订单',
			profit: '订单'
		});
		// The segmentation lab asks for all six; invoice and profit set to 不使用 are forgotten.
		await rememberAskedColumns(header, { id: '会员', date: '下单时间', amount: '实付' }, [
			'id',
			'date',
			'amount',
			'invoice',
			'profit',
			'channel'
		]);
		expect(await rememberedColumnMapping(header)).toEqual({
			id: '会员',
			date: '下单时间',
			amount: '实付'
		});
	});

	it('remembers asked roles for a layout it has not seen', async () => {
		await rememberAskedColumns(header, { id: '会员', date: '下单时间', amount: '实付' }, [
			'id',
			'date',
			'amount'
		]);
		expect(await rememberedColumnMapping(header)).toEqual({
			id: '会员',
			date: '下单时间',
			amount: '实付'
		});
	});
});

describe('a damaged saved mapping', () => {
	it.each([[5], ['junk'], [null], [[]], [{}]])('reads %j as no mapping at all', async (value) => {
		const header = ['客户', '日期', '金额'];
		await rememberColumnMapping(header, { id: '客户', date: '日期', amount: '金额' });
		const db = await database();
		const [key] = await db.settings.toCollection().primaryKeys();
		await setSetting(String(key), value);
		expect(await rememberedColumnMapping(header)).toBeUndefined();
	});
});
