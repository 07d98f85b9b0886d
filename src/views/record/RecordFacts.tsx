// The facts under a record's heading, in a chunk of their own: the first view shows no record, and the heading and
// its buttons (EntityRecord) are drawn at once; this chunk is requested once the first frame is painted.
import type { Atlas } from '../../data/atlas';
import type { Graph } from '../../graph/model';
import { blocOfSel } from '../../data/blocs';
import { CountryRecord } from './CountryRecord';
import { NodeRecord } from './NodeRecord';
import { BlocRecord } from './BlocRecord';

export default function RecordFacts({ atlas, id, graph, t }: { atlas: Atlas; id: string; graph: Graph | null; t: string }) {
  const bloc = blocOfSel(id);
  if (bloc) return <BlocRecord atlas={atlas} bloc={bloc} t={t} />;
  const country = atlas.countryById.get(id);
  return country ? <CountryRecord atlas={atlas} country={country} graph={graph} t={t} /> : <NodeRecord atlas={atlas} id={id} graph={graph} t={t} />;
}
