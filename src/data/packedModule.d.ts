// `?packed` JSON imports (scripts/vite-packed-dataset.ts): the dataset in the form of data/packed.ts, as its JSON text
// (the text the build checked and hashed: data/openDataset.ts parses it).
declare module '*.json?packed' {
  const packedText: string;
  export default packedText;
}

// `?source-texts` JSON imports: the sources' texts and the facts' notes, loaded after the first paint (data/sourceTexts.ts).
declare module '*.json?source-texts' {
  const texts: unknown;
  export default texts;
}

// `?parsed` JSON imports (scripts/value-module.ts parsedJson): the file's value, parsed from its text.
declare module '*.json?parsed' {
  const value: unknown;
  export default value;
}

// `virtual:checked-core-digest`: the SHA-256 (data/digest.ts) of the packed core the build checked
// (scripts/vite-packed-dataset.ts, data/openDataset.ts).
declare module 'virtual:checked-core-digest' {
  const digest: string;
  export default digest;
  /** graph/layout.ts layoutKey of that core, normalised (data/provenCore.ts) */
  export const layoutKey: string;
}
