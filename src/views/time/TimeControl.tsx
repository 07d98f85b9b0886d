// The as-of date bar: slider with year ticks and sourced event markers, a date field, Play and Today; a
// collapsible panel holds the counts-over-time chart and "what changed".
import { useCallback, useMemo, useState } from 'react';
import { WhenLoaded } from '../../lib/useLoaded';
import { PartBoundary } from '../../app/PartBoundary';
import { useAppStore } from '../../store/appStore';
import { useDate } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { EVENTS, TIME_START, dateOfIndex, dayIndex, playSteps, yearStarts } from '../../data/timeline';
import { useI18n } from '../../i18n/useI18n';
import { withLaterMessages } from '../../i18n/laterMessages';
import { usePlayback } from './usePlayback';
import { EventMarkers } from './EventMarkers';
import { DateField } from './DateField';
import './time.css';

// The chart (d3 scales and time formats) loads when the panel is first opened.
const loadPanel = () => withLaterMessages(import('./TimePanel')).then((m) => m.TimePanel);

const clamp = (t: string, end: string) => (t < TIME_START ? TIME_START : t > end ? end : t);

export function TimeControl() {
  const atlas = useAtlas();
  const date = useDate();
  const chosen = useAppStore((s) => s.t);
  const dateChosen = useAppStore((s) => s.dateChosen);
  const { t: tr, date: fmt } = useI18n();
  const [mode, setMode] = useState<'year' | 'event'>('year');
  const [open, setOpen] = useState(false);
  const end = atlas.asOf;

  // The dataset's own as-of date is stored as null so that shared links without t= follow future data updates.
  const go = useCallback((t: string) => dateChosen(clamp(t, end) === end ? null : clamp(t, end)), [dateChosen, end]);
  const steps = useMemo(() => playSteps(end, mode), [end, mode]);
  const play = usePlayback(steps, date, go);
  const max = dayIndex(end);
  const pct = (t: string) => `${(dayIndex(t) / max) * 100}%`;
  const ticks = yearStarts(end);

  return (
    <div className="time-bar" role="group" aria-label={tr('time.aria')}>
      <div className="time-row">
        <button type="button" className={`time-play ${play.reduced ? 'step' : play.playing ? 'pause' : 'play'}`} onClick={play.toggle} aria-pressed={play.reduced ? undefined : play.playing}
          title={tr(play.reduced ? 'time.stepTitle' : play.playing ? 'time.pauseTitle' : 'time.playTitle')}>
          {tr(play.reduced ? 'time.step' : play.playing ? 'time.pause' : 'time.play')}
        </button>
        <select className="time-mode" value={mode} onChange={(e) => setMode(e.target.value as 'year' | 'event')} aria-label={tr('time.playBy')}>
          <option value="year">{tr('time.byYear')}</option>
          <option value="event">{tr('time.byEvent')}</option>
        </select>
        <div className="time-track">
          <EventMarkers atlas={atlas} pct={pct} current={date} onPick={(t) => { play.stop(); go(t); }} />
          <input type="range" className="time-slider" min={0} max={max} step={1} value={dayIndex(date)}
            aria-label={tr('time.aria')} aria-valuetext={fmt(date)}
            onChange={(e) => { play.stop(); go(dateOfIndex(Number(e.target.value))); }} />
          <div className="time-ticks" aria-hidden="true">
            {ticks.map((t) => (
              <span key={t} className={`time-tick${Number(t.slice(0, 4)) % 5 ? ' minor' : ''}`} style={{ left: pct(t) }}>
                {Number(t.slice(0, 4)) % 5 ? '' : t.slice(0, 4)}
              </span>
            ))}
          </div>
        </div>
        <DateField date={date} end={end} label={'time.dateAria'} onApply={(t) => { play.stop(); go(t); }} />
        <button type="button" onClick={() => { play.stop(); dateChosen(null); }} disabled={chosen === null}
          title={tr('time.todayTitle', { date: fmt(end) })}>{tr('time.today')}</button>
        <button type="button" className="time-more" aria-expanded={open} aria-controls="time-panel" onClick={() => setOpen(!open)}>
          {tr(open ? 'time.hideChart' : 'time.showChart')}
        </button>
      </div>
      {open && (
        <PartBoundary>
          <WhenLoaded load={loadPanel} fallback={<p id="time-panel" className="time-panel" role="status">{tr('time.loadingChart')}</p>}>
            {(TimePanel) => <TimePanel id="time-panel" atlas={atlas} date={date} events={EVENTS} onPick={go} />}
          </WhenLoaded>
        </PartBoundary>
      )}
    </div>
  );
}
