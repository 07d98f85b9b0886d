import type { Atlas } from '../../data/atlas';
import { ExternalLink } from '../../lib/ExternalLink';

/** Source ids as links; only http(s) URLs become links. */
export function SourceIdLinks({ atlas, ids }: { atlas: Atlas; ids: string[] }) {
  return (
    <>
      {ids.map((id, i) => {
        const s = atlas.sourceById.get(id);
        return (
          <span key={id}>
            {i > 0 && ' '}
            {s ? <ExternalLink url={s.url} title={`${s.title} (as of ${s.asOf})`}>{id}</ExternalLink> : id}
          </span>
        );
      })}
    </>
  );
}
