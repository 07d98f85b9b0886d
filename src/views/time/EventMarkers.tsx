// Key dates above the slider; each names its source in the tooltip and jumps to its date on click.
import type { Atlas } from '../../data/atlas';
import { formatDate } from '../../data/dates';
import { EVENTS, selectionEvents, type TimeEvent } from '../../data/timeline';
import { useAppStore } from '../../store/appStore';

export function eventTooltip(atlas: Atlas, e: TimeEvent): string {
  const sources = e.sources.map((id) => {
    const s = atlas.sourceById.get(id);
    return s ? `${s.title} [${id}] ${s.url}` : id;
  });
  return `${e.label}, ${formatDate(e.date)}\nSource: ${sources.join('\nSource: ')}`;
}

interface Props {
  atlas: Atlas;
  pct: (t: string) => string;
  current: string;
  onPick: (t: string) => void;
}

export function EventMarkers({ atlas, pct, current, onPick }: Props) {
  const sel = useAppStore((s) => s.sel);
  // The key dates, then the selected State's own events (a request to be invited), marked apart.
  const events = [...EVENTS.map((e) => ['key', e] as const), ...selectionEvents(atlas, sel).map((e) => ['selection', e] as const)];
  return (
    <div className="time-events">
      {events.map(([kind, e]) => (
        <button key={`${kind}-${e.date}`} type="button" className={`time-event time-event-${kind}`} style={{ left: pct(e.date) }} data-event-date={e.date}
          data-current={e.date === current ? 'true' : undefined} title={eventTooltip(atlas, e)}
          aria-label={`${e.label}, ${formatDate(e.date)}: go to this date`} onClick={() => onPick(e.date)} />
      ))}
    </div>
  );
}
