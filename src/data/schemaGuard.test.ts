// @vitest-environment node
// The oracle is zod itself: on the shipped data and on thousands of damaged copies of a small sample of it, the
// generated guards say "valid" exactly when zod's parse succeeds. Both ways of running them are asked: the module the
// build serves (data/shapeGuards.ts as this test run imports it, through scripts/vite-schema-guards.ts) and the same
// code instantiated in this process (what `npm run data:check` runs).
import * as z from 'zod/mini';
import raw from '../../data/atlas.json';
import { compileGuard, guardModule, instantiateGuards, type Guard } from './schemaGuard';
import { CHECKED_SCHEMAS, type CheckedSchema, type Dataset } from './schema';
import { shapeGuards } from './shapeGuards';
import { splitSourceTexts } from './sourceTexts';
import { seededRandom } from '../lib/fuzz';
import { schemaGuards } from '../../scripts/vite-schema-guards';

const full = raw as unknown as Dataset;
const inProcess = instantiateGuards(CHECKED_SCHEMAS);
/** [served module's guard, in-process guard, zod] */
const agree = (schema: CheckedSchema, value: unknown) =>
  [shapeGuards[schema](value), inProcess[schema](value), z.safeParse(CHECKED_SCHEMAS[schema], value).success];

/** The first two rows of every table: every kind of row, small enough to parse thousands of times. */
function sample(d: Dataset): Dataset {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) out[k] = Array.isArray(v) ? structuredClone(v.slice(0, 2)) : structuredClone(v);
  // rows with the optional fields and nested lists the first two may lack
  const withAll = <T>(list: T[], has: (x: T) => boolean) => list.find(has);
  const extra = [
    ['countries', withAll(d.countries, (c) => !!c.marker && !!c.isoNumeric)],
    ['treaties', withAll(d.treaties, (t) => t.evidence.length > 0 && !!t.signed)],
    ['edges', withAll(d.edges, (e) => e.history.length > 0)],
    ['memberships', withAll(d.memberships, (m) => !!m.until)],
  ] as const;
  for (const [k, row] of extra) if (row) (out[k] as unknown[]).push(structuredClone(row));
  return out as unknown as Dataset;
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };
function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((v, i) => { out.push({ parent: value, key: i }); slots(v, out); });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) { out.push({ parent: value as Record<string, unknown>, key: k }); slots(v, out); }
  return out;
}

const REPLACEMENTS: unknown[] = [undefined, null, 0, -1.5, NaN, Infinity, '', 'x', '2024', '2024-13-45', '2019-06-01', 'cets185',
  'party', 'yes', true, false, [], {}, ['x'], [1, 2], [1, 2, 3], { a: 1 }, JSON.parse('{"__proto__": 1}')];

function damage(d: unknown, next: () => number): void {
  const all = slots(d);
  const { parent, key } = all[Math.floor(next() * all.length)];
  const pick = next();
  if (pick < 0.15) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (pick < 0.25) {
    const target = (parent as Record<string, unknown>)[key as string];
    if (Array.isArray(target)) target.push(structuredClone(target[0] ?? 1));
    else if (target && typeof target === 'object') (target as Record<string, unknown>).unexpected = 'extra field';
    else (parent as Record<string, unknown>)[key as string] = structuredClone(REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]);
  } else {
    const v = REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)];
    (parent as Record<string, unknown>)[key as string] = v && typeof v === 'object' ? (Array.isArray(v) ? [...v] : Object.assign(Object.create(Object.getPrototypeOf(v)), v)) : v;
  }
}

describe('schemaGuard', () => {
  it('says valid for the shipped dataset, its core and its source texts, as zod does', () => {
    const { core, texts } = splitSourceTexts(structuredClone(full));
    expect(agree('dataset', full)).toEqual([true, true, true]);
    expect(agree('core', core)).toEqual([true, true, true]);
    expect(agree('sourceTexts', texts)).toEqual([true, true, true]);
  });

  it('agrees with zod on 3,000 damaged copies of a sample of the dataset', () => {
    const next = seededRandom(14);
    const base = sample(full);
    let invalid = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const d = structuredClone(base);
      const damages = 1 + Math.floor(next() * 2);
      for (let j = 0; j < damages; j++) damage(d, next);
      const [served, own, zod] = agree('dataset', d);
      if (!zod) invalid++;
      if ((served !== zod || own !== zod) && disagreements.length < 3)
        disagreements.push(`#${i}: served ${served}, in process ${own}, zod ${zod}: ${JSON.stringify(d).slice(0, 300)}`);
    }
    expect(disagreements).toEqual([]);
    // the damage reaches both sides of the line
    expect(invalid).toBeGreaterThan(1500);
    expect(invalid).toBeLessThan(2990);
  });

  it('mirrors zod on the edges of each kind', () => {
    const cases: [z.ZodMiniType, unknown][] = [
      [z.number(), NaN], [z.number(), Infinity], [z.number(), -0], [z.number(), '1'],
      [z.object({ a: z.optional(z.string()) }), {}], [z.object({ a: z.optional(z.string()) }), { a: undefined }],
      [z.object({ a: z.string() }), { a: undefined }], [z.object({ a: z.string() }), { a: 'x', b: 1 }], [z.object({}), []], [z.object({}), null],
      [z.tuple([z.number(), z.number()]), [1]], [z.tuple([z.number(), z.number()]), [1, 2, 3]], [z.tuple([z.number(), z.number()]), [1, 2]],
      [z.record(z.string(), z.array(z.string())), JSON.parse('{"__proto__": 1, "a": ["x"]}')], [z.record(z.string(), z.number()), { [Symbol('s')]: 1 }],
      [z.record(z.string(), z.number()), []], [z.record(z.string(), z.number()), new Date()], [z.record(z.string(), z.number()), Object.create(null)],
      [z.string().check(z.regex(/^a/g)), 'ab'], [z.array(z.string()).check(z.minLength(1)), []], [z.string().check(z.minLength(1)), ''],
      [z.enum(['a', 'b']), 'c'], [z.literal('L'), 'L'], [z.literal('L'), 'l'], [z.literal(['L', 2, true, null]), null], [z.literal(2), '2'],
      // a hole in an array is undefined to zod
      // eslint-disable-next-line no-sparse-arrays
      [z.array(z.string()), [, 'a']], [z.array(z.optional(z.string())), [, 'a']], [z.array(z.number()), [1, 2]],
      [z.object({ 'a-b': z.string(), 'c"d': z.optional(z.number()) }), { 'a-b': 'x', 'c"d': 1 }], [z.object({ 'a-b': z.string() }), { 'a-b': 1 }],
      [z.string().check(z.regex(/^\/[a-z]+$/)), '/ab'], [z.string().check(z.regex(/^\/[a-z]+$/)), 'ab'],
    ];
    for (const [schema, value] of cases) {
      const guard: Guard = compileGuard(schema);
      expect({ value, guard: guard(value) }).toEqual({ value, guard: z.safeParse(schema, value).success });
    }
  });

  it('refuses a schema it cannot mirror rather than guess', () => {
    expect(() => compileGuard(z.union([z.string(), z.number()]))).toThrow(/unsupported schema kind "union"/);
    expect(() => compileGuard(z.string().check(z.maxLength(3)))).toThrow(/unsupported check "max_length"/);
    expect(() => compileGuard(z.record(z.enum(['a']), z.string()))).toThrow(/unsupported record key/);
    expect(() => compileGuard(z.strictObject({ a: z.string() }))).toThrow(/unsupported object with a catchall/);
    expect(() => compileGuard(z.looseObject({ a: z.string() }))).toThrow(/unsupported object with a catchall/);
    expect(() => compileGuard(z.number().check(z.int()))).toThrow(/unsupported/);
    expect(() => compileGuard(z.literal(undefined))).toThrow(/unsupported literal value/);
    expect(() => compileGuard(z.pipe(z.string(), z.transform((s) => s.length)))).toThrow(/unsupported schema kind "pipe"/);
    expect(() => compileGuard(z.tuple([z.string()], z.number()))).toThrow(/unsupported tuple with a rest element/);
    // the build refuses too: its plugin generates the module when the config loads
    expect(() => guardModule({ bad: z.object({ a: z.union([z.string(), z.number()]) }) })).toThrow(/unsupported schema kind "union"/);
  });

  it('is served to every Vite build as code with no imports, so the page loads no zod to say "valid"', () => {
    const plugin = schemaGuards();
    const load = plugin.load as (id: string) => string | null;
    const code = load.call({}, '/app/src/data/shapeGuards.ts');
    expect(code).toBe(guardModule(CHECKED_SCHEMAS));
    expect(code).not.toMatch(/\bimport\b|\brequire\(/);
    expect(code).toMatch(/export const shapeGuards = \{ "dataset": .*, "core": .*, "sourceTexts": .* \};/);
    expect(load.call({}, '/app/src/data/schema.ts')).toBeNull();
  });
});
