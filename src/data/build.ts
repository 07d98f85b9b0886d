// Raw tables (data/raw/*.csv, meta.json) → the bundled dataset. A plain transform: it never rejects a value,
// so that data:check can report every problem with its file and line instead of the build dying on the first.
import { parseCsv, type CsvRow } from './csv';
import type { Dataset, Evidence, Treaty } from './schema';

export type RawFiles = Record<string, string>;
/** [lon, lat] of the states the base map is too coarse to draw, keyed by ISO numeric code. */
export type MarkerLookup = (isoNumeric: string) => [number, number] | undefined;

/** Source-id namespaces: each family's ids are local to its own sources file. */
export const SOURCE_FILES = {
  coe: 'budapest-sources.csv',
  un: 'un-sources.csv',
  net: 'network-sources.csv',
  bloc: 'blocs-sources.csv',
  reg: 'registry-sources.csv',
} as const;

export const BLOC_NAMES: Record<string, string> = {
  eu: 'European Union', coe: 'Council of Europe', au: 'African Union', oas: 'Organization of American States',
  asean: 'ASEAN', sco: 'Shanghai Cooperation Organisation', brics: 'BRICS', 'arab-league': 'League of Arab States',
  cis: 'Commonwealth of Independent States', g7: 'G7', 'five-eyes': 'Five Eyes', nato: 'NATO',
  'un-african': 'African States', 'un-asia-pacific': 'Asia-Pacific States', 'un-eastern-european': 'Eastern European States',
  'un-grulac': 'Latin American and Caribbean States', 'un-weog': 'Western European and other States',
};

const UNVERIFIED = /UNVERIFIED/;
const opt = (v: string | undefined) => (v ? v : undefined);
const ids = (ns: string, v: string) => v.split(';').map((s) => s.trim()).filter(Boolean).map((s) => (s.includes(':') ? s : `${ns}:${s}`));
/** The last table read under each name, kept (frozen: nothing here changes a row) for a build from the same text: the
 *  data:check tests build ~40 datasets that differ from the raw files in one table each, and parsed all of them each
 *  time (~30 ms a build). */
const parsed = new Map<string, { text: string; rows: readonly CsvRow[] }>();
const rows = (files: RawFiles, name: string): readonly CsvRow[] => {
  const text = files[name];
  if (text === undefined) throw new Error(`data/raw/${name}: file missing`);
  const known = parsed.get(name);
  if (known?.text === text) return known.rows;
  const table = Object.freeze(parseCsv(text).map((r) => Object.freeze({ line: r.line, values: Object.freeze(r.values) })));
  parsed.set(name, { text, rows: table });
  return table;
};
const at = (file: string, r: CsvRow) => `${file}:${r.line}`;
/** The tables write the EU, which signs as an organisation, as the placeholder EUU; it is the network's `eu` node. */
const entityId = (iso3: string) => (iso3 === 'EUU' ? 'eu' : iso3);

/** Budapest notes are " | "-separated segments, each led by the treaty it is about ("ETS189: ..."). */
function splitTreatyNotes(notes: string): Record<Treaty, string[]> {
  const out: Record<Treaty, string[]> = { cets185: [], ets189: [], cets224: [] };
  let current: Treaty = 'cets185';
  for (const seg of notes.split(' | ').map((s) => s.trim()).filter(Boolean)) {
    const m = seg.match(/^C?ETS ?(185|189|224)/);
    if (m) current = m[1] === '185' ? 'cets185' : m[1] === '189' ? 'ets189' : 'cets224';
    out[current].push(seg);
  }
  return out;
}

export function buildDataset(files: RawFiles, markerFor: MarkerLookup): Dataset {
  const meta = JSON.parse(files['meta.json'] ?? '{}');

  const sources = Object.entries(SOURCE_FILES).flatMap(([ns, file]) =>
    rows(files, file).map((r) => ({
      id: `${ns}:${r.values.source_id}`,
      url: r.values.url,
      title: r.values.title,
      asOf: r.values.as_of_date,
      supports: r.values.what_it_supports,
      origin: at(file, r),
    })),
  );

  const memberRows = rows(files, 'blocs.csv');
  const regionsOf = new Map<string, string[]>();
  for (const r of memberRows) {
    const v = r.values;
    if (!v.bloc.startsWith('un-') || v.until || v.status === 'withdrawn') continue;
    regionsOf.set(v.iso3, [...(regionsOf.get(v.iso3) ?? []), v.bloc]);
  }

  const countries = rows(files, 'countries.csv').map((r) => {
    const v = r.values;
    return {
      id: v.iso3,
      isoNumeric: opt(v.iso_numeric),
      name: v.name,
      aliases: v.aliases ? v.aliases.split(';').map((s) => s.trim()) : [],
      kind: v.kind as Dataset['countries'][number]['kind'],
      regions: regionsOf.get(v.iso3) ?? [],
      // Everything the atlas lists gets drawn: what the 110m map leaves out becomes a fixed-size marker.
      marker: v.iso_numeric ? markerFor(v.iso_numeric) : undefined,
      note: opt(v.notes),
      sources: ids('reg', v.source_ids),
      origin: at('countries.csv', r),
    };
  });

  // Ids without a namespace are the registry's (reg:); a row naming a treaty or organisation cites its own family.
  const names = rows(files, 'names.csv').map((r) => {
    const v = r.values;
    return {
      id: v.iso3, iso2: opt(v.iso2), ar: opt(v.ar), zh: opt(v.zh), fr: opt(v.fr), ru: opt(v.ru), es: opt(v.es),
      sources: ids('reg', v.source_ids), origin: at('names.csv', r),
    };
  });

  const nodes = rows(files, 'network-nodes.csv')
    .filter((r) => r.values.kind !== 'country')
    .map((r) => ({
      id: r.values.id,
      kind: r.values.kind as Dataset['nodes'][number]['kind'],
      label: r.values.label,
      hq: opt(r.values.country_iso3),
      note: opt(r.values.notes),
      unverified: UNVERIFIED.test(r.values.notes),
      since: opt(r.values.since),
      sources: ids('net', r.values.since_source_ids ?? ''),
      origin: at('network-nodes.csv', r),
    }));

  // Evidence rows, each with its own sources, keyed by treaty and State.
  const evidenceOf = new Map<string, Dataset['treaties'][number]['evidence']>();
  // A request to be invited is an event, not a step: it goes apart, where the status at a date cannot read it.
  const requests: Dataset['requests'] = [];
  for (const r of rows(files, 'budapest-evidence.csv')) {
    const v = r.values;
    if (v.kind === 'requested') {
      requests.push({
        treaty: v.treaty as Treaty, country: v.iso3, date: v.date,
        unverified: UNVERIFIED.test(v.notes), note: opt(v.notes), sources: ids('coe', v.source_ids), origin: at('budapest-evidence.csv', r),
      });
      continue;
    }
    const key = `${v.treaty}/${v.iso3}`;
    evidenceOf.set(key, [...(evidenceOf.get(key) ?? []), {
      kind: v.kind as Evidence['kind'], cls: v.class as Evidence['cls'], date: v.date,
      unverified: UNVERIFIED.test(v.notes), note: opt(v.notes), sources: ids('coe', v.source_ids), origin: at('budapest-evidence.csv', r),
    }]);
  }

  const treaties = rows(files, 'budapest.csv').flatMap((r) => {
    const v = r.values;
    const notes = splitTreatyNotes(v.notes);
    const fact = (treaty: Treaty, column: string, dates: { invited?: string; signed: string; ratified: string; inForce?: string }) => {
      const status = v[`${column}_status`];
      if (status === 'none' || status === '' || status === undefined) return [];
      const evidence = evidenceOf.get(`${treaty}/${v.iso3}`) ?? [];
      // A date read apart (budapest-evidence.csv) fills its column; data:check rejects one given in both places.
      const apart = (kind: Evidence['kind']) => evidence.find((e) => e.kind === kind)?.date;
      return [{
        treaty,
        country: v.iso3,
        status: status as Dataset['treaties'][number]['status'],
        invited: opt(dates.invited ?? '') ?? apart('invited'),
        signed: opt(dates.signed) ?? apart('signed'),
        ratified: opt(dates.ratified),
        inForce: opt(dates.inForce ?? ''),
        evidence,
        unverified: notes[treaty].some((s) => UNVERIFIED.test(s)),
        note: opt(notes[treaty].join(' | ')),
        // Each treaty cites its own sources: a CETS 224 signature does not cite the CETS 185 chart.
        sources: ids('coe', v[`${column}_source_ids`] ?? ''),
        origin: at('budapest.csv', r),
      }];
    };
    return [
      ...fact('cets185', 'cets185', { invited: v.cets185_invited, signed: v.cets185_signed, ratified: v.cets185_ratified_or_acceded, inForce: v.cets185_in_force }),
      ...fact('ets189', 'cets189', { signed: v.cets189_signed, ratified: v.cets189_ratified }),
      ...fact('cets224', 'cets224', { signed: v.cets224_signed, ratified: v.cets224_ratified }),
    ];
  });

  // Each recorded vote cites the UN Digital Library's voting record of its resolution (record_source_id) besides the
  // datasets it was read through, so a vote fact resolves to the official record.
  const recordOf = new Map<string, string[]>();
  const resolutions = rows(files, 'resolutions.csv').map((r) => {
    const v = r.values;
    const record = ids('un', v.record_source_id ?? '');
    recordOf.set(v.id, record);
    return {
      id: v.id, symbol: v.symbol, date: v.date, title: v.title,
      official: { yes: Number(v.yes), no: Number(v.no), abstain: Number(v.abstain), absent: Number(v.absent) },
      sources: [...ids('un', v.source_ids), ...record],
      origin: at('resolutions.csv', r),
    };
  });

  const voteRows = rows(files, 'un-votes.csv');
  const voteColumns: [string, string][] = [['unga-74-247', 'vote_a74_247'], ['unga-73-187', 'vote_a73_187']];
  const votes = voteRows.flatMap((r) =>
    voteColumns.map(([resolution, column]) => ({
      resolution,
      country: r.values.iso3,
      vote: r.values[column] as Dataset['votes'][number]['vote'],
      sources: [...ids('un', r.values.source_ids), ...(recordOf.get(resolution) ?? [])],
      origin: at('un-votes.csv', r),
    })),
  );
  const sponsors = voteRows
    .filter((r) => r.values.sponsor_c3_74_l11 === 'yes')
    .map((r) => ({ document: 'A/C.3/74/L.11', country: r.values.iso3, sources: ids('un', r.values.source_ids), origin: at('un-votes.csv', r) }));

  const unConvention = rows(files, 'un-convention.csv').map((r) => {
    const v = r.values;
    // A note that only doubts an unrecorded ratification does not make the recorded signature unverified.
    const doubtsSignature = UNVERIFIED.test(v.notes.replace(/ratification UNVERIFIED/g, ''));
    return {
      country: entityId(v.iso3), signed: opt(v.signed_date), ratified: opt(v.ratified_date),
      unverified: doubtsSignature, note: opt(v.notes), sources: ids('un', v.source_ids), origin: at('un-convention.csv', r),
    };
  });

  const memberships = memberRows.map((r) => {
    const v = r.values;
    return {
      bloc: v.bloc, country: entityId(v.iso3), status: v.status as Dataset['memberships'][number]['status'],
      since: opt(v.since), until: opt(v.until), unverified: UNVERIFIED.test(v.notes), note: opt(v.notes),
      sources: ids('bloc', v.source_ids), origin: at('blocs.csv', r),
    };
  });
  const blocs = [...new Set(memberRows.map((r) => r.values.bloc))].map((id) => ({
    id, name: BLOC_NAMES[id] ?? id, kind: (id.startsWith('un-') ? 'un-group' : 'bloc') as 'un-group' | 'bloc',
  }));

  // Earlier stages of an edge, keyed by its endpoints and relation (network-stages.csv).
  const historyOf = new Map<string, Dataset['edges'][number]['history']>();
  for (const r of rows(files, 'network-stages.csv')) {
    const v = r.values;
    const key = `${v.source}|${v.target}|${v.relation}`;
    historyOf.set(key, [...(historyOf.get(key) ?? []), {
      stage: v.stage as Dataset['edges'][number]['stage'], date: v.date, unverified: UNVERIFIED.test(v.notes),
      note: opt(v.notes), sources: ids('net', v.source_ids), origin: at('network-stages.csv', r),
    }]);
  }

  const edges = rows(files, 'network-edges.csv').map((r) => {
    const v = r.values;
    return {
      source: v.source, target: v.target, relation: v.relation, stage: v.stage as Dataset['edges'][number]['stage'],
      date: opt(v.date), history: historyOf.get(`${v.source}|${v.target}|${v.relation}`) ?? [],
      unverified: UNVERIFIED.test(v.notes), note: opt(v.notes),
      sources: ids('net', v.source_ids), origin: at('network-edges.csv', r),
    };
  });

  // Source ids here name their family (coe:S14): the file spans families.
  const officialTotals = rows(files, 'official-totals.csv').map((r) => {
    const v = r.values;
    return {
      id: v.id, lens: v.lens, classes: v.classes.split(';').map((s) => s.trim()).filter(Boolean), date: v.date,
      official: Number(v.official), agrees: v.agrees === 'yes', note: opt(v.note), sources: ids('', v.source_ids),
      origin: at('official-totals.csv', r),
    };
  });

  return {
    version: meta.version, asOf: meta.asOf, title: meta.title, families: meta.families ?? [], gaps: meta.gaps ?? [],
    listSources: Object.fromEntries(Object.entries(meta.listSources ?? {}).filter(([k]) => !k.startsWith('_'))) as Record<string, string[]>,
    sources, countries, names, nodes, treaties, requests, resolutions, votes, sponsors, unConvention, blocs, memberships, edges, officialTotals,
  };
}

/** Stable text form: the bundled file must be reproducible byte for byte from the raw tables. */
export const serialiseDataset = (d: Dataset) => JSON.stringify(d, null, 1) + '\n';
