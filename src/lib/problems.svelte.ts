/**
 * Failures of background work that no control on the page started (loading the question bank
 * for a chart, saving the reading position): shown in the site-wide banner with an offer to
 * export a backup, instead of failing silently in the console.
 *
 *   loadQuestions().then(use).catch(reportProblem('题库载入失败，部分统计暂不显示。'));
 */
const problems = $state<string[]>([]);

/** The messages to show, oldest first (each once). */
export const backgroundProblems = {
	get list(): readonly string[] {
		return problems;
	},
	dismiss(message: string): void {
		const index = problems.indexOf(message);
		if (index >= 0) problems.splice(index, 1);
	}
};

/** A catch handler that logs the error and shows `message` (in Chinese) to the learner. */
export function reportProblem(message: string): (error: unknown) => void {
	return (error) => {
		console.error(message, error);
		if (!problems.includes(message)) problems.push(message);
	};
}
