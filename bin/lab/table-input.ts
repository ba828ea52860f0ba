/**
 * What the rfm, pareto and clv commands share about reading a table: the file's bytes, the
 * encoding / sheet / header options, and columns given by name or by 1-based number.
 */
import { readFileSync } from 'node:fs';
import { ENCODING_CHOICES, type EncodingChoice } from '../../src/lib/analytics/import/decode';
import type { TableInspection, TableOptions } from '../../src/lib/analytics/import/table';
import { CliError } from './cli-error';

export interface TableFlags {
	encoding?: string;
	sheet?: string;
	header?: string;
}

export function readBytes(path: string): Uint8Array {
	try {
		return readFileSync(path);
	} catch {
		throw new CliError(`读不到文件「${path}」`);
	}
}

/** --encoding, --sheet NAME|N and --header auto|yes|no as the importer's options. */
export function tableOptions(flags: TableFlags): TableOptions & { encoding: EncodingChoice } {
	const encoding = (flags.encoding ?? 'auto') as EncodingChoice;
	if (!ENCODING_CHOICES.includes(encoding)) {
		throw new CliError(`--encoding 只能是 ${ENCODING_CHOICES.join('|')}`);
	}
	const header = flags.header ?? 'auto';
	if (!['auto', 'yes', 'no'].includes(header))
		throw new CliError('--header 只能是 auto、yes 或 no');
	const options: TableOptions & { encoding: EncodingChoice } = { encoding };
	if (header !== 'auto') options.header = header === 'yes';
	if (flags.sheet !== undefined) {
		options.sheet = /^\d+$/.test(flags.sheet) ? Number(flags.sheet) : flags.sheet;
	}
	return options;
}

/**
 * A column given on the command line: a header name, or a 1-based column number (the only way
 * to name a column of a file without a header, whose columns are 第 1 列, 第 2 列 …).
 */
export function columnFromFlag(
	value: string | undefined,
	flag: string,
	inspection: TableInspection
): string | undefined {
	if (value === undefined) return undefined;
	const { header } = inspection;
	if (header.includes(value.trim())) return value.trim();
	if (/^\d+$/.test(value.trim())) {
		const number = Number(value);
		if (number < 1 || number > header.length) {
			throw new CliError(`${flag} ${value}：文件只有 ${header.length} 列（列号从 1 数起）`);
		}
		return header[number - 1];
	}
	return value;
}

/** For a file without a header: which flags to give, with its first row to count columns by. */
export function headerlessHelp(inspection: TableInspection, flags: string): CliError {
	const first = inspection.preview[0] ?? [];
	const shown = first.map((value, i) => `${i + 1}=${value}`).join('  ');
	return new CliError(
		`文件没有表头（第一行就是数据）：请用 ${flags} 给出列号（从 1 数起）。第一行各列为：${shown}`
	);
}
