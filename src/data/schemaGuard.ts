// A yes/no check generated as plain code from the dataset's zod schemas, for the page's load: zod's own parse, which
// our CSP keeps off its compiled path (no `new Function`), takes ~20–40 ms of the first load to say "valid"; the
// generated code takes a few, and the first view neither loads nor evaluates zod (data/check.ts imports zod only when
// a guard says no, to say what is wrong). It decides only whether the data has the schema's shape; zod stays the one
// home of the shape and of what is said when it is wrong. It reads the schemas' definitions and refuses to generate
// any kind or check it does not know, so a schema change cannot quietly make it accept more than zod would: the build
// fails (scripts/vite-schema-guards.ts). schemaGuard.test.ts compares both on thousands of damaged datasets.
//
// One generator, two ways to run its output: the build writes it as a module (data/shapeGuards.ts's content in every
// Vite build, dev server and test run); node scripts run by tsx (`npm run data:check`) instantiate the same text with
// `new Function`, which only the browser's CSP forbids.
import type * as z from 'zod/mini';

export type Guard = (value: unknown) => boolean;

interface CheckDef { check: string; format?: string; pattern?: RegExp; minimum?: number; inclusive?: boolean }
interface Def {
  type: string;
  coerce?: boolean;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  items?: z.ZodMiniType[];
  rest?: z.ZodMiniType | null;
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const unsupported = (what: string) => new Error(`schemaGuard: unsupported ${what}`);

/** Helpers the generated code calls. */
const PRELUDE = `const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
// zod's isPlainObject, which a record asks for
const isPlainObject = (v) => {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, "isPrototypeOf");
};
const isEnumerable = (v, k) => Object.prototype.propertyIsEnumerable.call(v, k);`;

/** A literal or enum value the generated code can spell exactly (JSON, so no NaN, undefined, bigint or symbol). */
function constant(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)))
    return JSON.stringify(v);
  throw unsupported(`literal value ${String(v)}`);
}

/** Generates the guards' code: one function per compound schema, each schema once however often it is reused. */
class Generator {
  private readonly lines: string[] = [];
  private readonly names = new Map<z.ZodMiniType, string>();
  private readonly byBody = new Map<string, string>();
  private count = 0;

  private name(prefix: string) { return `${prefix}${this.count++}`; }
  private hoist(prefix: string, init: string) {
    const n = this.name(prefix);
    this.lines.push(`const ${n} = ${init};`);
    return n;
  }

  /** A boolean expression: does `x` (an identifier) pass `schema`, as `z.safeParse(schema, x).success` would say. */
  expr(schema: z.ZodMiniType, x: string): string {
    const def = defOf(schema);
    const own = this.ownExpr(schema, def, x);
    const checks = (def.checks ?? []).map(({ _zod: { def: c } }) => this.checkExpr(c, x));
    return checks.length ? `(${[own, ...checks].join(' && ')})` : own;
  }

  private checkExpr(c: CheckDef, x: string): string {
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
      const re = this.hoist('re', `new RegExp(${JSON.stringify(c.pattern.source)}, ${JSON.stringify(c.pattern.flags)})`);
      return `(${re}.lastIndex = 0, ${re}.test(${x}))`;
    }
    if (c.check === 'min_length' && typeof c.minimum === 'number' && Number.isFinite(c.minimum)) return `${x}.length >= ${c.minimum}`;
    throw unsupported(`check "${c.check}${c.format ? `/${c.format}` : ''}"`);
  }

  private ownExpr(schema: z.ZodMiniType, def: Def, x: string): string {
    if (def.coerce) throw unsupported(`coerced ${def.type}`);
    switch (def.type) {
      case 'string': return `typeof ${x} === "string"`;
      case 'number': return `(typeof ${x} === "number" && Number.isFinite(${x}))`;
      case 'boolean': return `typeof ${x} === "boolean"`;
      case 'enum': return `${this.hoist('set', `new Set([${Object.values(def.entries!).map(constant).join(', ')}])`)}.has(${x})`;
      case 'literal': return `${this.hoist('set', `new Set([${def.values!.map(constant).join(', ')}])`)}.has(${x})`;
      case 'optional': return `(${x} === undefined || ${this.expr(def.innerType!, x)})`;
      case 'array': case 'tuple': case 'object': case 'record': return `${this.fn(schema, def)}(${x})`;
      default: throw unsupported(`schema kind "${def.type}"`);
    }
  }

  /** The name of the function that checks a compound schema, generated on first use; schemas that generate the same
   *  body (e.g. each `z.array(z.string())`) share one. */
  private fn(schema: z.ZodMiniType, def: Def): string {
    let name = this.names.get(schema);
    if (name) return name;
    const body = this.body(def);
    name = this.byBody.get(body);
    if (!name) {
      name = this.name('g');
      this.byBody.set(body, name);
      this.lines.push(`function ${name}(v) {\n${body}\n}`);
    }
    this.names.set(schema, name);
    return name;
  }

  private body(def: Def): string {
    switch (def.type) {
      case 'array':
        // indexed, as zod walks an array (every() would skip a hole)
        return `  if (!Array.isArray(v)) return false;\n  for (let i = 0; i < v.length; i++) { const x = v[i]; if (!(${this.expr(def.element!, 'x')})) return false; }\n  return true;`;
      case 'tuple': {
        if (def.rest) throw unsupported('tuple with a rest element');
        if (def.items!.some((s) => defOf(s).type === 'optional')) throw unsupported('tuple with optional items');
        const items = def.items!.map((s, i) => `  { const x = v[${i}]; if (!(${this.expr(s, 'x')})) return false; }`);
        return [`  if (!Array.isArray(v) || v.length !== ${def.items!.length}) return false;`, ...items, '  return true;'].join('\n');
      }
      case 'object': {
        // zod/mini's z.object strips unknown keys; a catchall (strictObject, looseObject) would change that
        if (def.catchall) throw unsupported('object with a catchall');
        const fields = Object.entries(def.shape!).map(([key, s]) => {
          const k = JSON.stringify(key);
          const absent = defOf(s).type === 'optional' ? '' : ' else return false;';
          return `  if (${k} in v) { const x = v[${k}]; if (!(${this.expr(s, 'x')})) return false; }${absent}`;
        });
        return ['  if (!isObject(v)) return false;', ...fields, '  return true;'].join('\n');
      }
      case 'record': {
        const key = defOf(def.keyType!);
        if (key.type !== 'string' || key.checks?.length || key.coerce) throw unsupported('record key');
        // zod's walk: own enumerable keys but `__proto__`; a symbol key fails the string key type
        return `  if (!isPlainObject(v)) return false;
  for (const k of Reflect.ownKeys(v)) {
    if (k === "__proto__" || !isEnumerable(v, k)) continue;
    if (typeof k !== "string") return false;
    const x = v[k]; if (!(${this.expr(def.valueType!, 'x')})) return false;
  }
  return true;`;
      }
      default: throw unsupported(`schema kind "${def.type}"`);
    }
  }

  /** The statements that define every function and constant used so far. */
  code(): string { return [PRELUDE, ...this.lines].join('\n'); }
}

/** The guards of `schemas` as JavaScript statements, and the object expression naming each guard (`{ core: g3 }`).
 *  Throws for a schema it cannot mirror. */
export function generateGuards(schemas: Record<string, z.ZodMiniType>): { code: string; guards: string } {
  const gen = new Generator();
  const entries = Object.entries(schemas).map(([name, schema]) => `${JSON.stringify(name)}: (v) => ${gen.expr(schema, 'v')}`);
  return { code: gen.code(), guards: `{ ${entries.join(', ')} }` };
}

/** The guards as an ES module exporting them as `shapeGuards` (what the build serves for data/shapeGuards.ts). */
export function guardModule(schemas: Record<string, z.ZodMiniType>): string {
  const { code, guards } = generateGuards(schemas);
  return `// Generated at build time from src/data/schema.ts by src/data/schemaGuard.ts; see there.\n${code}\nexport const shapeGuards = ${guards};\n`;
}

/** The same generated code, run in this process (node scripts and tests; never in the page, whose CSP forbids it). */
export function instantiateGuards<K extends string>(schemas: Record<K, z.ZodMiniType>): Record<K, Guard> {
  const { code, guards } = generateGuards(schemas);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own generated code, outside the page
  return new Function(`"use strict";\n${code}\nreturn ${guards};`)() as Record<K, Guard>;
}

/** One schema's guard, generated and run in this process: true exactly when `z.safeParse(schema, value).success`
 *  would be. Throws for a schema it cannot mirror. */
export const compileGuard = (schema: z.ZodMiniType): Guard => instantiateGuards({ schema }).schema;
