// Apart from the validator so that the error page can recognise it without loading zod.
export class DatasetError extends Error {
  constructor(public problems: string[]) {
    super(`The dataset failed validation (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${problems.slice(0, 3).join('; ')}`);
    this.name = 'DatasetError';
  }
}
