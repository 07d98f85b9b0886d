// An entity's cooperation relations at a date, read from the graph model so record and graph agree.
import { EDGE_FAMILIES, isActive, type Graph, type GraphLink } from '../graph/model';
import { formatMessage } from '../i18n/catalogue';
import { familyLabel, relationWord } from '../i18n/entityWords';
import type { Lang } from '../i18n/langs';

export interface Relation { link: GraphLink; other: string }
export interface RelationGroup {
  key: string;
  label: string;
  items: Relation[];
  /** Relations not in force at the date (signed, negotiating, suspended, invited): shown apart, with a badge. */
  apart?: boolean;
}

/** Each group split in two: relations in force at the date, then the others under their own heading. */
function splitByState(groups: RelationGroup[]): RelationGroup[] {
  return groups.flatMap((g) => {
    const active = g.items.filter((r) => isActive(r.link));
    const other = g.items.filter((r) => !isActive(r.link));
    return [
      ...(active.length ? [{ ...g, items: active }] : []),
      ...(other.length ? [{ key: `${g.key}:apart`, label: g.label, items: other, apart: true }] : []),
    ];
  });
}

const byDate = (a: Relation, b: Relation) => (a.link.date ?? '').localeCompare(b.link.date ?? '') || a.other.localeCompare(b.other);

function relationsOf(graph: Graph, id: string): Relation[] {
  return (graph.linksOf.get(id) ?? []).map((lid) => {
    const link = graph.linkById.get(lid)!;
    return { link, other: link.source === id ? link.target : link.source };
  });
}

/**
 * A country's relations grouped by edge family, then one group per national agency of the country
 * (a node that is `part_of` it), so the agency's own partners show in the country's record.
 */
export function countryRelations(graph: Graph, id: string, label: (id: string) => string, lang: Lang = 'en'): RelationGroup[] {
  const own = relationsOf(graph, id);
  const groups: RelationGroup[] = EDGE_FAMILIES.map((f) => ({
    key: f, label: familyLabel(f, lang), items: own.filter((r) => r.link.family === f).sort(byDate),
  }));
  const agencies = own.filter((r) => r.link.relation === 'part_of' && r.link.target === id).map((r) => r.other);
  for (const a of agencies)
    groups.push({
      key: `via:${a}`, label: formatMessage(lang, 'relation.through', { name: label(a) }),
      items: relationsOf(graph, a).filter((r) => r.other !== id).sort(byDate),
    });
  return splitByState(groups.filter((g) => g.items.length));
}

/**
 * An organisation's or instrument's members and partners grouped by relation, largest group first. A relation
 * that runs both ways (EC3 is part of Europol; Europol is part of the EU) is split so the two never mix.
 */
export function nodeRelations(graph: Graph, id: string, label: (id: string) => string, lang: Lang = 'en'): RelationGroup[] {
  const groups = new Map<string, Relation[]>();
  for (const r of relationsOf(graph, id)) {
    const key = `${r.link.relation}:${r.link.source === id ? 'out' : 'in'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const sorted = [...groups.entries()]
    .map(([key, items]) => {
      const [rel, dir] = key.split(':');
      const both = dir === 'out' && groups.has(`${rel}:in`);
      return { key, label: both ? formatMessage(lang, 'relation.is', { name: label(id), relation: relationWord(rel, lang) }) : relationWord(rel, lang), items: items.sort((a, b) => label(a.other).localeCompare(label(b.other))) };
    })
    .sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label, lang));
  return splitByState(sorted);
}
