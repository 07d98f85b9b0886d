// The facts under a record's heading, in a chunk of their own: the first view shows no record, and the heading and
// its buttons (EntityRecord) are drawn at once; this chunk is requested once the first frame is painted.
import type { Atlas } from '../../data/atlas';
import type { Graph } from '../../graph/model';
import { blocOfSel } from '../../data/blocs';
import { CountryRecord } from './CountryRecord';
import { NodeRecord } from './NodeRecord';
import { BlocRecord } from './BlocRecord';
import { NotesScope } from './EnglishNote';
import { useI18n } from '../../i18n/useI18n';

export default function RecordFacts({ atlas, id, graph, t }: { atlas: Atlas; id: string; graph: Graph | null; t: string }) {
  const { lang } = useI18n();
  const bloc = blocOfSel(id);
  const country = atlas.countryById.get(id);
  // one "(in English)" per record, on its first note (EnglishNote.tsx)
  return (
    <NotesScope scope={`${id} ${t} ${lang}`}>
      {bloc ? <BlocRecord atlas={atlas} bloc={bloc} t={t} />
        : country ? <CountryRecord atlas={atlas} country={country} graph={graph} t={t} /> : <NodeRecord atlas={atlas} id={id} graph={graph} t={t} />}
    </NotesScope>
  );
}
