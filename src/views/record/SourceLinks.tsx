import type { Atlas } from '../../data/atlas';
import { ExternalLink } from '../../lib/ExternalLink';
import { useI18n } from '../../i18n/useI18n';
import { DATE_RE } from '../../data/vocab';
import { useSourcesReady } from '../../data/useAtlas';
import { Rich } from '../../i18n/Rich';

/** The sources behind one fact: title (data, as written) and as-of date, linked only when the URL is http(s). Until the
 *  source texts have arrived (they load after the first paint, data/sourceTexts.ts), the ids and dates with a loading
 *  note. */
export function SourceLinks({ atlas, ids }: { atlas: Atlas; ids: readonly string[] }) {
  const { t, date } = useI18n();
  const ready = useSourcesReady(atlas);
  // titles (and as-of notes that are not dates) are the data's own words, in English
  const unique = [...new Set(ids)];
  if (!unique.length) return null;
  if (!ready) {
    return (
      <ul className="sources" aria-label={t('source.listAria')} aria-busy="true">
        {unique.map((id) => {
          const asOf = atlas.sourceDates.get(id)?.asOf ?? '';
          return <li key={id}><Rich k='source.asOf' values={{ title: id, date: DATE_RE.test(asOf) ? date(asOf) : <span lang="en">{asOf}</span> }} /></li>;
        })}
        <li className="muted">{t('app.sourcesLoading')}</li>
      </ul>
    );
  }
  return (
    <ul className="sources" aria-label={t('source.listAria')}>
      {unique.map((id) => {
        const s = atlas.sourceById.get(id);
        if (!s) return <li key={id}>{t('source.missing', { id })}</li>;
        return (
          // the line is cut with an ellipsis where it is long, often before its date: the tooltip says it whole
          <li key={id} title={`${t('source.asOf', { title: s.title, date: DATE_RE.test(s.asOf) ? date(s.asOf) : s.asOf })} · ${id}: ${s.supports}`}>
            <ExternalLink url={s.url}>
              <Rich k='source.asOf' values={{ title: <span lang="en">{s.title}</span>, date: DATE_RE.test(s.asOf) ? date(s.asOf) : <span lang="en">{s.asOf}</span> }} />
            </ExternalLink>
          </li>
        );
      })}
    </ul>
  );
}
