// Apart from the validator so that the error page can recognise it without loading zod.
export class DatasetError extends Error {
  constructor(public problems: string[]) {
    super(`The dataset failed validation (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${problems.slice(0, 3).join('; ')}`);
    this.name = 'DatasetError';
  }
}

/** Set by vite.config.ts from data/atlas.json: the dataset a failed load was meant to bring. */
declare const __DATASET_ID__: { title: string; version: string };

/**
 * The dataset (or its validator) could not be loaded or read: a chunk missing, cut short or damaged. Says which
 * dataset and what to do; a dataset that loads but fails validation is a DatasetError.
 */
export class DatasetLoadError extends Error {
  /** What the error page says it in the page's language from. */
  readonly words: { title: string; version: string; detail: string };
  constructor(cause: unknown) {
    const { title, version } = __DATASET_ID__;
    const detail = (cause instanceof Error ? cause.message : String(cause)).slice(0, 200);
    super(`The ${title} (version ${version}) could not be read: its file in this copy of the atlas is missing or damaged (${detail}).`);
    this.name = 'DatasetLoadError';
    this.words = { title, version, detail };
  }
}
