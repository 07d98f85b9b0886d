// Compare: one row per fact, one cell per country, and whether the cells differ.
import { currentMemberships, type Atlas } from './atlas';
import { formatDate } from './dates';
import { LENSES, LENS_IDS, statusAt } from './lenses';
import { KIND_LABELS, SPONSORED_DOC, TREATY_LABELS } from './labels';
import { TREATIES } from './vocab';
import { EDGE_FAMILIES, FAMILY_LABELS, type Graph } from '../graph/model';
import { statusText } from './tableRows';

export interface CompareRow { group: string; label: string; cells: string[]; differs: boolean }

const DASH = '—';
const d = (v?: string) => (v ? formatDate(v) : DASH);

export function compareRows(atlas: Atlas, graph: Graph, ids: string[], t: string): CompareRow[] {
  const rows: Omit<CompareRow, 'differs'>[] = [];
  const row = (group: string, label: string, cell: (id: string) => string) => rows.push({ group, label, cells: ids.map(cell) });
  const country = (id: string) => atlas.countryById.get(id);

  row('Identity', 'Kind', (id) => KIND_LABELS[country(id)?.kind ?? ''] ?? DASH);
  row('Identity', 'UN regional group', (id) =>
    country(id)?.regions.map((r) => atlas.blocs.find((b) => b.id === r)?.name ?? r).join('; ') || DASH);
  for (const lens of LENS_IDS) row('Status at the date', LENSES[lens].label, (id) => statusText(lens, statusAt(atlas, lens, id, t)));
  for (const tr of TREATIES) {
    const f = (id: string) => atlas.treaty[tr].get(id);
    row(TREATY_LABELS[tr], 'Signed', (id) => d(f(id)?.signed));
    row(TREATY_LABELS[tr], 'Ratified / acceded', (id) => d(f(id)?.ratified));
    row(TREATY_LABELS[tr], 'In force', (id) => d(f(id)?.inForce));
  }
  row('UN', `Sponsored ${SPONSORED_DOC}`, (id) => (atlas.sponsors.has(id) ? 'Yes' : 'No'));
  row('UN', 'UN convention signed', (id) => d(atlas.unConvention.get(id)?.signed));
  row('UN', 'UN convention ratified', (id) => d(atlas.unConvention.get(id)?.ratified));
  const blocIds = new Set(ids.flatMap((id) => currentMemberships(atlas, id, t).map((m) => m.bloc)));
  for (const b of atlas.blocs.filter((x) => x.kind === 'bloc' && blocIds.has(x.id)))
    row('Blocs at the date', b.name, (id) => {
      const m = currentMemberships(atlas, id, t).find((x) => x.bloc === b.id);
      return m ? `${m.status}${m.since ? ` since ${m.since}` : ''}` : DASH;
    });
  for (const f of EDGE_FAMILIES) {
    const counts = ids.map((id) => (graph.linksOf.get(id) ?? []).filter((l) => graph.linkById.get(l)!.family === f).length);
    if (counts.some((n) => n > 0)) row('Relations (count)', FAMILY_LABELS[f], (id) => String(counts[ids.indexOf(id)]));
  }
  return rows.map((r) => ({ ...r, differs: ids.length > 1 && new Set(r.cells).size > 1 }));
}
