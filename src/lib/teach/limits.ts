/**
 * The stated limits of what an assignment, its link and a submission may hold. Pages quote these
 * numbers to the user, the schemas enforce them, and a file over a limit is refused with a
 * message that names it — before it is read, where its size is known.
 */

/** An assignment's JSON after the link's data is inflated; the link decoder stops here. */
export const ASSIGNMENT_MAX_BYTES = 1024 * 1024;
/** An assignment file an instructor or student opens. */
export const ASSIGNMENT_FILE_MAX_BYTES = ASSIGNMENT_MAX_BYTES;
/**
 * Links longer than this are cut by some chat tools and course platforms: the builder suggests the
 * file instead.
 */
export const LINK_COMFORTABLE_CHARS = 8_000;
/** Beyond this the builder offers only the file. */
export const LINK_MAX_CHARS = 64_000;

/** One submission file; a class of 200 is then at most 400 MB, which the browser still reads. */
export const SUBMISSION_MAX_BYTES = 2 * 1024 * 1024;
/** One written answer, in characters (a long case answer is about 3,000). */
export const ANSWER_MAX_CHARS = 100_000;

/** One instructor-written case: its text, questions and scoring points. */
export const CASE_TEXT_MAX_CHARS = 30_000;
export const CASES_PER_ASSIGNMENT = 10;
export const ITEMS_PER_ASSIGNMENT = 100;

/** Times a file may carry: inside JavaScript's Date range and a plausible window for coursework. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2100, 0, 1);

/** 1 MB, 64 KB: sizes as the messages state them. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
