/**
 * Backups: everything the learner has, in one versioned JSON file. An import is checked in
 * full — JSON, app, schema version, checksum, every field of every record — before the database
 * is touched; then, in one transaction, the current data is snapshotted (for undo) and replaced
 * or merged. A file that fails any check changes nothing.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { sha256Hex } from '../sha256';
import { database, DATABASE_NAME, type CrmDatabase } from './database';
import { TABLE_LABELS, TABLE_NAMES, tableSchemas, type TableName } from './backup-schema';
import { LAB_IDS, type LabId } from '../content/ids';
import { labInfo } from '../content/labs';
import { scenarioDataProblem } from '../labs/scenario-data';
import { EARLIEST_TIME, LATEST_TIME } from '../teach/limits';
import { oneDraftPerQuestion } from './draft-merge';
import type { CaseAnswer, HistoryEntry } from './schema';

export const BACKUP_APP = DATABASE_NAME;

export type BackupTables = Record<TableName, unknown[]>;

export interface Backup {
	app: typeof BACKUP_APP;
	schemaVersion: number;
	exportedAt: string;
	counts: Record<TableName, number>;
	/** SHA-256 (hex) of JSON.stringify(tables): detects edits and damage. */
	checksum: string;
	tables: BackupTables;
	/**
	 * Records left out on import because a page could not use them (a lab scenario whose data is
	 * not that lab's), one sentence each naming the record. Not part of an exported file.
	 */
	skipped?: string[];
}

export type ImportMode = 'replace' | 'merge';

export class BackupError extends Error {}

async function readTables(db: CrmDatabase): Promise<BackupTables> {
	const entries = await Promise.all(
		TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const)
	);
	return Object.fromEntries(entries) as BackupTables;
}

/** The database's schema version, which a backup file must not be newer than. */
export async function currentSchemaVersion(): Promise<number> {
	return (await database()).verno;
}

/** Every table, read in one transaction: the part of an export that needs the database. */
export async function readBackupTables(): Promise<{ tables: BackupTables; schemaVersion: number }> {
	const db = await database();
	const tables = await db.transaction('r', TABLE_NAMES, () => readTables(db));
	return { tables, schemaVersion: db.verno };
}

/**
 * The backup of tables already read: counts and checksum. Pure, so a worker can do it for tens
 * of megabytes (backup.worker.ts) — the JSON and SHA-256 are the slow part.
 */
export function backupOf(tables: BackupTables, schemaVersion: number, now = new Date()): Backup {
	return {
		app: BACKUP_APP,
		schemaVersion,
		exportedAt: now.toISOString(),
		counts: Object.fromEntries(TABLE_NAMES.map((n) => [n, tables[n].length])) as Backup['counts'],
		checksum: sha256Hex(JSON.stringify(tables)),
		tables
	};
}

export async function createBackup(now = new Date()): Promise<Backup> {
	const { tables, schemaVersion } = await readBackupTables();
	return backupOf(tables, schemaVersion, now);
}

/** How far a check has got, for a progress bar: a stage, and records checked of all. */
export type BackupProgress = (stage: string, done: number, total: number) => void;
const PROGRESS_EVERY = 2_000;

/** Where a JSON.parse error happened, as a character position, if the engine says. */
function jsonErrorPosition(error: unknown): string {
	const match = /position (\d+)/.exec(String(error));
	return match ? `（约第 ${Number(match[1]) + 1} 个字符处）` : '';
}

/**
 * Checks a backup file completely. Throws BackupError with a Chinese message naming what is
 * wrong and where; returns the backup only when every check passes.
 */
export async function parseBackup(
	text: string,
	currentVersion: number,
	onprogress?: BackupProgress
): Promise<Backup> {
	if (!text.trim()) throw new BackupError('文件是空的。');
	onprogress?.('读取 JSON', 0, 0);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new BackupError(
			`文件不是完整的 JSON${jsonErrorPosition(error)}：可能在下载或复制时被截断了。请重新导出备份。`
		);
	}
	const header = z
		.object({
			app: z.string(),
			schemaVersion: z.number().int().positive(),
			exportedAt: z.string(),
			checksum: z.string(),
			tables: z.record(z.string(), z.array(z.unknown()))
		})
		.safeParse(data);
	if (!header.success || typeof data !== 'object' || data === null) {
		throw new BackupError('这不是本站的备份文件：缺少 app、schemaVersion、tables 等必要字段。');
	}
	const { app, schemaVersion, tables, checksum, exportedAt } = header.data;
	if (app !== BACKUP_APP) {
		throw new BackupError(`这是其他应用（${app}）的文件，不是本站的备份。`);
	}
	const exportedMs = Date.parse(exportedAt);
	if (!(exportedMs >= EARLIEST_TIME && exportedMs <= LATEST_TIME)) {
		throw new BackupError(
			`备份的导出时间「${exportedAt.slice(0, 40)}」不是 2000–2100 年间的有效日期：文件可能被改动过。请使用原始备份文件。`
		);
	}
	if (schemaVersion > currentVersion) {
		throw new BackupError(
			`备份来自更新版本的网站（数据版本 ${schemaVersion}，本页面为 ${currentVersion}）。请刷新页面加载新版本后再导入。`
		);
	}
	for (const name of Object.keys(tables)) {
		if (!(TABLE_NAMES as string[]).includes(name)) {
			throw new BackupError(`备份中有未知的数据表「${name}」。`);
		}
	}
	onprogress?.('核对校验和', 0, 0);
	if (sha256Hex(JSON.stringify(tables)) !== checksum) {
		throw new BackupError('校验和不符：文件在导出后被修改或已损坏。请使用原始备份文件。');
	}
	const checked = {} as BackupTables;
	const total = TABLE_NAMES.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);
	let done = 0;
	for (const name of TABLE_NAMES) {
		const records = tables[name] ?? [];
		checked[name] = records.map((record, index) => {
			if (onprogress && done++ % PROGRESS_EVERY === 0) onprogress('逐条检查记录', done - 1, total);
			const result = tableSchemas[name].safeParse(record, { error: z.locales.zhCN().localeError });
			if (!result.success) {
				const issue = result.error.issues[0];
				const field = issue.path.length ? `字段「${issue.path.join('.')}」` : '记录';
				throw new BackupError(
					`${TABLE_LABELS[name]}第 ${index + 1} 条的${field}有误：${issue.message}。`
				);
			}
			return result.data;
		});
	}
	const skipped: string[] = [];
	checked.labScenarios = (
		checked.labScenarios as { lab: string; name: string; data: unknown }[]
	).filter((scenario) => {
		const problem = scenarioDataProblem(scenario.lab, scenario.data);
		if (problem) {
			const lab = (LAB_IDS as readonly string[]).includes(scenario.lab)
				? labInfo(scenario.lab as LabId).name
				: scenario.lab;
			skipped.push(`${lab}的方案“${scenario.name}”数据已损坏（${problem}），已跳过`);
		}
		return !problem;
	});
	return {
		app: BACKUP_APP,
		schemaVersion,
		exportedAt,
		counts: Object.fromEntries(TABLE_NAMES.map((n) => [n, checked[n].length])) as Backup['counts'],
		checksum,
		tables: checked,
		skipped
	};
}

type AnyRecord = Record<string, unknown>;

/**
 * Identity and age of a record for merging: two records are "the same item" when their keys
 * match; the one with the larger time wins. Auto-numbered tables use a natural key, because
 * numbers from two browsers collide.
 */
const mergeRules: Record<
	TableName,
	{ key: (r: AnyRecord) => string; time: (r: AnyRecord) => number }
> = {
	chapterProgress: { key: (r) => String(r.slug), time: (r) => Number(r.lastVisitedAt) },
	notes: { key: (r) => String(r.chapter), time: (r) => Number(r.updatedAt) },
	attempts: { key: (r) => `${r.questionId}@${r.answeredAt}`, time: (r) => Number(r.answeredAt) },
	caseAnswers: {
		key: (r) => `${r.caseId}/${r.questionId}@${r.startedAt}`,
		time: (r) => Number(r.updatedAt)
	},
	reviewCards: {
		key: (r) => String(r.questionId),
		time: (r) => Number((r.state as AnyRecord | undefined)?.last_review ?? 0)
	},
	reviewLogs: { key: (r) => `${r.questionId}@${r.reviewedAt}`, time: (r) => Number(r.reviewedAt) },
	mockExams: { key: (r) => `@${r.startedAt}`, time: (r) => Number(r.submittedAt ?? r.startedAt) },
	labScenarios: { key: (r) => `${r.lab}/${r.name}`, time: (r) => Number(r.updatedAt) },
	settings: { key: (r) => String(r.key), time: () => 0 },
	customQuestions: { key: (r) => String(r.id), time: () => 0 },
	teachAssignments: { key: (r) => String(r.id), time: (r) => Number(r.updatedAt) },
	assignmentWork: { key: (r) => String(r.assignmentId), time: (r) => Number(r.updatedAt) },
	// Keyed by checksum: the same key is the same file.
	gradebookSubmissions: { key: (r) => String(r.checksum), time: () => 0 },
	gradebookMarks: { key: (r) => String(r.id), time: (r) => Number(r.markedAt) },
	history: { key: (r) => `${r.key}@${r.savedAt}:${r.text}`, time: (r) => Number(r.savedAt) },
	teacherCases: { key: (r) => String(r.id), time: (r) => Number(r.updatedAt) }
};

const AUTO_ID_TABLES = new Set<TableName>([
	'attempts',
	'caseAnswers',
	'reviewLogs',
	'mockExams',
	'labScenarios',
	'history'
]);

async function writeTables(db: CrmDatabase, tables: BackupTables) {
	for (const name of TABLE_NAMES) {
		await db.table(name).clear();
		await db.table(name).bulkAdd(tables[name]);
	}
}

function merged(name: TableName, current: unknown[], incoming: unknown[]): unknown[] {
	const { key, time } = mergeRules[name];
	const byKey = new Map((current as AnyRecord[]).map((r) => [key(r), r]));
	for (const record of incoming as AnyRecord[]) {
		const existing = byKey.get(key(record));
		if (existing && time(existing) >= time(record)) continue;
		if (AUTO_ID_TABLES.has(name)) {
			// Keep the local number of a replaced item; a new item gets a fresh number.
			const { id: _incomingId, ...rest } = record;
			byKey.set(key(record), existing ? { ...rest, id: existing.id } : rest);
		} else {
			byKey.set(key(record), record);
		}
	}
	return [...byKey.values()];
}

/** Imports a checked backup in one transaction, keeping a snapshot of what was there for undo. */
export async function importBackup(
	backup: Backup,
	mode: ImportMode,
	now = Date.now()
): Promise<void> {
	const db = await database();
	await db.transaction('rw', [...TABLE_NAMES, 'snapshots'], async () => {
		const current = await readTables(db);
		const next =
			mode === 'replace'
				? backup.tables
				: (Object.fromEntries(
						TABLE_NAMES.map((n) => [n, merged(n, current[n], backup.tables[n])])
					) as BackupTables);
		if (mode === 'merge') {
			// One draft per (case, question): the newer stays, the other goes into its history.
			const drafts = oneDraftPerQuestion(next.caseAnswers as CaseAnswer[], now);
			next.caseAnswers = drafts.answers;
			next.history = [...(next.history as HistoryEntry[]), ...drafts.history];
		}
		await writeTables(db, next);
		// Both sides of the import, so undo can tell the import's records from later work.
		await db.snapshots.clear();
		await db.snapshots.add({ takenAt: now, tables: current, after: await readTables(db) });
	});
}

/** When the last import happened, if it can still be undone. */
export async function lastImportSnapshot(): Promise<number | undefined> {
	const db = await database();
	return (await db.snapshots.orderBy('takenAt').last())?.takenAt;
}

export interface UndoPlan {
	takenAt: number;
	/** Records the import added or changed that are still as it left them: put back as before. */
	restored: number;
	/** Records added, changed or deleted after the import: kept as they are. */
	kept: number;
}

interface UndoStep {
	table: TableName;
	key: IndexableKey;
	/** The record before the import; undefined when the import added it. */
	before: unknown;
}
type IndexableKey = string | number;

const byKey = (records: unknown[], keyPath: string) =>
	new Map((records as AnyRecord[]).map((r) => [r[keyPath] as IndexableKey, r]));

/**
 * What undoing the last import would do: every record the import touched goes back to how it was,
 * unless it has changed since — then it is later work and stays, as does every record the import
 * did not touch. A snapshot from before `after` was kept can only be restored whole.
 */
async function undoSteps(db: CrmDatabase): Promise<{ plan: UndoPlan; steps: UndoStep[] } | null> {
	const snapshot = await db.snapshots.orderBy('takenAt').last();
	if (!snapshot) return null;
	const tables = await readTables(db);
	const steps: UndoStep[] = [];
	let kept = 0;
	for (const table of TABLE_NAMES) {
		const keyPath = db.table(table).schema.primKey.keyPath as string;
		const before = byKey(snapshot.tables[table] ?? [], keyPath);
		const after = byKey(snapshot.after?.[table] ?? [], keyPath);
		const current = byKey(tables[table], keyPath);
		for (const key of new Set([...before.keys(), ...after.keys(), ...current.keys()])) {
			const old = canonicalJson(before.get(key));
			const now = canonicalJson(current.get(key));
			if (!snapshot.after) {
				if (now !== old) steps.push({ table, key, before: before.get(key) });
				continue;
			}
			const imported = canonicalJson(after.get(key));
			if (now !== imported)
				kept += 1; // written since the import: stays as it is
			else if (imported !== old) steps.push({ table, key, before: before.get(key) });
		}
	}
	return { plan: { takenAt: snapshot.takenAt, restored: steps.length, kept }, steps };
}

/** What `undoLastImport` would put back and keep, for the learner to confirm. */
export async function planUndo(): Promise<UndoPlan | null> {
	const db = await database();
	return db.transaction('r', [...TABLE_NAMES, 'snapshots'], async () => {
		return (await undoSteps(db))?.plan ?? null;
	});
}

/** Puts back what the last import changed, keeping everything written since; null if none. */
export async function undoLastImport(): Promise<UndoPlan | null> {
	const db = await database();
	return db.transaction('rw', [...TABLE_NAMES, 'snapshots'], async () => {
		const undo = await undoSteps(db);
		if (!undo) return null;
		for (const { table, key, before } of undo.steps) {
			if (before === undefined) await db.table(table).delete(key);
			else await db.table(table).put(before);
		}
		await db.snapshots.clear();
		return undo.plan;
	});
}

const DAY_MS = 86_400_000;
export const BACKUP_REMINDER_DAYS = 7;

/**
 * Whether to remind the learner to export: they have worked since their last export (or ever,
 * if they never exported) and that work began more than a week ago.
 */
export async function backupReminderDue(now: number, lastExportAt?: number): Promise<boolean> {
	const db = await database();
	const times = (
		await Promise.all([
			db.attempts.orderBy('answeredAt').keys(),
			db.caseAnswers.orderBy('updatedAt').keys(),
			db.notes.orderBy('updatedAt').keys(),
			db.chapterProgress.orderBy('lastVisitedAt').keys()
		])
	)
		.flat()
		.map(Number)
		.filter((t) => t > 0);
	if (!times.length) return false;
	const latest = Math.max(...times);
	if (lastExportAt !== undefined && latest <= lastExportAt) return false;
	const since = lastExportAt ?? Math.min(...times);
	return now - since > BACKUP_REMINDER_DAYS * DAY_MS;
}
