// Every source, searchable by text and filterable by family (the id's namespace).
import { useDeferredValue, useState } from 'react';
import type { Source } from '../../data/schema';
import { ExternalLink } from '../../lib/ExternalLink';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/useI18n';

/** Source id namespaces and their names. */
const SOURCE_FAMILIES: Record<string, MessageKey> = {
  coe: 'about.src.coe', un: 'about.src.un', net: 'about.src.net', bloc: 'about.src.bloc', reg: 'about.src.reg',
};

const familyOf = (id: string) => id.split(':')[0];

export function filterSources(sources: readonly Source[], family: string, query: string): Source[] {
  const q = query.trim().toLowerCase();
  return sources.filter((s) => (!family || familyOf(s.id) === family) &&
    (!q || [s.id, s.title, s.url, s.supports, s.asOf].some((v) => v.toLowerCase().includes(q))));
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t, lang } = useI18n();
  const [family, setFamily] = useState('');
  const [query, setQuery] = useState('');
  const shown = filterSources(sources, family, useDeferredValue(query));
  return (
    <div className="source-list">
      <div className="source-filters">
        <label>{t('about.src.family')}{' '}
          <select value={family} onChange={(e) => setFamily(e.target.value)}>
            <option value="">{t('about.src.all')}</option>
            {Object.entries(SOURCE_FAMILIES).map(([id, label]) => <option key={id} value={id}>{t(label)} ({id})</option>)}
          </select>
        </label>
        <label>{t('about.src.search')}{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('about.src.placeholder')} />
        </label>
        <span aria-live="polite" data-sources-shown>{t('about.src.shown', { shown: shown.length, total: sources.length })}</span>
      </div>
      {/* titles and what each source supports are the data's own words (English) */}
      <ul lang="en">
        {shown.map((s) => (
          <li key={s.id} data-source-id={s.id}>
            <strong>{s.id}</strong>{' '}
            <ExternalLink url={s.url}>{s.title}</ExternalLink>
            <span className="muted" lang={lang}>{t('about.src.asOf', { date: s.asOf })}</span>
            <div className="supports">{s.supports}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
