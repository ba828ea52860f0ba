/**
 * `lab clv bgnbd|gammagamma|sbg …`: fit the lifetime-value models from the command line with the
 * browser's code. Prints the fitted parameters and the log-likelihood as JSON.
 */
import type { CustomerSummary } from '../../src/lib/analytics/bgnbd';
import { fitBgNbdChecked, fitSpendModel } from '../../src/lib/analytics/clv-pipeline';
import { parseSummaryCsv } from '../../src/lib/analytics/clv-summary';
import { ModelError } from '../../src/lib/analytics/model-error';
import { fitSbg } from '../../src/lib/analytics/sbg';
import { ImportError } from '../../src/lib/analytics/import/import-error';
import { unwrapGzip } from '../../src/lib/analytics/import/table';
import { readBytes } from './table-input';
import { CliError } from './cli-error';
import { parseOptions } from './read-input';

export const usage = `用法：
  clv bgnbd --summary FILE                       （列 frequency、recency、T）
  clv bgnbd --input FILE --calibration-end YYYY-MM-DD [--period week|day] [--id COL] [--date COL] [--amount COL]
            [--encoding auto|utf-8|gb18030] [--sheet NAME|N] [--header auto|yes|no]
            （FILE 可以是 CSV/TSV/空格分隔的文本、.gz 压缩的文本或 Excel .xlsx；没有表头时 COL 为从 1 数起的列号）
  clv gammagamma --summary FILE                  （列 frequency、monetary_value；frequency 为 0 的行不参与）
  clv sbg --survivors 1000,631,468,...`;

/** The options of one command; the shared parser types them for rfm/pareto. */
const optionsOf = (args: string[]) => parseOptions(args) as Record<string, string | undefined>;

function readSummary(path: string | undefined): CustomerSummary[] {
	if (!path) throw new CliError(`缺少 --summary FILE\n${usage}`);
	try {
		return parseSummaryCsv(new TextDecoder().decode(unwrapGzip(readBytes(path))));
	} catch (error) {
		if (error instanceof ImportError) throw new CliError(error.message);
		throw error;
	}
}

const fitters: Record<string, (args: string[]) => Promise<Record<string, number>>> = {
	async bgnbd(args) {
		const options = optionsOf(args);
		const customers = options.summary
			? readSummary(options.summary)
			: (await import('./clv-transactions')).summaryFromTransactions(options);
		const { r, alpha, a, b, logLikelihood } = fitBgNbdChecked(customers);
		return { r, alpha, a, b, logLikelihood };
	},
	async gammagamma(args) {
		const { fit, problem } = fitSpendModel(readSummary(optionsOf(args).summary));
		if (!fit) throw new CliError(problem ?? 'Gamma-Gamma 模型无法估计。');
		const { p, q, gamma, logLikelihood } = fit;
		return { p, q, gamma, logLikelihood };
	},
	async sbg(args) {
		const { survivors } = optionsOf(args);
		if (!survivors) throw new CliError(`缺少 --survivors\n${usage}`);
		const counts = survivors
			.split(/[,，\s]+/)
			.filter(Boolean)
			.map(Number);
		const { alpha, beta, logLikelihood, converged } = fitSbg(counts);
		if (!converged) throw new CliError('sBG 模型没有收敛。');
		return { alpha, beta, logLikelihood };
	}
};

export async function run(args: string[]): Promise<string> {
	const [model, ...rest] = args;
	if (!model || model === '--help') throw new CliError(usage);
	const fit = fitters[model];
	if (!fit) throw new CliError(`未知模型「${model}」。\n${usage}`);
	try {
		return JSON.stringify(await fit(rest));
	} catch (error) {
		if (error instanceof ModelError) throw new CliError(error.message);
		throw error;
	}
}
