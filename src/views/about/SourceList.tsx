// Every source, searchable by text and filterable by family (the id's namespace).
import { useDeferredValue, useState } from 'react';
import type { Source } from '../../data/schema';
import { ExternalLink } from '../../lib/ExternalLink';

export const SOURCE_FAMILIES: Record<string, string> = {
  coe: 'Budapest Convention and protocols',
  un: 'UN votes and UN convention',
  net: 'Cooperation network',
  bloc: 'Blocs and UN groups',
  reg: 'Country registry',
};

const familyOf = (id: string) => id.split(':')[0];

export function filterSources(sources: readonly Source[], family: string, query: string): Source[] {
  const q = query.trim().toLowerCase();
  return sources.filter((s) => (!family || familyOf(s.id) === family) &&
    (!q || [s.id, s.title, s.url, s.supports, s.asOf].some((v) => v.toLowerCase().includes(q))));
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const [family, setFamily] = useState('');
  const [query, setQuery] = useState('');
  const shown = filterSources(sources, family, useDeferredValue(query));
  return (
    <div className="source-list">
      <div className="source-filters">
        <label>Family{' '}
          <select value={family} onChange={(e) => setFamily(e.target.value)}>
            <option value="">All families</option>
            {Object.entries(SOURCE_FAMILIES).map(([id, label]) => <option key={id} value={id}>{label} ({id})</option>)}
          </select>
        </label>
        <label>Search{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="title, URL, what it supports…" />
        </label>
        <span aria-live="polite" data-sources-shown>{shown.length} of {sources.length}</span>
      </div>
      <ul>
        {shown.map((s) => (
          <li key={s.id} data-source-id={s.id}>
            <strong>{s.id}</strong>{' '}
            <ExternalLink url={s.url}>{s.title}</ExternalLink>
            <span className="muted"> · as of {s.asOf}</span>
            <div className="supports">{s.supports}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
