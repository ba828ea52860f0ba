/**
 * Chapter and topic given to questions that arrive without the site's own metadata. A module of
 * its own so the drill can name them without loading the importers' validation (zod).
 */
export const CUSTOM_CHAPTER = 'my-questions';
