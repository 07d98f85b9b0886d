import type { Atlas } from '../../data/atlas';
import { ExternalLink } from '../../lib/ExternalLink';
import { useI18n } from '../../i18n/useI18n';

/** Source ids as links; only http(s) URLs become links. */
export function SourceIdLinks({ atlas, ids }: { atlas: Atlas; ids: string[] }) {
  const { t } = useI18n();
  return (
    <>
      {ids.map((id, i) => {
        const s = atlas.sourceById.get(id);
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
