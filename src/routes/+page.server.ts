import { loadSyllabus } from '$lib/plan/syllabus.server';
import type { PageServerLoad } from './$types';

// The Today card plans from the chapters' reading times.
export const load: PageServerLoad = () => ({ syllabus: loadSyllabus() });
