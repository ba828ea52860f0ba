import { loadQuestions } from '$lib/content/bodies';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from '$lib/content/ids';
import { chapterBriefs, topicBriefs } from '$lib/content/outline.server';
import type { PageServerLoad } from './$types';

// Counted and listed at prerender time: the page downloads neither the question bank nor the
// content map to show a few numbers and two drop-downs.
export const load: PageServerLoad = async () => {
	const questions = await loadQuestions();
	return {
		chapters: chapterBriefs(),
		topics: topicBriefs(),
		total: questions.length,
		byType: QUESTION_TYPES.map((type) => ({
			label: QUESTION_TYPE_LABELS[type],
			count: questions.filter((q) => q.type === type).length
		}))
	};
};
