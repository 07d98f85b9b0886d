// The deck file format and its validation. A file that is not a deck is refused with a message that says why;
// the caller keeps its current deck (parse never mutates anything). The same rules read a deck link and the deck
// stored in the browser, so whatever the editor can build passes all three (limits in deck.ts).
import * as z from 'zod/mini';
import { LENS_IDS } from '../data/lenses';
import { LANGS } from '../data/vocab';
import { isValidDate } from '../data/dates';
import { browserLang } from '../i18n/browserLang';
import { DECK_LIMITS, deckText, type Deck, type Step } from './deck';
import { LAYOUT_IDS } from './layouts';
import { DEFAULT_VIEW, type View } from '../store/appStore';
import { formatMessage, type MessageKey, type MessageValues } from '../i18n/catalogue';
import type { Lang } from '../i18n/langs';

export const DECK_FORMAT = 'cybercrime-atlas-deck';
/** The deck file version this atlas writes and reads; a higher one is from a newer atlas (deckErr.newerVersion). */
export const DECK_VERSION = 1;

const DIMENSION_IDS = [...LENS_IDS, 'region', 'bloc', 'network'] as const;
const ID_CHARS = 40;
const ZOOM_CHARS = 60;
const CLASSES_PER_DIMENSION = 40;
const text = (max: number) => z.string().check(z.maxLength(max, `longer than ${max} characters`));

/**
 * The largest deck file the limits allow: every text and list full, each character one that JSON writes as two
 * (a quote, a backslash, a line break: deck text holds no other escaped character, see deckText), the two-space
 * indentation of an exported file. A test builds such a deck and checks it fits. Anything larger is not a deck.
 */
const STEP_VIEW_CHARS = DIMENSION_IDS.length * (CLASSES_PER_DIMENSION * (2 * ID_CHARS + 24) + 40) + 8 * (2 * ID_CHARS + 24) + 2 * ZOOM_CHARS + 400;
const STEP_TEXT_CHARS = 2 * (ID_CHARS + DECK_LIMITS.title + DECK_LIMITS.caption + DECK_LIMITS.notes + ID_CHARS + DECK_LIMITS.callout) + 300;
export const MAX_DECK_CHARS = DECK_LIMITS.steps * (STEP_VIEW_CHARS + STEP_TEXT_CHARS) + 2 * DECK_LIMITS.title + 200;

const ViewSchema = z.object({
  lens: z.enum(LENS_IDS, 'unknown lens'),
  filters: z.partialRecord(z.enum(DIMENSION_IDS, 'unknown filter dimension'), z.array(text(ID_CHARS)).check(z.maxLength(CLASSES_PER_DIMENSION))),
  sel: z.nullable(text(ID_CHARS)),
  // a day of the calendar: "2019-02-30" or "9999-99-99" would be listed in the deck as a date that never was
  t: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-mm-dd date'), z.refine(isValidDate, 'no such day in the calendar'))),
  cmp: z.array(text(ID_CHARS)).check(z.maxLength(3, 'compare holds at most 3 countries')),
  focus: z.nullable(z.object({ id: text(ID_CHARS), depth: z.union([z.literal(1), z.literal(2)]) })),
  zoom: z.nullable(text(ZOOM_CHARS)),
  step: z.nullable(z.number()),
  // Decks saved before the language switch have no `lang`: they open in the reader's language.
  lang: z.optional(z.enum(LANGS, 'unknown language')),
  // Decks saved before these were part of the view have none: the network, grouped by UN regional group, no outline,
  // the matrix's rows by the lens.
  // Any short text is kept here; applying the step (store/url.ts) turns an unknown value into a notice and the default.
  graphView: z.optional(text(ID_CHARS)),
  grouping: z.optional(text(ID_CHARS)),
  outline: z.optional(z.nullable(text(ID_CHARS))),
  rowsBy: z.optional(text(ID_CHARS)),
});

const StepSchema = z.object({
  id: text(ID_CHARS),
  title: text(DECK_LIMITS.title),
  caption: text(DECK_LIMITS.caption),
  notes: text(DECK_LIMITS.notes),
  view: ViewSchema,
  layout: z.optional(z.enum(LAYOUT_IDS, 'unknown slide layout')),
  callout: z.optional(z.object({ id: text(ID_CHARS), text: text(DECK_LIMITS.callout) })),
});

const DeckFileSchema = z.object({
  format: z.literal(DECK_FORMAT, `not an atlas deck (expected "format": "${DECK_FORMAT}")`),
  version: z.literal(DECK_VERSION, 'unsupported deck version'),
  title: text(DECK_LIMITS.title),
  steps: z.array(StepSchema).check(z.maxLength(DECK_LIMITS.steps, `a deck holds at most ${DECK_LIMITS.steps} steps`)),
});

/** `error` is the whole message ("Refused: … ."); `reason` the part that says why, for sentences that embed it. */
export type DeckParse = { ok: true; deck: Deck } | { ok: false; error: string; reason: string };
/** What the text came from, for the messages: a file the user picked, a link, or the deck saved in this browser. */
export type DeckSource = 'file' | 'link' | 'saved deck';

/** A refusal in the reader's language: the reason's key and values, wrapped in "Refused: …". */
export function refusal(lang: Lang, key: MessageKey, values: MessageValues = {}): { ok: false; error: string; reason: string } {
  const reason = formatMessage(lang, key, values);
  return { ok: false, error: formatMessage(lang, 'deckErr.refused', { reason }), reason };
}

export function serialiseDeck(deck: Deck): string {
  return JSON.stringify({ format: DECK_FORMAT, ...deck }, null, 2);
}

const cleanStep = (s: z.infer<typeof StepSchema>): Step => ({
  ...s,
  title: deckText(s.title, DECK_LIMITS.title),
  caption: deckText(s.caption, DECK_LIMITS.caption),
  notes: deckText(s.notes, DECK_LIMITS.notes),
  view: {
    ...s.view, lang: s.view.lang ?? browserLang(), step: null,
    graphView: (s.view.graphView ?? DEFAULT_VIEW.graphView) as View['graphView'],
    grouping: (s.view.grouping ?? DEFAULT_VIEW.grouping) as View['grouping'],
    outline: s.view.outline ?? null,
    rowsBy: (s.view.rowsBy ?? DEFAULT_VIEW.rowsBy) as View['rowsBy'],
  },
  ...(s.callout ? { callout: { id: s.callout.id, text: deckText(s.callout.text, DECK_LIMITS.callout) } } : {}),
});

export function parseDeck(json: string, source: DeckSource = 'file', lang: Lang = 'en'): DeckParse {
  const refuse = (key: MessageKey, values: MessageValues = {}) => refusal(lang, key, { source: source === 'saved deck' ? 'saved' : source, ...values });
  if (json.length > MAX_DECK_CHARS) return refuse('deckErr.tooBig', { kb: Math.round(json.length / 1024), max: Math.round(MAX_DECK_CHARS / 1024) });
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse('deckErr.notJson');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== DECK_FORMAT) {
    return refuse('deckErr.notDeck', { format: DECK_FORMAT });
  }
  // a deck from a newer atlas is said as such (what it is, and what this atlas reads), not as a schema detail
  const { version } = raw as { version?: unknown };
  if (Number.isInteger(version) && (version as number) > DECK_VERSION) return refuse('deckErr.newerVersion', { version: version as number, supported: DECK_VERSION });
  const r = DeckFileSchema.safeParse(raw);
  if (!r.success) {
    // the validator's own words (zod's) stay as it writes them: a technical detail after a translated sentence
    const issue = r.error.issues[0];
    return issue.path.length
      ? refuse('deckErr.invalidAt', { path: issue.path.join('.'), detail: issue.message })
      : refuse('deckErr.invalid', { detail: issue.message });
  }
  const ids = new Set(r.data.steps.map((s) => s.id));
  if (ids.size !== r.data.steps.length) return refuse('deckErr.duplicateIds');
  return { ok: true, deck: { version: 1, title: deckText(r.data.title, DECK_LIMITS.title), steps: r.data.steps.map(cleanStep) } };
}

export interface Recovered {
  deck: Deck;
  /** steps kept, of how many the text held (0 of 0 when nothing could be read) */
  kept: number;
  total: number;
}

/**
 * The readable part of a deck that failed parseDeck: every step that passes on its own (first of each id), the
 * title if it is one. The text itself is kept aside by the caller; this only decides what the user works on.
 */
export function recoverDeck(json: string): Recovered {
  let raw: unknown;
  try { raw = JSON.parse(json); } catch { return { deck: { version: 1, title: 'Briefing', steps: [] }, kept: 0, total: 0 }; }
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as { title?: unknown; steps?: unknown };
  const list = Array.isArray(o.steps) ? o.steps : [];
  const steps: Step[] = [];
  const seen = new Set<string>();
  for (const s of list) {
    const r = StepSchema.safeParse(s);
    if (r.success && !seen.has(r.data.id) && steps.length < DECK_LIMITS.steps) { seen.add(r.data.id); steps.push(cleanStep(r.data)); }
  }
  const title = typeof o.title === 'string' && o.title.trim() ? deckText(o.title, DECK_LIMITS.title) : 'Briefing';
  return { deck: { version: 1, title, steps }, kept: steps.length, total: list.length };
}
