/**
 * `lab survey alpha|ahp|pls`: the satisfaction-survey lab's models from the command line, the same
 * src/lib/analytics code as /lab/satisfaction-survey/.
 *   survey alpha --input FILE --items a,b,c          → {"alpha": x, "n": N}
 *   survey ahp   --matrix "1,3,5;1/3,1,3;1/5,1/3,1"  → {"weights": […], "lambdaMax", "CI", "CR"}
 *   survey pls   --input FILE --model MODEL.json      → {"paths", "r2", "loadings"}
 * Files: CSV/TSV (UTF-8, GBK, UTF-16) or .xlsx, one row per respondent with a header row.
 */
import { readFileSync } from 'node:fs';
import { ahp, parseAhpMatrix } from '../../src/lib/analytics/ahp';
import { ModelError } from '../../src/lib/analytics/model-error';
import { pls, type PlsModel } from '../../src/lib/analytics/pls';
import { cronbachAlpha } from '../../src/lib/analytics/reliability';
import { numericRows, readSurveyTable } from '../../src/lib/analytics/survey-data';
import { CliError } from './cli-error';
import { parseOptions } from './read-input';
import { readBytes, tableOptions } from './table-input';

const usage = `用法：
  npm run --silent lab -- survey alpha --input FILE --items a,b,c [--encoding …] [--sheet …]
  npm run --silent lab -- survey ahp --matrix "1,3,5;1/3,1,3;1/5,1/3,1"
  npm run --silent lab -- survey pls --input FILE --model MODEL.json
    MODEL.json：{"constructs": {"名称": ["题项", …], …}, "paths": [["from", "to"], …]}`;

/** NaN and ±Infinity have no JSON form: they print as null. */
const finite = (value: number) => (Number.isFinite(value) ? value : null);

function surveyFile(options: Record<string, string | undefined>) {
	if (!options.input) throw new CliError(`缺少 --input FILE\n${usage}`);
	const { encoding, sheet } = tableOptions(options);
	return readSurveyTable(readBytes(options.input), { encoding, sheet });
}

function alpha(options: Record<string, string | undefined>): string {
	if (!options.items) throw new CliError('缺少 --items a,b,c（参与计算的题目列名，用逗号分隔）');
	const items = options.items.split(',').map((item) => item.trim());
	if (items.some((item) => !item)) throw new CliError('--items 里有空的列名');
	const { rows } = numericRows(surveyFile(options), items);
	return JSON.stringify({ alpha: finite(cronbachAlpha(rows)), n: rows.length });
}

function analyticHierarchy(options: Record<string, string | undefined>): string {
	if (!options.matrix)
		throw new CliError('缺少 --matrix "1,3,5;1/3,1,3;1/5,1/3,1"（行用分号分隔）');
	const result = ahp(parseAhpMatrix(options.matrix));
	return JSON.stringify({
		weights: result.weights,
		lambdaMax: result.lambdaMax,
		CI: result.CI,
		CR: result.CR
	});
}

/** MODEL.json checked for shape; names are checked against the data by the model itself. */
function readModel(path: string): PlsModel {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new CliError(`读不到模型文件「${path}」`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new CliError(`模型文件「${path}」不是有效的 JSON`);
	}
	const model = data as Partial<PlsModel>;
	const constructs = model.constructs;
	if (
		typeof constructs !== 'object' ||
		constructs === null ||
		Array.isArray(constructs) ||
		!Object.values(constructs).every(
			(items) => Array.isArray(items) && items.every((item) => typeof item === 'string')
		)
	) {
		throw new CliError('模型文件的 constructs 应是 {"潜变量": ["题项", …], …}');
	}
	if (
		!Array.isArray(model.paths) ||
		!model.paths.every(
			(path) =>
				Array.isArray(path) && path.length === 2 && path.every((end) => typeof end === 'string')
		)
	) {
		throw new CliError('模型文件的 paths 应是 [["from", "to"], …]');
	}
	return { constructs, paths: model.paths };
}

function pathModel(options: Record<string, string | undefined>): string {
	if (!options.model) throw new CliError('缺少 --model MODEL.json');
	const model = readModel(options.model);
	const items = Object.values(model.constructs).flat();
	const { rows } = numericRows(surveyFile(options), items);
	const result = pls(rows, items, model);
	return JSON.stringify({ paths: result.paths, r2: result.r2, loadings: result.loadings });
}

const subcommands: Record<string, (options: Record<string, string | undefined>) => string> = {
	alpha,
	ahp: analyticHierarchy,
	pls: pathModel
};

export async function run(args: string[]): Promise<string> {
	const [name, ...rest] = args;
	const subcommand = name ? subcommands[name] : undefined;
	if (!subcommand) throw new CliError(`survey 后面须是 alpha、ahp 或 pls\n${usage}`);
	const options = parseOptions(rest) as Record<string, string | undefined>;
	try {
		return subcommand(options);
	} catch (error) {
		if (error instanceof ModelError) throw new CliError(error.message);
		throw error;
	}
}
