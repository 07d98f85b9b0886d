// `?packed` JSON imports (scripts/vite-packed-dataset.ts): the dataset in the form of data/packed.ts.
declare module '*.json?packed' {
  const packed: Record<string, unknown>;
  export default packed;
}

// `?source-texts` JSON imports: the sources' texts and the facts' notes, loaded after the first paint (data/sourceTexts.ts).
declare module '*.json?source-texts' {
  const texts: unknown;
  export default texts;
}

// `virtual:checked-core-digest`: the SHA-256 (data/digest.ts) of the packed core the build checked
// (scripts/vite-packed-dataset.ts, data/openDataset.ts).
declare module 'virtual:checked-core-digest' {
  const digest: string;
  export default digest;
}
