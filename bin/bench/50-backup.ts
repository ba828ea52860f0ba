/**
 * Backup export and import for a heavy learner (10,000 attempts, 50 case answers and their
 * review cards), on fake-indexeddb in Node: the same code the /me page runs.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { createBackup, importBackup, parseBackup } from '../../src/lib/db/backup';
import { database } from '../../src/lib/db/database';

const ATTEMPTS = 10_000;
const CASE_ANSWERS = 50;

export async function bench(): Promise<void> {
	const db = await database();
	const day = 86_400_000;
	await db.attempts.bulkAdd(
		Array.from({ length: ATTEMPTS }, (_, i) => ({
			questionId: `q-${i % 410}`,
			chapter: 'loyalty',
			answeredAt: 1_700_000_000_000 + i * 60_000,
			correct: i % 3 !== 0,
			response: 'B',
			source: 'drill' as const
		}))
	);
	await db.reviewCards.bulkPut(
		Array.from({ length: 410 }, (_, i) => ({
			questionId: `q-${i}`,
			due: 1_700_000_000_000 + (i % 14) * day,
			state: {
				stability: 3.1,
				difficulty: 5.2,
				reps: 4,
				lapses: 1,
				state: 2,
				last_review: 1_700_000_000_000
			}
		}))
	);
	await db.caseAnswers.bulkAdd(
		Array.from({ length: CASE_ANSWERS }, (_, i) => ({
			caseId: `case-${i % 21}`,
			questionId: 'q1',
			text: '客户生命周期是指客户与企业业务关系持续的时间周期。'.repeat(40),
			status: 'submitted' as const,
			startedAt: 1_700_000_000_000 + i,
			updatedAt: 1_700_000_000_000 + i,
			submittedAt: 1_700_000_000_000 + i,
			score: 12,
			maxScore: 20
		}))
	);

	let start = performance.now();
	const backup = await createBackup();
	const text = JSON.stringify(backup);
	const exportMs = performance.now() - start;

	start = performance.now();
	const checked = await parseBackup(text, db.verno);
	const parseMs = performance.now() - start;
	start = performance.now();
	await importBackup(checked, 'replace');
	const replaceMs = performance.now() - start;
	start = performance.now();
	await importBackup(checked, 'merge');
	const mergeMs = performance.now() - start;

	console.log(
		`backup: heavy learner (${ATTEMPTS} attempts, ${CASE_ANSWERS} case answers, 410 review cards)`
	);
	console.log(`  file: ${(text.length / 1024).toFixed(0)} kB`);
	console.log(
		`  export ${exportMs.toFixed(0)} ms; import: check ${parseMs.toFixed(0)} ms, replace ${replaceMs.toFixed(0)} ms, merge ${mergeMs.toFixed(0)} ms`
	);
}
