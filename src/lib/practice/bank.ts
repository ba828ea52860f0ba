/** Everything a learner can drill: the site's bank plus the questions they imported. */
import { loadQuestions } from '$lib/content/bodies';
import type { Question } from '$lib/content/schema';

/**
 * `importedQuestions` reads the learner's own questions (`allCustomQuestions` from src/lib/db):
 * passed in so that practice/ never imports the storage layer that builds on it.
 */
export async function loadPracticeQuestions(
	importedQuestions: () => Promise<Question[]>
): Promise<Question[]> {
	const [bank, custom] = await Promise.all([loadQuestions(), importedQuestions()]);
	return [...bank, ...custom];
}
