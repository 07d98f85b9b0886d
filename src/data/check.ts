// Every rule `npm run data:check` enforces. Each issue names the raw file and line the fact came from,
// its JSON path in data/atlas.json, the field and the bad value.
import type { CheckedSchema, CoreDataset, Dataset, Evidence, SourceTexts, TreatyFact } from './schema';
import { isValidDate as isValidDateText, compareDates } from './dates';
import { INSTRUMENT_LABELS, normaliseDataset, type Atlas } from './atlas';
import { NAME_LANGS } from './vocab';
import { joinSourceTexts, sourceTextIssues } from './sourceTexts';
import { noteIssues } from './notes';
import { datasetCount, totalProblem } from './officialTotals';
import { shapeGuards } from './shapeGuards';
import { EIF_ARTICLES, threeMonthsRule, treatyInForce } from './inForce';
import { laterDay as max } from './history';

export interface Issue {
  origin?: string;
  path: string;
  field: string;
  value: unknown;
  message: string;
}

export function formatIssue(i: Issue): string {
  const where = i.origin ? `data/raw/${i.origin} (data/atlas.json ${i.path})` : `data/atlas.json ${i.path}`;
  return `${where}: field "${i.field}" = ${JSON.stringify(i.value)}: ${i.message}`;
}

const ISO3 = /^[A-Z]{3}$/;

/** [] when `raw` has the schema's shape. The generated guard says so in a few ms with no zod (data/shapeGuards.ts);
 *  only when it says no is zod loaded, to say what is wrong (data/shapeIssues.ts). */
async function schemaIssues(raw: unknown, schema: CheckedSchema): Promise<Issue[]> {
  if (shapeGuards[schema](raw)) return [];
  const { shapeIssues } = await import('./shapeIssues');
  return shapeIssues(raw, schema);
}

/** Structural validation first; semantic rules run only on a dataset that has the right shape. */
export async function checkDataset(raw: unknown): Promise<Issue[]> {
  const shape = await schemaIssues(raw, 'dataset');
  if (shape.length) return shape;
  const d = raw as Dataset;
  const urls = d.sources.flatMap((s, i) => (/^https?:\/\/[^\s]+$/.test(s.url) ? []
    : [{ origin: s.origin, path: `sources[${i}]`, field: 'url', value: s.url, message: 'a source needs an http(s) URL' }]));
  return [...urls, ...checkRules(d), ...votingRecordIssues(d)];
}

/** The same, for the core the first paint is drawn from (data/sourceTexts.ts): every rule but those on the sources'
 *  URLs, which are checked when their texts arrive (checkSourceTexts). */
export const checkCoreDataset = async (raw: unknown): Promise<Issue[]> => (await checkCore(raw)).issues;

/** checkCoreDataset's issues, and the atlas its rules counted on (the loader's, so it is not normalised twice). */
export async function checkCore(raw: unknown): Promise<{ issues: Issue[]; atlas: Atlas | null }> {
  const shape = await schemaIssues(raw, 'core');
  if (shape.length) return { issues: shape, atlas: null };
  const atlas = normaliseDataset(raw as CoreDataset);
  return { issues: [...noteIssues(raw as CoreDataset, undefined), ...checkRules(raw as CoreDataset, atlas)], atlas };
}

/** The source texts loaded after the first paint, against the core already checked. */
export async function checkSourceTexts(core: CoreDataset, raw: unknown): Promise<Issue[]> {
  const shape = await schemaIssues(raw, 'sourceTexts');
  if (shape.length) return shape;
  const issues = sourceTextIssues(core, raw as SourceTexts);
  return issues.length ? issues : votingRecordIssues(joinSourceTexts(core, raw as SourceTexts));
}

/** A recorded vote rests on the UN Digital Library's voting record of its resolution: the resolution and each of
 *  its votes cite it (resolutions.csv record_source_id), not only a dataset that transcribes it. Needs the URLs. */
function votingRecordIssues(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  const urlOf = new Map(d.sources.map((s) => [s.id, s.url]));
  const isVotingRecord = (id: string) => /^https:\/\/digitallibrary\.un\.org\/record\/\d+$/.test(urlOf.get(id) ?? '');
  const recordsOf = new Map(d.resolutions.map((r) => [r.id, r.sources.filter(isVotingRecord)]));
  d.resolutions.forEach((r, i) => {
    if (!recordsOf.get(r.id)?.length) issues.push({ origin: r.origin, path: `resolutions[${i}]`, field: 'record_source_id', value: '', message: `${r.symbol}: no source is its UN Digital Library voting record (https://digitallibrary.un.org/record/…)` });
  });
  d.votes.forEach((v, i) => {
    for (const rec of recordsOf.get(v.resolution) ?? [])
      if (!v.sources.includes(rec)) issues.push({ origin: v.origin, path: `votes[${i}]`, field: 'source_ids', value: v.sources.join(';'), message: `a vote on ${v.resolution} must cite its voting record ${rec}` });
  });
  return issues;
}

function checkRules(d: CoreDataset, atlas: Atlas = normaliseDataset(d)): Issue[] {
  const issues: Issue[] = [];
  // the same few hundred dates recur across thousands of facts
  const dateOk = new Map<string, boolean>();
  const isValidDate = (v: string) => dateOk.get(v) ?? dateOk.set(v, isValidDateText(v)).get(v)!;
  const add = (origin: string | undefined, path: string, field: string, value: unknown, message: string) =>
    issues.push({ origin, path, field, value, message });

  const sourceIds = new Set<string>();
  d.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) add(s.origin, `sources[${i}]`, 'id', s.id, 'duplicate source id');
    sourceIds.add(s.id);
  });

  const countryIds = new Set<string>();
  d.countries.forEach((c, i) => {
    if (!ISO3.test(c.id)) add(c.origin, `countries[${i}]`, 'iso3', c.id, 'unknown ISO3 code (expected three capital letters)');
    if (countryIds.has(c.id)) add(c.origin, `countries[${i}]`, 'iso3', c.id, 'duplicate entity');
    countryIds.add(c.id);
  });
  const nodeIds = new Set<string>();
  d.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id) || countryIds.has(n.id)) add(n.origin, `nodes[${i}]`, 'id', n.id, 'duplicate entity');
    nodeIds.add(n.id);
  });
  const blocIds = new Set(d.blocs.map((b) => b.id));

  type Fact = { origin: string; sources: string[] };
  const checkSources = (f: Fact, path: string) =>
    f.sources.forEach((s) => sourceIds.has(s) || add(f.origin, path, 'source_ids', s, 'source id does not resolve to a source'));
  const checkCountry = (f: Fact, path: string, id: string, allowNodes = false) => {
    if (countryIds.has(id) || (allowNodes && nodeIds.has(id))) return;
    add(f.origin, path, 'iso3', id, 'unknown ISO3 code (not in data/raw/countries.csv)');
  };
  const checkDate = (f: Fact, path: string, field: string, v: string | undefined) => {
    if (v !== undefined && !isValidDate(v)) add(f.origin, path, field, v, 'malformed or impossible date');
  };
  const checkOrder = (f: Fact, path: string, earlier: [string, string | undefined], later: [string, string | undefined]) => {
    const [ef, ev] = earlier;
    const [lf, lv] = later;
    if (ev && lv && isValidDate(ev) && isValidDate(lv) && compareDates(lv, ev) < 0)
      add(f.origin, path, lf, lv, `impossible date: ${lf} ${lv} is before ${ef} ${ev}`);
  };
  const unique = <T extends Fact>(list: T[], family: string, key: (f: T) => string) => {
    const seen = new Set<string>();
    list.forEach((f, i) => {
      const k = key(f);
      if (seen.has(k)) add(f.origin, `${family}[${i}]`, 'iso3', k, 'duplicate entity');
      seen.add(k);
    });
  };

  d.countries.forEach((c, i) => checkSources(c, `countries[${i}]`));
  d.nodes.forEach((n, i) => {
    checkSources(n, `nodes[${i}]`);
    checkDate(n, `nodes[${i}]`, 'since', n.since);
    if (n.since && !n.sources.length) add(n.origin, `nodes[${i}]`, 'since_source_ids', '', 'a hub\'s since date needs a source');
  });
  // Every Member and observer State has its UN name in all six languages (English is the registry's `name`).
  const namesById = new Map(d.names.map((n) => [n.id, n]));
  d.names.forEach((n, i) => {
    checkSources(n, `names[${i}]`);
    if (!countryIds.has(n.id) && !nodeIds.has(n.id) && !(n.id in INSTRUMENT_LABELS))
      add(n.origin, `names[${i}]`, 'iso3', n.id, 'names an entity that does not exist');
  });
  unique(d.names, 'names', (n) => n.id);
  d.countries.forEach((c, i) => {
    if (c.kind === 'territory') return;
    const n = namesById.get(c.id);
    for (const lang of NAME_LANGS)
      if (!n?.[lang]) add(n?.origin ?? c.origin, n ? `names[${d.names.indexOf(n)}]` : `countries[${i}]`, lang, n?.[lang], `a ${c.kind === 'observer' ? 'observer' : 'Member'} State needs its UN name in ${lang} (data/raw/names.csv)`);
  });
  for (const [list, ids] of Object.entries(d.listSources))
    ids.forEach((id) => sourceIds.has(id) || add('meta.json', `listSources.${list}`, 'source_ids', id, 'source id does not resolve to a source'));
  const sourceById = new Map(d.sources.map((s) => [s.id, s]));
  /** The day a source was on record: the date its as-of text starts with, if any. */
  const sourceDate = (id: string) => /^\d{4}(-\d{2}(-\d{2})?)?\b/.exec(sourceById.get(id)?.asOf ?? '')?.[0];
  const ownDate = (t: TreatyFact, cls: string) => (cls === 'invited' ? t.invited : cls === 'signatory' ? t.signed : t.ratified ?? t.inForce);
  // A bound says "this status held by this date": the evidence itself must exist by then, and must not contradict
  // a recorded date of the same step.
  const checkEvidence = (t: TreatyFact, e: Evidence, path: string) => {
    checkSources(e, path);
    checkDate(e, path, e.kind, e.date);
    if (!isValidDate(e.date)) return;
    const own = ownDate(t, e.cls);
    if ((e.kind === 'signed' || e.kind === 'invited') && own !== e.date)
      add(e.origin, path, e.kind, e.date, `${e.kind} date also given in budapest.csv (${own}): keep one`);
    if (e.kind === 'not_before' && own && compareDates(own, e.date) <= 0)
      add(e.origin, path, 'not_before', e.date, `the ${e.cls} step is dated ${own}, not after this bound`);
    if (e.kind !== 'known_by') return;
    if (own && compareDates(own, e.date) > 0)
      add(e.origin, path, 'known_by', e.date, `evidence says ${e.cls} by ${e.date}, but the step is dated later (${own})`);
    const dated = e.sources.map((s) => [s, sourceDate(s)] as const).filter(([, v]) => v !== undefined);
    if (!dated.length) add(e.origin, path, 'source_ids', e.sources.join(';'), 'a known_by bound needs a source with a date: none of its sources has one');
    else if (dated.every(([, v]) => compareDates(v!, e.date) > 0))
      add(e.origin, path, 'known_by', e.date, `evidence date later than the status it is used for: ${dated.map(([s, v]) => `${s} is dated ${v}`).join(', ')}`);
  };

  d.treaties.forEach((t, i) => {
    const p = `treaties[${i}]`;
    checkCountry(t, p, t.country);
    checkSources(t, p);
    (['signed', 'ratified', 'inForce'] as const).forEach((k) => checkDate(t, p, k, t[k]));
    checkDate(t, p, 'invited', t.invited);
    checkOrder(t, p, ['signed', t.signed], ['ratified', t.ratified]);
    checkOrder(t, p, ['ratified', t.ratified], ['inForce', t.inForce]);
    checkOrder(t, p, ['invited', t.invited], ['ratified', t.ratified]);
    t.evidence.forEach((e, j) => checkEvidence(t, e, `${p}.evidence[${j}]`));
    if (t.status === 'invited' && t.treaty !== 'cets185') add(t.origin, p, 'status', t.status, 'only CETS 185 has invited States');
    // A recorded entry into force follows from the recorded deposit by the treaty's article (data/inForce.ts).
    const own = treatyInForce(atlas, t.treaty);
    const rule = t.ratified && threeMonthsRule(t.ratified);
    if (t.inForce && rule && own && isValidDate(t.inForce) && t.inForce !== max(rule, own))
      add(t.origin, p, 'inForce', t.inForce, `the deposit (${t.ratified}) puts the entry into force on ${max(rule, own)} (Art. ${rule > own ? EIF_ARTICLES[t.treaty].state : EIF_ARTICLES[t.treaty].treaty})`);
  });
  unique(d.treaties, 'treaties', (t) => `${t.treaty}/${t.country}`);
  // A request to be invited: only CETS 185 invites, and a State asks before it is invited or accedes.
  d.requests.forEach((r, i) => {
    const p = `requests[${i}]`;
    checkCountry(r, p, r.country);
    checkSources(r, p);
    if (!r.sources.length) add(r.origin, p, 'source_ids', '', 'a request needs a source');
    checkDate(r, p, 'date', r.date);
    if (r.treaty !== 'cets185') add(r.origin, p, 'treaty', r.treaty, 'only CETS 185 has requests to be invited');
    const f = d.treaties.find((t) => t.treaty === r.treaty && t.country === r.country);
    if (f) checkOrder(r, p, ['requested', r.date], ['invited', f.invited ?? f.ratified]);
  });

  const resolutionIds = new Set(d.resolutions.map((r) => r.id));
  d.resolutions.forEach((r, i) => {
    checkSources(r, `resolutions[${i}]`);
    checkDate(r, `resolutions[${i}]`, 'date', r.date);
  });
  d.votes.forEach((v, i) => {
    const p = `votes[${i}]`;
    checkCountry(v, p, v.country);
    checkSources(v, p);
    if (!resolutionIds.has(v.resolution)) add(v.origin, p, 'resolution', v.resolution, 'unknown resolution');
  });
  unique(d.votes, 'votes', (v) => `${v.resolution}/${v.country}`);
  d.resolutions.forEach((r, i) => {
    const counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
    d.votes.filter((v) => v.resolution === r.id).forEach((v) => counts[v.vote]++);
    for (const k of ['yes', 'no', 'abstain', 'absent'] as const)
      if (counts[k] !== r.official[k])
        add(r.origin, `resolutions[${i}]`, k, counts[k], `${r.symbol}: ${counts[k]} "${k}" votes in un-votes.csv, official total is ${r.official[k]}`);
  });
  d.sponsors.forEach((s, i) => { checkCountry(s, `sponsors[${i}]`, s.country); checkSources(s, `sponsors[${i}]`); });

  d.unConvention.forEach((u, i) => {
    const p = `unConvention[${i}]`;
    checkCountry(u, p, u.country, true);
    checkSources(u, p);
    checkDate(u, p, 'signed', u.signed);
    checkDate(u, p, 'ratified', u.ratified);
    checkOrder(u, p, ['signed', u.signed], ['ratified', u.ratified]);
  });
  unique(d.unConvention, 'unConvention', (u) => u.country);

  d.memberships.forEach((m, i) => {
    const p = `memberships[${i}]`;
    checkCountry(m, p, m.country, true);
    checkSources(m, p);
    if (!blocIds.has(m.bloc)) add(m.origin, p, 'bloc', m.bloc, 'unknown bloc');
    checkDate(m, p, 'since', m.since);
    checkDate(m, p, 'until', m.until);
    checkOrder(m, p, ['since', m.since], ['until', m.until]);
  });
  unique(d.memberships.filter((m) => !m.until), 'memberships', (m) => `${m.bloc}/${m.country} (current)`);

  d.edges.forEach((e, i) => {
    const p = `edges[${i}]`;
    checkSources(e, p);
    checkDate(e, p, 'date', e.date);
    e.history.forEach((h, j) => {
      const hp = `${p}.history[${j}]`;
      checkSources(h, hp);
      checkDate(h, hp, 'date', h.date);
      const next = e.history[j + 1]?.date ?? e.date;
      if (next && isValidDate(h.date) && isValidDate(next) && compareDates(next, h.date) < 0)
        add(h.origin, hp, 'date', h.date, `stage ${h.stage} from ${h.date} is after the next stage's date ${next}`);
    });
    // what held until the end is a stage of its own: without it the relation would be drawn as "ended" before it ended
    if (e.stage === 'ended' && !e.history.length)
      add(e.origin, p, 'stage', e.stage, 'an ended relation needs the stage it had until it ended (a row of network-stages.csv)');
    for (const end of ['source', 'target'] as const)
      if (!countryIds.has(e[end]) && !nodeIds.has(e[end])) add(e.origin, p, end, e[end], 'edge endpoint does not exist');
  });

  d.officialTotals.forEach((o, i) => {
    const p = `officialTotals[${i}]`;
    checkSources(o, p);
    checkDate(o, p, 'date', o.date);
    const problem = totalProblem(o);
    if (problem) return add(o.origin, p, 'lens', o.lens, problem);
    const ours = datasetCount(atlas, o);
    if (o.agrees !== (ours === o.official))
      add(o.origin, p, 'agrees', o.agrees, `the dataset counts ${ours} on ${o.date}, official total ${o.official}: set agrees to ${ours === o.official ? 'yes' : 'no'}`);
    if (!o.agrees && !o.note) add(o.origin, p, 'note', o.note, 'a total the dataset does not match needs a note explaining the difference');
  });

  return issues;
}
