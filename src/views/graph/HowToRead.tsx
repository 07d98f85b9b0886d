// A short note on reading the network and the matrix, in the panel (closed by default, so the picture keeps its room).
import { useI18n } from '../../i18n/useI18n';

export function HowToRead({ mode }: { mode: 'network' | 'matrix' }) {
  const { t } = useI18n();
  return (
    <details className="how-to-read">
      <summary>{t('graph.howToRead')}</summary>
      {mode === 'network' ? (
        <>
          <p>Countries (circles, coloured as on the map) sit in one cluster per UN regional group, or per bloc; treaties,
            agencies and organisations sit between the groups they link. Solid lines are in force, dashed signed or invited,
            dotted negotiating or ongoing. INTERPOL and UNTOC, joined by nearly every state, are shown by their member count
            rather than one line each (turn them on above).</p>
          <p>Select a node to light its partners and label them; a country's national bodies (its prosecutors' office,
            police) pass their partners through, marked with a dashed ring. “Focus” arranges the selection's network round
            it by state. “Outline” draws a bloc's members at the date shown; click the outline to select the bloc (its members lit on the map and here; the map draws the same outline).</p>
          <p>Keyboard: Tab into the graph, arrow keys move to a neighbour, Enter selects, Escape clears. Drag a node to pin
            it; scroll to zoom.</p>
        </>
      ) : (
        <p>One row per country shown by the filters, one column per instrument or body; each cell is the relation at the
          date shown (■ in force or party, ◩ signed or invited, ◌ negotiating, ⊘ suspended, blank none). Sort rows by the
          map's lens, by UN group or by bloc; activate a country's name to select it.</p>
      )}
    </details>
  );
}
