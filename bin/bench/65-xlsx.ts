/**
 * Excel workbooks: reading a 100,000-row .xlsx (Chinese headers, date cells, shared strings, as
 * Excel writes it) through the importer to per-customer RFM, beside the same rows as CSV. The
 * workbook is unzipped and its sheet scanned in one go, so the time and the heap are those of the
 * whole sheet (issue 17).
 */
import { performance } from 'node:perf_hooks';
import { readWorkbook } from '../../src/lib/analytics/import/xlsx';
import { writeXlsx, type FixtureCell } from '../../src/lib/analytics/import/xlsx-fixture';
import {
	rfmInputsOf,
	summarizeTransactionFile
} from '../../src/lib/analytics/import/transaction-file';

const ROWS = 100_000;
const ROUNDS = 3;

function rows(): { cells: FixtureCell[][]; csv: string } {
	const cells: FixtureCell[][] = [['客户编号', '订单号', '交易日期', '金额', '渠道']];
	const lines = ['客户编号,订单号,交易日期,金额,渠道'];
	for (let i = 0; i < ROWS; i++) {
		const id = `C${String(i % 20_000).padStart(5, '0')}`;
		const date = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
		const amount = Math.round(((i * 7919) % 100_000) / 10) / 10;
		const channel = i % 3 ? '线上' : '门店';
		cells.push([id, `SO${100_000 + i}`, { date }, amount, channel]);
		lines.push(`${id},SO${100_000 + i},${date},${amount},${channel}`);
	}
	return { cells, csv: lines.join('\n') };
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function bench(): Promise<void> {
	console.log(`\nExcel workbook (.xlsx), ${ROWS.toLocaleString('en')} rows (Node, one thread)`);
	const { cells, csv } = rows();
	const xlsx = writeXlsx([{ name: '交易', rows: cells }]);
	const text = new TextEncoder().encode(csv);
	console.log(
		`  file: .xlsx ${(xlsx.length / 1024 / 1024).toFixed(1)} MB, the same rows as CSV ${(text.length / 1024 / 1024).toFixed(1)} MB`
	);
	const columns = { id: '客户编号', date: '交易日期', amount: '金额', invoice: '订单号' };
	const times = { sheet: [] as number[], xlsx: [] as number[], csv: [] as number[] };
	let heapMb = 0;
	for (let round = 0; round < ROUNDS; round++) {
		let start = performance.now();
		const sheet = readWorkbook(xlsx).sheet(1);
		times.sheet.push(performance.now() - start);
		heapMb = Math.max(heapMb, process.memoryUsage().heapUsed / 1024 / 1024);
		if (sheet.rows.length !== ROWS + 1) throw new Error(`read ${sheet.rows.length} rows`);
		start = performance.now();
		const fromXlsx = rfmInputsOf(summarizeTransactionFile(xlsx, { columns }));
		times.xlsx.push(performance.now() - start);
		heapMb = Math.max(heapMb, process.memoryUsage().heapUsed / 1024 / 1024);
		start = performance.now();
		const fromCsv = rfmInputsOf(summarizeTransactionFile(text, { columns }));
		times.csv.push(performance.now() - start);
		if (JSON.stringify(fromXlsx) !== JSON.stringify(fromCsv))
			throw new Error('the workbook and the CSV gave different customers');
	}
	console.log(
		`  read the sheet (unzip + scan to typed cells): ${median(times.sheet).toFixed(0)} ms`
	);
	console.log(
		`  .xlsx → RFM inputs of 20,000 customers: ${median(times.xlsx).toFixed(0)} ms; the same as CSV: ${median(times.csv).toFixed(0)} ms (median of ${ROUNDS}; identical results)`
	);
	console.log(`  largest V8 heap seen: ${heapMb.toFixed(0)} MB`);
}
