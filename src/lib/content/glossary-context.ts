/**
 * The glossary entries a page's body marks with <Term id="…">. A chapter or case page gets only
 * the entries its own text uses from its server load, rather than the whole glossary with every
 * page. The context holds a getter for the same reason as the formulas' (./formula-context.ts):
 * the page stays mounted when the learner moves to another chapter or case.
 *
 *   setGlossaryContext(() => data.terms);
 */
import { getContext, setContext } from 'svelte';
import type { GlossaryTerm } from './schema';

export type GlossaryEntries = Record<string, GlossaryTerm>;

const key = Symbol('glossary');

export function setGlossaryContext(terms: () => GlossaryEntries): void {
	setContext(key, terms);
}

/** The entries of the page as it is now (read it inside `$derived` or markup). */
export function useGlossary(): () => GlossaryEntries {
	return getContext<(() => GlossaryEntries) | undefined>(key) ?? (() => ({}));
}
