/**
 * The delimiters the importer tells apart and their names, apart from the row splitting so that a
 * page can name a file's delimiter without loading papaparse.
 */

/** The delimiter value meaning "runs of spaces or tabs", as in CDNOW_master.txt. */
export const WHITESPACE = ' ';

export const DELIMITER_NAMES: Record<string, string> = {
	',': '逗号',
	'\t': '制表符',
	';': '分号',
	'|': '竖线',
	[WHITESPACE]: '空格'
};
