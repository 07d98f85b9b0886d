// A yes/no check compiled from the dataset's zod schemas, for the page's load: zod's own parse, which our CSP keeps off
// its compiled path (no `new Function`), takes ~20–40 ms of the first load to say "valid"; this takes a few. It
// decides only whether the data has the schema's shape; zod stays the one home of the shape and of what is said when
// it is wrong (data/check.ts asks zod for the issues whenever this says no). It reads the schemas' definitions and
// refuses to compile any kind or check it does not know, so a schema change cannot quietly make it accept more than
// zod would; schemaGuard.test.ts compares both on thousands of damaged datasets.
import type * as z from 'zod/mini';

export type Guard = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number } } }[];
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  items?: z.ZodMiniType[];
  rest?: z.ZodMiniType | null;
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** zod's `isPlainObject`, which a record asks for */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

function compileChecks(def: Def): Guard | null {
  const checks = (def.checks ?? []).map(({ _zod: { def: c } }): Guard => {
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      const re = c.pattern;
      return (v) => { re.lastIndex = 0; return re.test(v as string); };
    }
    if (c.check === 'min_length' && typeof c.minimum === 'number') {
      const min = c.minimum;
      return (v) => (v as { length: number }).length >= min;
    }
    throw new Error(`schemaGuard: unsupported check "${c.check}${c.format ? `/${c.format}` : ''}"`);
  });
  if (!checks.length) return null;
  return (v) => checks.every((check) => check(v));
}

/** The guard of `schema`: true exactly when `z.safeParse(schema, value).success` would be. Throws for a schema it
 *  cannot mirror. */
export function compileGuard(schema: z.ZodMiniType): Guard {
  const def = defOf(schema);
  const own = compileGuardOf(def);
  const checks = compileChecks(def);
  return checks ? (v) => own(v) && checks(v) : own;
}

function compileGuardOf(def: Def): Guard {
  switch (def.type) {
    case 'string': return (v) => typeof v === 'string';
    case 'number': return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean': return (v) => typeof v === 'boolean';
    case 'enum': {
      const allowed = new Set(Object.values(def.entries!));
      return (v) => allowed.has(v as string);
    }
    case 'literal': {
      const allowed = new Set(def.values);
      return (v) => allowed.has(v);
    }
    case 'optional': {
      const inner = compileGuard(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const element = compileGuard(def.element!);
      return (v) => Array.isArray(v) && v.every((x) => element(x));
    }
    case 'tuple': {
      if (def.rest) throw new Error('schemaGuard: unsupported tuple with a rest element');
      const items = def.items!.map(compileGuard);
      if (def.items!.some((s) => defOf(s).type === 'optional')) throw new Error('schemaGuard: unsupported tuple with optional items');
      return (v) => Array.isArray(v) && v.length === items.length && items.every((item, i) => item(v[i]));
    }
    case 'object': {
      const fields = Object.entries(def.shape!).map(([key, s]) => ({ key, guard: compileGuard(s), optional: defOf(s).type === 'optional' }));
      return (v) => isObject(v) && fields.every(({ key, guard, optional }) => (key in v ? guard(v[key]) : optional));
    }
    case 'record': {
      if (defOf(def.keyType!).type !== 'string' || defOf(def.keyType!).checks?.length) throw new Error('schemaGuard: unsupported record key');
      const value = compileGuard(def.valueType!);
      // zod's walk: own enumerable keys but `__proto__`; a symbol key fails the string key type
      return (v) => isPlainObject(v) && Reflect.ownKeys(v).every((k) => k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)
        || (typeof k === 'string' && value(v[k])));
    }
    default:
      throw new Error(`schemaGuard: unsupported schema kind "${def.type}"`);
  }
}

const compiled = new WeakMap<z.ZodMiniType, Guard>();
/** The guard of `schema`, compiled once. */
export function guardOf(schema: z.ZodMiniType): Guard {
  let g = compiled.get(schema);
  if (!g) compiled.set(schema, (g = compileGuard(schema)));
  return g;
}
