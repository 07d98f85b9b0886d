// What is wrong with a value's shape, in zod's words: asked by data/check.ts only when a shape guard
// (data/shapeGuards.ts) says no, so zod and the schemas are a chunk the page loads only for bad data.
import * as z from 'zod/mini';
import { CHECKED_SCHEMAS, type CheckedSchema } from './schema';
import type { Issue } from './check';

export function shapeIssues(raw: unknown, schema: CheckedSchema): Issue[] {
  const result = z.safeParse(CHECKED_SCHEMAS[schema], raw);
  if (result.success) return [];
  return result.error.issues.map((e) => {
    const path = e.path.map(String);
    const field = path.at(-1) ?? '(root)';
    let record: unknown = raw;
    let value: unknown = raw;
    for (const [i, key] of path.entries()) {
      value = (value as Record<string, unknown> | undefined)?.[key];
      if (i === 1) record = value;
    }
    const origin = (record as { origin?: unknown } | undefined)?.origin;
    return {
      origin: typeof origin === 'string' ? origin : undefined,
      path: path.slice(0, 2).join('.').replace(/\.(\d+)/, '[$1]'),
      field,
      value,
      message: 'values' in e && Array.isArray(e.values) ? `not one of the allowed values: ${e.values.join(', ')}` : e.message,
    };
  });
}
