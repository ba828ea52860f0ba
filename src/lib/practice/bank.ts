/** Everything a learner can drill: the site's bank plus the questions they imported. */
import { loadQuestions } from '$lib/content';
import type { Question } from '$lib/content/schema';
import { allCustomQuestions } from '$lib/db/custom-questions';

export async function loadPracticeQuestions(): Promise<Question[]> {
	const [bank, custom] = await Promise.all([loadQuestions(), allCustomQuestions()]);
	return [...bank, ...custom];
}
