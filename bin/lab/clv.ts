import { CliError } from './cli-error';

export async function run(_args: string[]): Promise<string> {
	throw new CliError('命令「clv」尚未实现');
}
