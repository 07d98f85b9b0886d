// Each published total beside the dataset's own count at the same date, with the difference explained.
import type { Atlas } from '../../data/atlas';
import { formatDate } from '../../data/dates';
import { LENSES, isLensId } from '../../data/lenses';
import { datasetCount } from '../../data/officialTotals';
import { SourceIdLinks } from './SourceIdLinks';

export function TotalsTable({ atlas }: { atlas: Atlas }) {
  return (
    <table className="about-table about-totals">
      <thead>
        <tr><th scope="col">What</th><th scope="col">Date</th><th scope="col">Official</th><th scope="col">This dataset</th><th scope="col">Difference explained</th><th scope="col">Source</th></tr>
      </thead>
      <tbody>
        {atlas.dataset.officialTotals.map((o) => {
          const lens = isLensId(o.lens) ? LENSES[o.lens] : null;
          const ours = datasetCount(atlas, o);
          return (
            <tr key={o.id} data-total-id={o.id} data-agrees={o.agrees ? 'true' : 'false'}>
              <td>{lens?.short ?? o.lens}: {o.classes.map((c) => lens?.classLabels[c] ?? c).join(' or ')}</td>
              <td>{formatDate(o.date)}</td>
              <td data-official>{o.official}</td>
              <td data-ours>{ours}{o.agrees ? ' ✓' : ''}</td>
              <td>{o.agrees ? (o.note ?? 'Same') : o.note}</td>
              <td><SourceIdLinks atlas={atlas} ids={o.sources} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
