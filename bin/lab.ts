/**
 * `npm run --silent lab -- <command> [options]`: the lab's models from the command line, running
 * the same src/lib/analytics code as the browser. Prints JSON (or CSV) on stdout; errors go to
 * stderr in Chinese with exit code 1.
 */
import { CliError } from './lab/cli-error';

type Command = (args: string[]) => Promise<string>;

const commands: Record<string, () => Promise<{ run: Command }>> = {
	rfm: () => import('./lab/rfm'),
	pareto: () => import('./lab/pareto'),
	clv: () => import('./lab/clv'),
	cohorts: () => import('./lab/cohorts'),
	survival: () => import('./lab/survival'),
	patterns: () => import('./lab/patterns'),
	items: () => import('./lab/items'),
	survey: () => import('./lab/survey')
};

const usage = `用法：npm run --silent lab -- <命令> [选项]
命令：
  rfm     --input FILE [--id COL] [--date COL] [--amount COL] [--invoice COL] [--as-of YYYY-MM-DD]
          [--encoding auto|utf-8|gb18030] [--sheet NAME|N] [--header auto|yes|no] [--format json|csv]
  rfm     --customers FILE [--id COL] [--recency COL] [--frequency COL] [--monetary COL] [--as-of YYYY-MM-DD] …
          （每行一位客户：最近购买的天数或日期、购买次数、消费金额）
  pareto  --input FILE | --customers FILE [与 rfm 相同的选项]
  clv     bgnbd|gammagamma|sbg ...（见 clv --help）
  cohorts   --input FILE [--id COL] [--date COL] [--amount COL] [--encoding …] [--sheet NAME|N]
            [--header auto|yes|no] [--format json]
  survival  --input FILE [列选项] --inactive-days D [--as-of YYYY-MM-DD] [--format json]
  patterns  --input FILE [列选项] [--inactive-days D] [--exploration-days D] [--stable-purchases N]
            [--decline-factor X] [--as-of YYYY-MM-DD]
  items   --input FILE --max m1,m2,… [--format json]   成绩表（CSV 或 .xlsx；第一列学生，每题一列）的试题分析
  survey  alpha --input FILE --items a,b,c | ahp --matrix "1,3,5;1/3,1,3;1/5,1/3,1" |
          pls --input FILE --model MODEL.json   满意度问卷：克朗巴哈 α、层次分析法权重、PLS 路径模型

FILE 可以是 CSV、TSV、空格分隔的文本（如 CDNOW_master.txt）、.gz 压缩的文本或 Excel 工作簿（.xlsx，
--sheet 选工作表，默认第一个）。文件没有表头时，COL 写从 1 数起的列号，例如 --id 1 --date 2 --amount 4。
`;

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h') {
		console.log(usage);
		return name ? 0 : 1;
	}
	const load = commands[name];
	if (!load) {
		console.error(`未知命令「${name}」。\n${usage}`);
		return 1;
	}
	try {
		const { run } = await load();
		process.stdout.write(`${await run(rest)}\n`);
		return 0;
	} catch (error) {
		if (error instanceof CliError) {
			console.error(`错误：${error.message}`);
			return 1;
		}
		throw error;
	}
}

process.exitCode = await main(process.argv.slice(2));
