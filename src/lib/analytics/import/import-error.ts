/**
 * The one error the importer throws, for a file that cannot be used at all (empty, binary, no
 * usable columns, every row rejected). Single bad rows never throw: they are counted and listed
 * as rejected rows instead. The message is Chinese and shown to the user as is.
 */
export class ImportError extends Error {
	constructor(
		message: string,
		/** Where the problem is, when it is in one place: a 1-based line and/or a column's header. */
		readonly where: { line?: number; column?: string } = {}
	) {
		super(message);
		this.name = 'ImportError';
	}
}
