import type { Sources } from '../../data/sourceTexts';
import { ExternalLink } from '../../lib/ExternalLink';
import { useI18n } from '../../i18n/useI18n';

/** Source ids as links once their texts are here (`sources`); only http(s) URLs become links. */
export function SourceIdLinks({ sources, ids }: { sources: Sources | null; ids: string[] }) {
  const { t } = useI18n();
  return (
    <>
      {ids.map((id, i) => {
        const s = sources?.byId.get(id);
        return (
          <span key={id}>
            {i > 0 && ' '}
            {s ? <ExternalLink url={s.url} title={t('source.asOf', { title: s.title, date: s.asOf })}>{id}</ExternalLink> : id}
          </span>
        );
      })}
    </>
  );
}
