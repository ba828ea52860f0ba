/**
 * A transaction file read as dated purchases for the lifetime-value models, with the importer's
 * refund rule: a negative amount is a refund, not a purchase. A zero amount still is a purchase,
 * as in Python lifetimes (CDNOW has such rows; dropping them would drop customers).
 */
import type { DatedPurchase } from '../clv-summary';
import { ImportError } from './import-error';
import {
	describeRejectedRow,
	readTransactions,
	type ReadOptions,
	type ReadReport
} from './transaction-file';

export interface PurchaseFile {
	purchases: DatedPurchase[];
	report: ReadReport;
	customers: number;
	earliestDay: number;
	latestDay: number;
	/** Rows with a negative amount: refunds, not purchases. */
	refundRows: number;
}

/** Throws ImportError (saying why) when the file holds no purchase at all. */
export function readPurchases(bytes: Uint8Array, options: ReadOptions): PurchaseFile {
	const purchases: DatedPurchase[] = [];
	const ids = new Set<string>();
	let refundRows = 0;
	let earliestDay = Infinity;
	let latestDay = -Infinity;
	const report = readTransactions(bytes, options, ({ id, day, amount }) => {
		if (amount < 0) {
			refundRows++;
			return;
		}
		purchases.push({ id, day, amount });
		ids.add(id);
		if (day < earliestDay) earliestDay = day;
		if (day > latestDay) latestDay = day;
	});
	if (!purchases.length) {
		const first = report.rejected[0];
		throw new ImportError(
			first
				? `文件中没有可用的购买记录：${report.rejectedCount} 行无法读取，例如${describeRejectedRow(first)}。请检查列的对应关系。`
				: '文件中只有退款（负金额），没有购买记录。'
		);
	}
	return { purchases, report, customers: ids.size, earliestDay, latestDay, refundRows };
}
