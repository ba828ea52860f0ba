import { CliError } from './cli-error';

export async function run(_args: string[]): Promise<string> {
	throw new CliError('命令「pareto」尚未实现');
}
