/** The syllabus for page loads, read from content/ once per prerender. */
import { readContentFiles } from '$lib/content/read-files.server';
import { topics } from '$lib/content';
import { buildSyllabus, type Syllabus } from './syllabus';

let cached: Syllabus | undefined;

export function loadSyllabus(): Syllabus {
	cached ??= buildSyllabus(
		readContentFiles(process.cwd()).filter((file) => file.path.startsWith('content/chapters/')),
		topics
	);
	return cached;
}
