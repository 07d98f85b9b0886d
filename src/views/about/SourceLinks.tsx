import type { Atlas } from '../../data/atlas';

/** Source ids as links; only http(s) URLs become links. */
export function SourceLinks({ atlas, ids }: { atlas: Atlas; ids: string[] }) {
  return (
    <>
      {ids.map((id, i) => {
        const s = atlas.sourceById.get(id);
        return (
          <span key={id}>
            {i > 0 && ' '}
            {s && /^https?:\/\//.test(s.url)
              ? <a href={s.url} target="_blank" rel="noopener noreferrer" title={`${s.title} (as of ${s.asOf})`}>{id}</a>
              : id}
          </span>
        );
      })}
    </>
  );
}
