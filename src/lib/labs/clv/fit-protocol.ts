/** Messages between the lab page and fit.worker.ts. */
export type { ScoredCustomer } from '$lib/analytics/clv-pipeline';
import type { BgNbdFit } from '$lib/analytics/bgnbd';
import type { ScoredCustomer, ScoringOptions } from '$lib/analytics/clv-pipeline';
import type { CumulativePoint, HoldoutRow, PeriodUnit } from '$lib/analytics/clv-summary';
import type { GammaGammaFit } from '$lib/analytics/gammagamma';
import type {
	ColumnNames,
	EncodingChoice,
	ReadReport
} from '$lib/analytics/import/transaction-file';

/** Where the customers come from: a transaction file with its column mapping, or a summary file. */
export type DataSource =
	| {
			kind: 'transactions';
			/** Identifies the file and mapping, so the worker reads the same file only once. */
			key: string;
			bytes: ArrayBuffer;
			encoding: EncodingChoice;
			delimiter: string;
			/** A workbook's sheet, and whether the first row is a header, as inspected. */
			sheet?: string;
			header: boolean;
			columns: ColumnNames;
			/** Leave out rows dated after today. */
			dropFuture?: boolean;
	  }
	/** A summary file: CSV text, or the bytes of a workbook or gzip file. */
	| { kind: 'summary'; key: string; bytes: ArrayBuffer };

/** The page's scoring settings; the worker adds the periods per month of the fitted data. */
export type ScoringChoice = Omit<ScoringOptions, 'periodsPerMonth'>;

export type FitRequest =
	| { kind: 'load'; source: DataSource }
	| {
			kind: 'fit';
			source: DataSource;
			/** Days since 1970-01-01; ignored for a summary file. */
			calibrationEndDay: number;
			/** The unit of recency and T: chosen for transactions, stated by the user for a summary. */
			period: PeriodUnit;
			scoring: ScoringChoice;
	  }
	| { kind: 'score'; scoring: ScoringChoice };

export interface LoadedTransactions {
	kind: 'loaded';
	report: ReadReport;
	purchases: number;
	customers: number;
	earliestDay: number;
	latestDay: number;
	/** Rows with a negative amount: refunds, not purchases. */
	refundRows: number;
}

export interface FitResult {
	kind: 'fitted';
	bgnbd: BgNbdFit;
	/** Null together with a reason when the spend model could not be fitted. */
	gammaGamma: GammaGammaFit | null;
	gammaGammaProblem: string | null;
	customers: number;
	repeatBuyers: number;
	/** Repeat buyers whose repeat purchases had no value, left out of the Gamma-Gamma fit. */
	zeroSpendRepeatBuyers: number;
	period: PeriodUnit;
	/** Only for transaction files. */
	calibration: {
		calibrationEndDay: number;
		observationEndDay: number;
		firstDay: number;
		holdoutPeriods: number;
	} | null;
	holdout: HoldoutRow[];
	cumulative: CumulativePoint[];
	scored: ScoredCustomer[];
}

export type FitResponse =
	| LoadedTransactions
	| { kind: 'loaded-summary'; customers: number; hasMonetaryValue: boolean }
	| { kind: 'progress'; stage: string; fraction: number }
	| FitResult
	| { kind: 'scored'; scored: ScoredCustomer[] }
	| { kind: 'failed'; message: string };
