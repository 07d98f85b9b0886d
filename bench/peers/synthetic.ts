// A synthetic network about 10× the real one (~2,500 nodes, ~15,000 links) for the scale benchmark: the real dataset
// copied `copies` times (ids suffixed "~k"; the two instrument hubs stay shared), plus seeded random links from
// countries to organisations until the graph at the as-of date has `links` links. Deterministic.
import { normaliseDataset, type Atlas } from '../../src/data/atlas';
import type { Dataset } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/model';

export function syntheticAtlas(base: Dataset, copies = 11, links = 15_000): Atlas {
  const ids = new Set([...base.countries.map((c) => c.id), ...base.nodes.map((n) => n.id)]);
  const at = (k: number) => (id: string) => (k && ids.has(id) ? `${id}~${k}` : id);
  const d: Dataset = { ...base, countries: [], nodes: [], treaties: [], votes: [], unConvention: [], memberships: [], edges: [], sponsors: [] };
  for (let k = 0; k < copies; k++) {
    const s = at(k);
    d.countries.push(...base.countries.map((c) => ({ ...c, id: s(c.id), name: k ? `${c.name} ${k}` : c.name, isoNumeric: k ? undefined : c.isoNumeric })));
    d.nodes.push(...base.nodes.map((n) => ({ ...n, id: s(n.id), label: k ? `${n.label} ${k}` : n.label })));
    d.treaties.push(...base.treaties.map((f) => ({ ...f, country: s(f.country) })));
    d.votes.push(...base.votes.map((v) => ({ ...v, country: s(v.country) })));
    d.unConvention.push(...base.unConvention.map((u) => ({ ...u, country: s(u.country) })));
    d.memberships.push(...base.memberships.map((m) => ({ ...m, country: s(m.country) })));
    d.edges.push(...base.edges.map((e) => ({ ...e, source: s(e.source), target: s(e.target) })));
  }
  const have = buildGraph(normaliseDataset(d), d.asOf).links.length;
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const countries = d.countries.filter((c) => c.kind !== 'territory');
  for (let i = have; i < links; i++) {
    const c = countries[Math.floor(rand() * countries.length)];
    const n = d.nodes[Math.floor(rand() * d.nodes.length)];
    d.edges.push({ source: c.id, target: n.id, relation: 'cooperation_agreement', stage: 'in_force', unverified: false, sources: ['synthetic'], origin: 'synthetic', history: [] });
  }
  return normaliseDataset(d);
}
