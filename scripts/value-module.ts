// The modules the plugins compute (the packed dataset, its sources' texts, the parsed catalogues: up to ~400 KB of code
// each, 30 of them in the tests).
// - No source map (`mappings: ''`): the code maps back to no source. Otherwise the tests' module runner gave each one
//   a map whose sourcesContent is the whole code, inlined in base64 (about 3× the module), written to the module cache
//   and sent to every worker.
// - Under vitest (`asJsonText`), the value is JSON.parse of its text: vitest parses every module it serves into a
//   syntax tree (to rewrite its imports and exports) and walks it, and an object literal has a node per value, where a
//   string is one node (the packed core: ~0.8–1.6 s of parsing as a literal, ~0.15 s as a string). A build keeps the
//   object literal, as before: the page's figures are measured on it.
export function valueModule(value: unknown, asJsonText: boolean): { code: string; map: { mappings: '' } } {
  const text = JSON.stringify(value);
  return {
    code: asJsonText ? `export default JSON.parse(${JSON.stringify(text)});\n` : `export default ${text};\n`,
    map: { mappings: '' },
  };
}
