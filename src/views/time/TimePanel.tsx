// The time bar's collapsible panel: counts over time, the key events with their sources, and what changed.
import type { Atlas } from '../../data/atlas';
import type { TimeEvent } from '../../data/timeline';
import { TimeChart } from './TimeChart';
import { WhatChanged } from './WhatChanged';
import { ExternalLink } from '../../lib/ExternalLink';
import { useI18n } from '../../i18n/useI18n';
import { ltr } from '../../i18n/langs';
import { useSources } from '../../data/useAtlas';
import { eventLabel } from '../../i18n/timeWords';

interface Props {
  id: string;
  atlas: Atlas;
  date: string;
  events: readonly TimeEvent[];
  onPick: (t: string) => void;
}

export function TimePanel({ id, atlas, date, events, onPick }: Props) {
  const { t: tr, date: fmt, lang } = useI18n();
  // the sources' links appear when their texts arrive (after the first paint)
  const sources = useSources(atlas);
  return (
    <div id={id} className="time-panel">
      <TimeChart atlas={atlas} date={date} onPick={onPick} />
      <section className="time-event-list" aria-label={tr('time.keyDates')}>
        <h3>{tr('time.keyDates')}</h3>
        <ol>
          {events.map((e) => (
            <li key={e.date}>
              <button type="button" className="link" onClick={() => onPick(e.date)}>{fmt(e.date)}</button> {eventLabel(atlas, e, lang)}{' '}
              {e.sources.map((sid) => {
                const s = sources?.byId.get(sid);
                return s ? <ExternalLink key={sid} url={s.url} title={ltr(s.title, lang)}>[{sid}]</ExternalLink> : null;
              })}
            </li>
          ))}
        </ol>
      </section>
      <WhatChanged atlas={atlas} date={date} />
    </div>
  );
}
