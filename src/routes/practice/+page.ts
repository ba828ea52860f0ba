import { loadQuestions } from '$lib/content';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from '$lib/content/ids';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const questions = await loadQuestions();
	return {
		total: questions.length,
		byType: QUESTION_TYPES.map((type) => ({
			label: QUESTION_TYPE_LABELS[type],
			count: questions.filter((q) => q.type === type).length
		}))
	};
};
