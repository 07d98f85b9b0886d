// The deck file format and its validation. A file that is not a deck is refused with a message that says why;
// the caller keeps its current deck (parse never mutates anything).
import * as z from 'zod/mini';
import { LENS_IDS } from '../data/lenses';
import { MAX_STEPS, type Deck } from './deck';

export const DECK_FORMAT = 'cybercrime-atlas-deck';
/** Decks are a few kilobytes; anything far larger is not one of ours. */
export const MAX_DECK_CHARS = 512 * 1024;

const DIMENSION_IDS = [...LENS_IDS, 'region', 'bloc'] as const;
const text = (max: number) => z.string().check(z.maxLength(max, `longer than ${max} characters`));

const ViewSchema = z.object({
  lens: z.enum(LENS_IDS, 'unknown lens'),
  filters: z.partialRecord(z.enum(DIMENSION_IDS, 'unknown filter dimension'), z.array(text(40)).check(z.maxLength(40))),
  sel: z.nullable(text(40)),
  t: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-mm-dd date'))),
  cmp: z.array(text(40)).check(z.maxLength(3, 'compare holds at most 3 countries')),
  focus: z.nullable(z.object({ id: text(40), depth: z.union([z.literal(1), z.literal(2)]) })),
  zoom: z.nullable(text(60)),
  step: z.nullable(z.number()),
});

const StepSchema = z.object({
  id: text(40),
  title: text(200),
  caption: text(2000),
  notes: text(10000),
  view: ViewSchema,
});

const DeckFileSchema = z.object({
  format: z.literal(DECK_FORMAT, `not an atlas deck (expected "format": "${DECK_FORMAT}")`),
  version: z.literal(1, 'unsupported deck version'),
  title: text(200),
  steps: z.array(StepSchema).check(z.maxLength(MAX_STEPS, `a deck holds at most ${MAX_STEPS} steps`)),
});

export type DeckParse = { ok: true; deck: Deck } | { ok: false; error: string };

export function serialiseDeck(deck: Deck): string {
  return JSON.stringify({ format: DECK_FORMAT, ...deck }, null, 2);
}

export function parseDeck(json: string): DeckParse {
  if (json.length > MAX_DECK_CHARS) return { ok: false, error: `Refused: the file is too big for a deck (${Math.round(json.length / 1024)} KB; at most ${MAX_DECK_CHARS / 1024} KB).` };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'Refused: the file is not JSON, so it cannot be a deck.' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== DECK_FORMAT) {
    return { ok: false, error: `Refused: this JSON is not an atlas deck (it has no "format": "${DECK_FORMAT}").` };
  }
  const r = DeckFileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: `Refused: the deck is malformed${where}: ${issue.message}.` };
  }
  const ids = new Set(r.data.steps.map((s) => s.id));
  if (ids.size !== r.data.steps.length) return { ok: false, error: 'Refused: the deck has two steps with the same id.' };
  const { title, steps } = r.data;
  return { ok: true, deck: { version: 1, title, steps: steps.map((s) => ({ ...s, view: { ...s.view, step: null } })) } };
}
