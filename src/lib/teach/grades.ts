/**
 * The gradebook's arithmetic: which files to add, which submission of a student counts (the
 * latest; earlier ones are kept), each item's score (the site's own marking for auto items, the
 * instructor's ticks for written ones), late flags, the CSV and the per-student feedback.
 */
import { toCsv, type CsvCell } from '../export/csv';
import type { Response } from '../practice/grade';
import { totalMarks, type Assignment, type AssignmentItem } from './assignment';
import { autoScore, roundMarks, scoringPoints, type ContentLookup } from './items';
import { canonicalJson } from '../canonical-json';
import { parseSubmission, type Submission, type SubmissionProblem } from './submission';

/** A submission file imported into the instructor's gradebook; every file is kept. */
export interface StoredSubmission extends Submission {
	fileName: string;
	importedAt: number;
}

/** The instructor's marking of one item of one submission. */
export interface ItemMark {
	/** `${submissionChecksum}/${itemId}` */
	id: string;
	submissionChecksum: string;
	assignmentId: string;
	itemId: string;
	/** Indexes of the scoring points ticked; empty for items marked by a score alone. */
	ticked: number[];
	score: number;
	comment: string;
	markedAt: number;
}

/** The id of a mark: one item of one submission. */
export const markId = (submissionChecksum: string, itemId: string) =>
	`${submissionChecksum}/${itemId}`;

export interface ImportPlan {
	added: StoredSubmission[];
	/** Files whose exact submission is already in the gradebook (or twice in this batch). */
	alreadyHad: string[];
	rejected: { fileName: string; problem: SubmissionProblem; message: string }[];
}

/** Checks every file; only valid submissions for this assignment not seen before are added. */
export async function planImport(
	assignment: Assignment,
	existingChecksums: ReadonlySet<string>,
	files: readonly { name: string; text: string }[],
	now: number
): Promise<ImportPlan> {
	const plan: ImportPlan = { added: [], alreadyHad: [], rejected: [] };
	const seen = new Set(existingChecksums);
	for (const file of files) {
		const parsed = await parseSubmission(file.text, file.name, assignment);
		if (!parsed.ok) {
			plan.rejected.push({ fileName: file.name, problem: parsed.problem, message: parsed.message });
		} else if (seen.has(parsed.submission.checksum)) {
			plan.alreadyHad.push(file.name);
		} else {
			seen.add(parsed.submission.checksum);
			plan.added.push({ ...parsed.submission, fileName: file.name, importedAt: now });
		}
	}
	return plan;
}

export interface ItemResult {
	/** null while a written item waits for marking. */
	score: number | null;
	auto: boolean;
	/** The instructor's marking that counts: of this submission, or carried from an earlier one. */
	mark?: ItemMark;
	response?: Response;
	/** The mark came from an earlier submission with the very same answer to this item. */
	carried?: boolean;
	/**
	 * The student changed this answer after it was marked: the last mark and the answer it was
	 * given for, shown beside the new answer. The item waits for marking again.
	 */
	previous?: { mark: ItemMark; response?: Response; submittedAt: number };
}

export interface StudentRow {
	number: string;
	name: string;
	/** All of the student's submissions, oldest first; the last one counts. */
	submissions: StoredSubmission[];
	counted: StoredSubmission;
	late: boolean;
	items: Record<string, ItemResult>;
	/** Sum of the scores known so far. */
	total: number;
	/** Items still to be marked. */
	pending: number;
}

const byTime = (a: StoredSubmission, b: StoredSubmission) =>
	a.submittedAt - b.submittedAt || a.importedAt - b.importedAt;

export const isLate = (assignment: Pick<Assignment, 'dueAt'>, submittedAt: number) =>
	assignment.dueAt !== null && submittedAt > assignment.dueAt;

const sameResponse = (a: Response | undefined, b: Response | undefined) =>
	canonicalJson(a ?? null) === canonicalJson(b ?? null);

/**
 * One item of the counted submission. A written item not yet marked in this submission takes
 * the newest mark the student's earlier submissions got for it: kept as is (score and comment)
 * when the answer is unchanged, shown as the previous mark when it changed. Keyword suggestions
 * never stand in for a mark.
 */
function itemResult(
	item: AssignmentItem,
	sorted: readonly StoredSubmission[],
	markOf: ReadonlyMap<string, ItemMark>,
	content: ContentLookup
): ItemResult {
	const counted = sorted[sorted.length - 1];
	const response = counted.answers[item.id];
	const auto = autoScore(item, response, content);
	if (auto !== null) return { score: auto, auto: true, response };
	const own = markOf.get(markId(counted.checksum, item.id));
	if (own) return { score: own.score, auto: false, mark: own, response };
	for (let i = sorted.length - 2; i >= 0; i--) {
		const earlier = sorted[i];
		const mark = markOf.get(markId(earlier.checksum, item.id));
		if (!mark) continue;
		const before = earlier.answers[item.id];
		if (sameResponse(before, response)) {
			return { score: mark.score, auto: false, mark, response, carried: true };
		}
		return {
			score: null,
			auto: false,
			response,
			previous: { mark, response: before, submittedAt: earlier.submittedAt }
		};
	}
	return { score: null, auto: false, response };
}

/** One row per student number, sorted by number; marks are looked up by submission and item. */
export function gradeTable(
	assignment: Assignment,
	submissions: readonly StoredSubmission[],
	marks: readonly ItemMark[],
	content: ContentLookup
): StudentRow[] {
	const markOf = new Map(marks.map((m) => [markId(m.submissionChecksum, m.itemId), m]));
	const byStudent = new Map<string, StoredSubmission[]>();
	for (const submission of submissions) {
		if (submission.assignmentId !== assignment.id) continue;
		const list = byStudent.get(submission.student.number) ?? [];
		list.push(submission);
		byStudent.set(submission.student.number, list);
	}
	return [...byStudent.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'zh-CN', { numeric: true }))
		.map(([number, list]) => {
			const sorted = [...list].sort(byTime);
			const counted = sorted[sorted.length - 1];
			const items: Record<string, ItemResult> = {};
			let total = 0;
			let pending = 0;
			for (const item of assignment.items) {
				const result = itemResult(item, sorted, markOf, content);
				items[item.id] = result;
				if (result.score === null) pending += 1;
				else total += result.score;
			}
			return {
				number,
				name: counted.student.name,
				submissions: sorted,
				counted,
				late: isLate(assignment, counted.submittedAt),
				items,
				total: roundMarks(total),
				pending
			};
		});
}

/** Column heading of an item: 「第 2 题（20 分）」. */
export const itemHeading = (assignment: Assignment, item: AssignmentItem) =>
	`第 ${assignment.items.indexOf(item) + 1} 题（${item.marks} 分）`;

/**
 * Local date and time as 2026-12-01 09:30, which spreadsheets read as a time. A time outside the
 * Date range (only possible in data that skipped the checks) reads 「时间无效」, never NaN-NaN-NaN.
 */
export function formatTime(ms: number): string {
	const d = new Date(ms);
	if (!Number.isFinite(d.getTime())) return '时间无效';
	const two = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The rows of the grades CSV as named cells (exported for tests and the bench). */
export function gradeRows(assignment: Assignment, rows: readonly StudentRow[]) {
	return rows.map((row) => {
		const cells: Record<string, CsvCell> = {
			number: row.number,
			name: row.name,
			total: row.total,
			max: totalMarks(assignment),
			pending: row.pending,
			late: row.late ? '是' : '否',
			count: row.submissions.length,
			submittedAt: formatTime(row.counted.submittedAt)
		};
		for (const item of assignment.items) cells[`item:${item.id}`] = row.items[item.id].score;
		return cells;
	});
}

/** Grades as CSV (UTF-8 with BOM, formula-safe): one row per student, the counted submission. */
export function gradesCsv(assignment: Assignment, rows: readonly StudentRow[]): string {
	return toCsv(gradeRows(assignment, rows), [
		{ key: 'number', label: '学号' },
		{ key: 'name', label: '姓名' },
		...assignment.items.map((item) => ({
			key: `item:${item.id}`,
			label: itemHeading(assignment, item)
		})),
		{ key: 'total', label: '总分' },
		{ key: 'max', label: '满分' },
		{ key: 'pending', label: '待批改' },
		{ key: 'late', label: '迟交' },
		{ key: 'count', label: '提交次数' },
		{ key: 'submittedAt', label: '计分的提交时间' }
	]);
}

/**
 * What a student reads back: score per item, the points they got and missed, comments. Plain text
 * (a .txt file), not Markdown: a name or comment that looks like a link or a heading is shown as
 * written, in any program that opens it.
 */
export function feedbackText(
	assignment: Assignment,
	row: StudentRow,
	content: ContentLookup,
	describe: (item: AssignmentItem) => string
): string {
	const heading = `${assignment.title} · 成绩反馈`;
	const lines = [
		heading,
		'='.repeat(Math.min(40, [...heading].length * 2)),
		'',
		`学生：${row.name}（学号 ${row.number}）`,
		`提交时间：${formatTime(row.counted.submittedAt)}${row.late ? '（迟交）' : ''}`,
		`总分：${row.total} / ${totalMarks(assignment)} 分${row.pending ? `（还有 ${row.pending} 题未批改）` : ''}`,
		''
	];
	assignment.items.forEach((item, index) => {
		const result = row.items[item.id];
		const score = result.score === null ? '未批改' : `${result.score} / ${item.marks} 分`;
		lines.push(
			`【第 ${index + 1} 题】${describe(item)}`,
			`得分：${score}${result.auto ? '（自动评分）' : ''}`
		);
		const rubric = scoringPoints(item, content);
		if (rubric && result.mark) {
			lines.push('评分要点：');
			rubric.points.forEach((point, i) => {
				lines.push(
					`  ${result.mark?.ticked.includes(i) ? '✓' : '✗'} ${point.text}（${point.marks} 分）`
				);
			});
		}
		if (result.mark?.comment.trim()) lines.push(`评语：${result.mark.comment.trim()}`);
		lines.push('');
	});
	return lines.join('\r\n');
}

export const feedbackFileName = (assignment: Assignment, row: StudentRow) =>
	`反馈-${row.number.replace(/[\\/:*?"<>|\s]+/g, '_')}-${assignment.id}.txt`;
