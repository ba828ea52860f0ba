import { loadSyllabus } from '$lib/plan/syllabus.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ syllabus: loadSyllabus() });
