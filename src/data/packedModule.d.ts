// `?packed` JSON imports (scripts/vite-packed-dataset.ts): the dataset in the form of data/packed.ts.
declare module '*.json?packed' {
  const packed: Record<string, unknown>;
  export default packed;
}
