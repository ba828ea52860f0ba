import { error } from '@sveltejs/kit';
import { caseBySlug, cases, loadCaseBody } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => cases.map(({ slug }) => ({ slug }));

export const load: PageLoad = async ({ params }) => {
	const study = caseBySlug(params.slug);
	if (!study) error(404, `没有找到案例「${params.slug}」`);
	return { study, Body: await loadCaseBody(study.slug) };
};
