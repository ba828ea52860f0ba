/**
 * The column mapping a learner chose for a file layout, remembered so the next export from the
 * same shop system maps itself. Kept in the settings table, keyed by the header row.
 */
import type { ColumnNames } from '../analytics/import/columns';
import { getSetting, setSetting } from './settings';

/** Same headers in the same order make the same layout; spacing around names does not matter. */
export function layoutKey(header: readonly string[]): string {
	return `column-mapping:${JSON.stringify(header.map((name) => name.trim()))}`;
}

export async function rememberColumnMapping(
	header: readonly string[],
	columns: ColumnNames
): Promise<void> {
	await setSetting(layoutKey(header), { ...columns });
}

/**
 * Remembers the roles one lab asked for and keeps what was saved for the others: the CLV lab maps
 * three columns, the segmentation lab six, and the same file should map itself in both.
 */
export async function rememberAskedColumns(
	header: readonly string[],
	columns: ColumnNames,
	asked: readonly (keyof ColumnNames)[]
): Promise<void> {
	const before = await rememberedColumnMapping(header);
	const kept = Object.entries(before ?? {}).filter(
		([role]) => !asked.includes(role as keyof ColumnNames)
	);
	await rememberColumnMapping(header, { ...Object.fromEntries(kept), ...columns });
}

/** The mapping saved for this layout, if any and if its columns are all still in the header. */
export async function rememberedColumnMapping(
	header: readonly string[]
): Promise<ColumnNames | undefined> {
	const saved = await getSetting<unknown>(layoutKey(header));
	// Settings come back from backups too: anything but a plain object of names is not a mapping.
	if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return undefined;
	const names = new Set(header.map((name) => name.trim()));
	const used = Object.values(saved).filter((name): name is string => typeof name === 'string');
	return used.length && used.every((name) => names.has(name)) ? (saved as ColumnNames) : undefined;
}
