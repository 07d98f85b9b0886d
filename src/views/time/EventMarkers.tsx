// Key dates above the slider; each names its source in the tooltip and jumps to its date on click.
import { memo, useDeferredValue, useMemo } from 'react';
import type { Atlas } from '../../data/atlas';
import type { Sources } from '../../data/sourceTexts';
import { formatDate } from '../../data/dates';
import { EVENTS, selectionEvents, type TimeEvent } from '../../data/timeline';
import { formatMessage } from '../../i18n/catalogue';
import { commaSep, ltr, type Lang } from '../../i18n/langs';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { useSources } from '../../data/useAtlas';
import { eventLabel } from '../../i18n/timeWords';

/** The event in the page's language, its date, and each source on its own line (by id only until their texts are
 *  here). */
export function eventTooltip(atlas: Atlas, texts: Sources | null, e: TimeEvent, lang: Lang = 'en'): string {
  const sources = e.sources.map((id) => {
    const s = texts?.byId.get(id);
    // the dataset's English title, id and address isolated left to right in an Arabic tooltip (a ")" keeps its place)
    return formatMessage(lang, 'event.source', { source: ltr(s ? `${s.title} [${id}] ${s.url}` : id, lang) });
  });
  return [`${eventLabel(atlas, e, lang)}${commaSep(lang)}${formatDate(e.date, lang)}`, ...sources].join('\n');
}

interface Props {
  atlas: Atlas;
  pct: (t: string) => string;
  current: string;
  onPick: (t: string) => void;
}

/** The key dates, then the selected State's own events (a request to be invited), marked apart. */
export function EventMarkers(props: Props) {
  return (
    <div className="time-events">
      <Markers {...props} kind="key" events={EVENTS} />
      <SelectionMarkers {...props} />
    </div>
  );
}

/** The selection's own events: they follow the click by a pass (as the record's facts do), so a click renders none
 * of the markers in its frame. */
function SelectionMarkers(props: Props) {
  const sel = useDeferredValue(useAppStore((s) => s.sel));
  const events = useMemo(() => selectionEvents(props.atlas, sel), [props.atlas, sel]);
  return <Markers {...props} kind="selection" events={events} />;
}

const Markers = memo(function Markers({ atlas, pct, current, onPick, kind, events }: Props & { kind: 'key' | 'selection'; events: readonly TimeEvent[] }) {
  const { t, lang, date } = useI18n();
  // the tooltips name the sources by title once their texts arrive (after the first paint)
  const texts = useSources(atlas);
  return events.map((e) => (
    <button key={`${kind}-${e.date}`} type="button" className={`time-event time-event-${kind}`} style={{ left: pct(e.date) }} data-event-date={e.date}
      data-current={e.date === current ? 'true' : undefined} title={eventTooltip(atlas, texts, e, lang)}
      aria-label={t('event.aria', { label: eventLabel(atlas, e, lang), date: date(e.date) })} onClick={() => onPick(e.date)} />
  ));
});
