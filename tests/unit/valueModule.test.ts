// @vitest-environment node
// The plugins' computed modules (scripts/value-module.ts) are JSON text in a single-quoted string: whatever the text
// holds (quotes, backslashes, line separators), the module gives back exactly the value, or exactly its JSON text.
import { describe, expect, it } from 'vitest';
import { textModule, valueModule } from '../../scripts/value-module';

const run = (code: string): unknown => new Function(code.replace(/^export default /, 'return '))();
const awkward = { quote: "Côte d'Ivoire", both: `'"'`, slash: 'a\\b \\u0041 \\n', lines: 'a\nb\r\nc\u2028d\u2029e', ends: "\\'", tab: '\t', none: null, n: [1.5, -0] };

describe('value modules', () => {
  it('give back the value, quotes, backslashes and line separators included', () => {
    expect(run(valueModule(awkward).code)).toEqual(JSON.parse(JSON.stringify(awkward)));
  });

  it('give back the very JSON text of the value (what the build hashes)', () => {
    expect(run(textModule(awkward).code)).toBe(JSON.stringify(awkward));
  });

  it("keep the JSON's double quotes as they are, so what reads the built files sees its keys (bench/lib/bytes.mjs)", () => {
    expect(valueModule({ version: '1.0', asOf: '2026-01' }).code).toContain('{"version":"1.0","asOf":"2026-01"}');
  });
});
