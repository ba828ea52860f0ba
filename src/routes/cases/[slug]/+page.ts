import { loadCaseBody } from '$lib/content/bodies';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	Body: await loadCaseBody(data.study.slug)
});
