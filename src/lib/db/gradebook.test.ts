import { beforeEach, describe, expect, it } from 'vitest';
import { gradeTable } from '../teach/grades';
import { sampleAssignment, sampleContent, sampleSubmission } from '../teach/sample';
import { submissionFile } from '../teach/submission';
import { closeDatabaseForTests, database, DATABASE_NAME } from './database';
import {
	importSubmissions,
	marksFor,
	saveMark,
	submissionCounts,
	submissionsFor
} from './gradebook';

beforeEach(async () => {
	await closeDatabaseForTests();
	indexedDB.deleteDatabase(DATABASE_NAME);
});

const DUE = sampleAssignment.dueAt as number;

async function classFiles(count: number, at: (i: number) => number) {
	return Promise.all(
		Array.from({ length: count }, async (_, i) => ({
			name: `${i}.json`,
			text: submissionFile(await sampleSubmission(i, at(i)))
		}))
	);
}

describe('gradebook', () => {
	it('imports 200 generated submissions in one go and grades every student', async () => {
		const files = await classFiles(200, (i) => DUE - i * 60_000);
		const plan = await importSubmissions(sampleAssignment, files, 1);
		expect(plan.added).toHaveLength(200);
		expect(plan.rejected).toEqual([]);
		const db = await database();
		const stored = await submissionsFor(db, sampleAssignment.id);
		expect(stored).toHaveLength(200);
		const rows = gradeTable(sampleAssignment, stored, [], sampleContent);
		expect(rows).toHaveLength(200);
		expect(rows.every((row) => row.pending === 1 && !row.late)).toBe(true);
		// Every seventh student chose A (0 of 2); every other one got the lab number (4).
		const totals = rows.reduce((sum, row) => sum + row.total, 0);
		const wrongChoice = Math.ceil(200 / 7);
		expect(totals).toBe(200 * 4 + (200 - wrongChoice) * 2 + 100 * 4);
		expect((await submissionCounts(db)).get(sampleAssignment.id)).toBe(200);
	});

	it('keeps resubmissions, skips a file imported twice and writes nothing from a bad batch', async () => {
		const [first] = await classFiles(1, () => DUE - 1000);
		const resubmission = {
			name: 'again.json',
			text: submissionFile(await sampleSubmission(0, DUE + 1000))
		};
		await importSubmissions(sampleAssignment, [first], 1);
		const second = await importSubmissions(
			sampleAssignment,
			[first, resubmission, { name: 'broken.json', text: '{' }],
			2
		);
		expect(second.added.map((s) => s.fileName)).toEqual(['again.json']);
		expect(second.alreadyHad).toEqual(['0.json']);
		expect(second.rejected.map((r) => r.fileName)).toEqual(['broken.json']);
		const db = await database();
		const [row] = gradeTable(
			sampleAssignment,
			await submissionsFor(db, sampleAssignment.id),
			[],
			sampleContent
		);
		expect(row.submissions).toHaveLength(2);
		expect(row.late).toBe(true);
	});

	it('stores one mark per submission and item, replacing an earlier one', async () => {
		const base = { submissionChecksum: 'abc', assignmentId: sampleAssignment.id, itemId: 'i1' };
		await saveMark({ ...base, ticked: [0], score: 4, comment: '', markedAt: 1 });
		await saveMark({ ...base, ticked: [0, 1], score: 10, comment: '好', markedAt: 2 });
		expect(await marksFor(await database(), sampleAssignment.id)).toEqual([
			{ ...base, id: 'abc/i1', ticked: [0, 1], score: 10, comment: '好', markedAt: 2 }
		]);
	});
});
