import type { Atlas } from '../../data/atlas';
import { ExternalLink } from '../../lib/ExternalLink';

/** The sources behind one fact: title and as-of date, linked only when the URL is http(s). */
export function SourceLinks({ atlas, ids }: { atlas: Atlas; ids: readonly string[] }) {
  const unique = [...new Set(ids)];
  if (!unique.length) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {unique.map((id) => {
        const s = atlas.sourceById.get(id);
        if (!s) return <li key={id}>{id} (source not in the dataset)</li>;
        const text = `${s.title} (as of ${s.asOf})`;
        return (
          <li key={id} title={`${id}: ${s.supports}`}>
            <ExternalLink url={s.url}>{text}</ExternalLink>
          </li>
        );
      })}
    </ul>
  );
}
