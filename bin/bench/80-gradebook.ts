/**
 * Gradebook import for a class of 200: the submission files are checked (JSON, fields, SHA-256
 * checksum, assignment) and written in one go, then the students × items table is computed —
 * the same code /teach/gradebook/ runs, on fake-indexeddb in Node.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { database } from '../../src/lib/db/database';
import { importSubmissions, submissionsFor } from '../../src/lib/db/gradebook';
import { gradesCsv, gradeTable } from '../../src/lib/teach/grades';
import { sampleAssignment, sampleContent, sampleSubmission } from '../../src/lib/teach/sample';
import { submissionFile } from '../../src/lib/teach/submission';

const CLASS_SIZE = 200;

export async function bench(): Promise<void> {
	const due = sampleAssignment.dueAt as number;
	const files = await Promise.all(
		Array.from({ length: CLASS_SIZE }, async (_, i) => ({
			name: `${i}.json`,
			text: submissionFile(await sampleSubmission(i, due - i * 60_000))
		}))
	);
	const bytes = files.reduce((sum, f) => sum + new TextEncoder().encode(f.text).length, 0);

	let start = performance.now();
	const plan = await importSubmissions(sampleAssignment, files);
	const importMs = performance.now() - start;
	if (plan.added.length !== CLASS_SIZE) throw new Error(`只导入了 ${plan.added.length} 份`);

	start = performance.now();
	const again = await importSubmissions(sampleAssignment, files);
	const repeatMs = performance.now() - start;

	start = performance.now();
	const db = await database();
	const rows = gradeTable(
		sampleAssignment,
		await submissionsFor(db, sampleAssignment.id),
		[],
		sampleContent
	);
	const csv = gradesCsv(sampleAssignment, rows);
	const tableMs = performance.now() - start;

	console.log(
		`gradebook: import ${CLASS_SIZE} submissions (${(bytes / 1024).toFixed(0)} kB of files)`
	);
	console.log(
		`  import ${importMs.toFixed(0)} ms; same files again (${again.alreadyHad.length} skipped) ${repeatMs.toFixed(0)} ms; table + CSV (${rows.length} rows, ${(csv.length / 1024).toFixed(0)} kB) ${tableMs.toFixed(0)} ms`
	);
}
