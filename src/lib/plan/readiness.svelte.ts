/**
 * The learner's readiness, kept current: the records are read with `live()` (so an answer in
 * another tab shows at once) and the plan, mastery and prediction are derived from them.
 *
 *   const state = new ReadinessState(() => data.syllabus);
 *   {state.current?.today?.tasks.length}
 */
import { onMount } from 'svelte';
import { cases, chapters, topics } from '$lib/content';
import { loadQuestions } from '$lib/content/bodies';
import type { Question } from '$lib/content/schema';
import { live } from '$lib/db/live.svelte';
import { reportProblem } from '$lib/problems.svelte';
import { setSetting } from '$lib/db/settings';
import { EMPTY_RECORDS, planRecords, type PlanRecords } from '$lib/db/plan';
import { PLAN_SETTING } from './exam-plan';
import { readiness, settingsFromForm, type CourseContent, type Readiness } from './readiness';
import type { Syllabus } from './syllabus';

export class ReadinessState {
	#questions = $state.raw<Question[] | null>(null);
	#stored = live(planRecords, { settings: undefined, records: EMPTY_RECORDS } as PlanRecords);
	#syllabus: () => Syllabus;
	/** The time the state is computed for; set again when the page is shown on a later day. */
	now = $state(Date.now());

	constructor(syllabus: () => Syllabus) {
		this.#syllabus = syllabus;
		onMount(() => {
			loadQuestions()
				.then((list) => (this.#questions = list))
				.catch(reportProblem('题库载入失败：学习计划和掌握程度暂不显示，请刷新页面重试。'));
			const refresh = () => {
				if (document.visibilityState === 'visible') this.now = Date.now();
			};
			document.addEventListener('visibilitychange', refresh);
			return () => document.removeEventListener('visibilitychange', refresh);
		});
	}

	#content = $derived.by((): CourseContent | null =>
		this.#questions
			? { chapters, topics, cases, questions: this.#questions, syllabus: this.#syllabus() }
			: null
	);

	/** True once the records and the question bank are both in. */
	get loaded(): boolean {
		return this.#stored.loaded && this.#content !== null;
	}

	get settings() {
		return this.#stored.current.settings;
	}

	/** A stored plan that could not be read (e.g. from a damaged backup): the learner sets it again. */
	get unreadableSettings(): boolean {
		return this.#stored.current.unreadableSettings ?? false;
	}

	#current = $derived.by((): Readiness | null => {
		const content = this.#content;
		if (!content || !this.#stored.loaded) return null;
		return readiness(
			this.#stored.current.settings,
			this.#stored.current.records,
			content,
			this.now
		);
	});

	get current(): Readiness | null {
		return this.#current;
	}

	/** Stores new settings; returns a Chinese message instead when they give no plan. */
	async save(form: Parameters<typeof settingsFromForm>[0]): Promise<string> {
		const content = this.#content;
		if (!content) return '题库还没有载入，请稍候再保存。';
		const now = Date.now();
		const result = settingsFromForm(
			form,
			this.#stored.current.settings,
			this.#stored.current.records,
			content,
			now
		);
		if ('error' in result) return result.error;
		await setSetting(PLAN_SETTING, result.settings);
		this.now = now;
		return '';
	}
}
