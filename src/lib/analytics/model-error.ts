/** A problem with the data or settings a learner gave a model; the message is shown as is (Chinese). */
export class ModelError extends Error {}
