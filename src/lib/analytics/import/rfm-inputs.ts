/**
 * A read file's customers as RFM inputs, apart from the importer so the segmentation page can
 * score a summary without loading the parsers (they run in its worker).
 */
import type { RfmInput } from '../rfm';
import { ImportError } from './import-error';
import type { TransactionSummary } from './transaction-file';
import { formatDay } from './values';

/**
 * RFM inputs (see rfm.ts) with asOfDay defaulting to latestDay + 1, the day after the last
 * purchase. Throws ImportError for an as-of day before the last purchase (negative recency).
 */
export function rfmInputsOf(
	summary: TransactionSummary,
	asOfDay = defaultAsOfDay(summary)
): RfmInput[] {
	if (asOfDay < summary.latestDay) {
		throw new ImportError(
			`截止日期 ${formatDay(asOfDay)} 早于数据中最后一次购买（${formatDay(summary.latestDay)}）`
		);
	}
	return summary.customers.map((c) => ({
		id: c.id,
		recencyDays: asOfDay - c.lastDay,
		frequency: c.frequency,
		monetary: c.monetary
	}));
}

/** The day recency counts to unless the learner picks one: the file's, or the day after its last purchase. */
export function defaultAsOfDay(summary: TransactionSummary): number {
	return summary.asOfDay ?? summary.latestDay + 1;
}
