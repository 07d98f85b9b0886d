// The bundled dataset's shape, shared by the app (validated once at load) and `npm run data:check`.
// zod/mini keeps the runtime cost small (tree-shakable functions instead of methods).
import * as z from 'zod/mini';
import { SOURCE_TEXTS } from './sourceTexts.ts';
import { DATE_RE, EDGE_STAGES, EVIDENCE_KINDS, ENTITY_KINDS, MEMBERSHIP_STATUSES, NODE_KINDS, TREATIES, TREATY_STATUSES, VOTES } from './vocab.ts';


const date = z.string().check(z.regex(DATE_RE, 'expected yyyy, yyyy-mm or yyyy-mm-dd'));
const optDate = z.optional(date);
const sourceIds = z.array(z.string()).check(z.minLength(1, 'every fact needs at least one source id'));
/** Where a fact came from in data/raw, e.g. "budapest.csv:7" (file and 1-based line). */
const origin = z.string();

export const SourceSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  asOf: z.string(),
  supports: z.string(),
  origin,
});

/** What the first paint needs of a source: its id and when it was on record (undated facts are dated by it). */
export const SourceDateSchema = z.object({ id: z.string(), asOf: z.string(), origin });
/** The rest of each source (URL, title, what it supports), loaded after the first paint: one column per field, in the
 *  order of the dataset's sources (data/sourceTexts.ts). */
export const SourceTextsSchema = z.object({
  part: z.literal(SOURCE_TEXTS), url: z.array(z.string()), title: z.array(z.string()), supports: z.array(z.string()),
  /** the dataset's known gaps (About the data reads them; data/sourceTexts.ts) */
  gaps: z.array(z.string()),
  /** the facts' notes, per table of data/notes.ts (NOTED_TABLES), in the order of its rows that have one */
  notes: z.record(z.string(), z.array(z.string())),
});

export const CountrySchema = z.object({
  id: z.string(),
  isoNumeric: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  aliases: z.array(z.string()),
  kind: z.enum(ENTITY_KINDS),
  regions: z.array(z.string()),
  /** [lon, lat] for states too small for the base map; drawn as a fixed-size marker. */
  marker: z.optional(z.tuple([z.number(), z.number()])),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

/** A name in the five other UN languages (English is the registry's `name`, or the node's `label`); empty = not sourced. */
export const NamesSchema = z.object({
  id: z.string(),
  /** ISO alpha-2, as the M49 list gives it: the key of the browser's own (CLDR) names, which search also matches */
  iso2: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO alpha-2 code'))),
  ar: z.optional(z.string()),
  zh: z.optional(z.string()),
  fr: z.optional(z.string()),
  ru: z.optional(z.string()),
  es: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

export const NodeSchema = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
  hq: z.optional(z.string()),
  note: z.optional(z.string()),
  unverified: z.boolean(),
  /** The day the hub began (a treaty adopted or opened, a body founded), as its source gives it: the network does
   *  not draw it before (a partial date, from the period's last day). Absent when no source read gives one. */
  since: z.optional(z.string()),
  /** the sources of `since` */
  sources: z.array(z.string()),
  origin,
});

/**
 * Evidence for one step of a treaty fact, with its own sources (data/raw/budapest-evidence.csv): a signature or
 * invitation date read apart from the main table, or a bound on an undated step: `known_by` (the class held by
 * this date at the latest) or `not_before` (it did not yet hold on this date).
 */
export const EvidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  cls: z.enum(TREATY_STATUSES),
  date,
  unverified: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

/**
 * A State's request to be invited to accede (budapest-evidence.csv kind `requested`): shown as a dated, sourced event
 * in the record; kept apart from the treaty facts so that the status at a date never reads it.
 */
export const RequestSchema = z.object({
  treaty: z.enum(TREATIES),
  country: z.string(),
  date,
  unverified: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

export const TreatyFactSchema = z.object({
  treaty: z.enum(TREATIES),
  country: z.string(),
  status: z.enum(TREATY_STATUSES),
  /** The day the Committee of Ministers invited the State to accede (CETS 185 only). */
  invited: optDate,
  signed: optDate,
  ratified: optDate,
  inForce: optDate,
  evidence: z.array(EvidenceSchema),
  unverified: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

export const ResolutionSchema = z.object({
  id: z.string(),
  symbol: z.string(),
  date,
  title: z.string(),
  official: z.object({ yes: z.number(), no: z.number(), abstain: z.number(), absent: z.number() }),
  sources: sourceIds,
  origin,
});

export const VoteSchema = z.object({
  resolution: z.string(),
  country: z.string(),
  vote: z.enum(VOTES),
  sources: sourceIds,
  origin,
});

export const SponsorSchema = z.object({ document: z.string(), country: z.string(), sources: sourceIds, origin });

export const UnConventionFactSchema = z.object({
  country: z.string(),
  signed: optDate,
  ratified: optDate,
  unverified: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

export const BlocSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['bloc', 'un-group']) });

export const MembershipSchema = z.object({
  bloc: z.string(),
  country: z.string(),
  status: z.enum(MEMBERSHIP_STATUSES),
  since: optDate,
  until: optDate,
  unverified: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

/** An earlier stage of an edge (data/raw/network-stages.csv): the stage from `date` until the next one. */
export const EdgeStageSchema = z.object({
  stage: z.enum(EDGE_STAGES),
  date,
  unverified: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

export const EdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  relation: z.string().check(z.regex(/^[a-z_]+$/, 'expected a snake_case relation')),
  stage: z.enum(EDGE_STAGES),
  date: optDate,
  /** Earlier stages, oldest first; `stage`/`date` is the latest. */
  history: z.array(EdgeStageSchema),
  unverified: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

/** A published count (CoE, UN) to show beside the dataset's own count at the same date; `agrees` is enforced by data:check. */
export const OfficialTotalSchema = z.object({
  id: z.string(),
  lens: z.string(),
  classes: z.array(z.string()).check(z.minLength(1)),
  date,
  official: z.number(),
  agrees: z.boolean(),
  note: z.optional(z.string()),
  sources: sourceIds,
  origin,
});

export const DatasetSchema = z.object({
  version: z.string(),
  asOf: date,
  title: z.string(),
  /** Per family: its as-of in words, a compact form for the header (`asOfShort`), and how sure the data is. */
  families: z.array(z.object({ id: z.string(), label: z.string(), asOf: z.string(), asOfShort: z.optional(z.string()), confidence: z.string() })),
  gaps: z.array(z.string()),
  /** The complete lists behind statements of absence ("not a party"): cets185, ets189, cets224, un-convention, sponsors. */
  listSources: z.record(z.string(), z.array(z.string())),
  sources: z.array(SourceSchema),
  countries: z.array(CountrySchema),
  names: z.array(NamesSchema),
  nodes: z.array(NodeSchema),
  treaties: z.array(TreatyFactSchema),
  requests: z.array(RequestSchema),
  resolutions: z.array(ResolutionSchema),
  votes: z.array(VoteSchema),
  sponsors: z.array(SponsorSchema),
  unConvention: z.array(UnConventionFactSchema),
  blocs: z.array(BlocSchema),
  memberships: z.array(MembershipSchema),
  edges: z.array(EdgeSchema),
  officialTotals: z.array(OfficialTotalSchema),
});

/** The dataset the first paint is drawn from: every fact, its sources by id and date only (no known-gaps list), the
 *  notes of data/notes.ts's tables only marked (`noted`; their texts follow with the sources'). */
export const CoreDatasetSchema = z.omit(z.extend(DatasetSchema, {
  sources: z.array(SourceDateSchema),
  /** per table of data/notes.ts, one '0' or '1' a row: whether its note (in the sources' texts) exists */
  noted: z.optional(z.record(z.string(), z.string())),
}), { gaps: true });
/** The schemas data/check.ts checks a value against, by name: the whole dataset (`npm run data:check`), the core the
 *  first paint is drawn from, and the sources' texts loaded after it (data/sourceTexts.ts). */
export const CHECKED_SCHEMAS = { dataset: DatasetSchema, core: CoreDatasetSchema, sourceTexts: SourceTextsSchema };
export type CheckedSchema = keyof typeof CHECKED_SCHEMAS;

export type Dataset = z.infer<typeof DatasetSchema>;
export type CoreDataset = z.infer<typeof CoreDatasetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SourceDate = z.infer<typeof SourceDateSchema>;
export type SourceTexts = z.infer<typeof SourceTextsSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Names = z.infer<typeof NamesSchema>;
export type OrgNode = z.infer<typeof NodeSchema>;
export type TreatyFact = z.infer<typeof TreatyFactSchema>;
export type Treaty = (typeof TREATIES)[number];
export type Vote = (typeof VOTES)[number];
export type VoteFact = z.infer<typeof VoteSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type UnConventionFact = z.infer<typeof UnConventionFactSchema>;
export type Membership = z.infer<typeof MembershipSchema>;
export type Bloc = z.infer<typeof BlocSchema>;
export type Edge = z.infer<typeof EdgeSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type AccessionRequest = z.infer<typeof RequestSchema>;
export type OfficialTotal = z.infer<typeof OfficialTotalSchema>;
