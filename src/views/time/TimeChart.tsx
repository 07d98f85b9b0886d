// Parties and signatories over time, one step line per instrument. The values come from countByClass (via
// seriesPoints), the same function the legend uses, so chart and map agree at every date.
import { useMemo, useRef } from 'react';
import { scaleLinear, scaleUtc, line, curveStepAfter } from 'd3';
import type { Atlas } from '../../data/atlas';
import { useI18n } from '../../i18n/useI18n';
import { labelSep } from '../../i18n/langs';
import { seriesLabel } from '../../i18n/timeWords';
import { EVENTS, SERIES, TIME_START, seriesPoints, valueAt, type Point } from '../../data/timeline';
import { statusAt } from '../../data/lenses';
import { useElementSize } from '../../lib/useElementSize';

/** The drawing is as wide as its box, in pixels, so its 11 px years and counts stay 11 px: drawn 560 wide and scaled
 *  to the box, they were 6.7 px on a phone (a 340 px box) and 15 px in a 760 px column at 1920×1080. */
const W0 = 560;
const M = { top: 8, right: 12, bottom: 20, left: 30 };
const COLOURS: Record<string, string> = { cets185: '#1f5fbf', ets189: '#7b4fb3', cets224: '#0f8a6a', un: '#c2541b' };

/** States whose status at t is unknown (not counted in the line, as on the map). */
function unknownCount(atlas: Atlas, lens: (typeof SERIES)[number], t: string) {
  return atlas.countries.filter((c) => statusAt(atlas, lens.lens, c.id, t).cls === 'unknown').length;
}

export function TimeChart({ atlas, date, onPick }: { atlas: Atlas; date: string; onPick: (t: string) => void }) {
  const { t: tr, date: fmt, lang } = useI18n();
  const series = useMemo(() => SERIES.map((s) => ({ ...s, points: seriesPoints(atlas, s) })), [atlas]);
  const figure = useRef<HTMLElement>(null);
  const W = Math.max(240, Math.round(useElementSize(figure, { width: W0, height: 1 }).width));
  const H = Math.round(Math.min(200, Math.max(140, W * 0.27)));
  const x = scaleUtc().domain([new Date(TIME_START), new Date(atlas.asOf)]).range([M.left, W - M.right]);
  const yMax = Math.max(...series.flatMap((s) => s.points.map((p) => p.value)));
  const y = scaleLinear().domain([0, yMax]).nice().range([H - M.bottom, M.top]);
  const path = line<Point>().x((p) => x(new Date(p.date))).y((p) => y(p.value)).curve(curveStepAfter);
  const withEnd = (pts: Point[]) => [...pts, { date: atlas.asOf, value: pts.at(-1)?.value ?? 0 }];
  const pick = (e: React.MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const t = x.invert(((e.clientX - box.left) / box.width) * W);
    onPick(t.toISOString().slice(0, 10));
  };

  return (
    <figure className="time-chart" ref={figure}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" onClick={pick}
        aria-label={tr('time.chartAria', { from: fmt(TIME_START), to: fmt(atlas.asOf) })}>
        {y.ticks(4).map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={M.left - 4} y={y(v)} dy="0.32em" textAnchor="end">{v}</text>
          </g>
        ))}
        {x.ticks(Math.max(3, Math.min(12, Math.floor(W / 70)))).map((d) => (
          <text key={d.toISOString()} x={x(d)} y={H - 6} textAnchor="middle">{d.getUTCFullYear()}</text>
        ))}
        {EVENTS.map((e) => <line key={e.date} className="event" x1={x(new Date(e.date))} x2={x(new Date(e.date))} y1={M.top} y2={H - M.bottom} />)}
        {series.map((s) => <path key={s.id} d={path(withEnd(s.points)) ?? ''} stroke={COLOURS[s.id]} className="series" />)}
        <line className="now" x1={x(new Date(date))} x2={x(new Date(date))} y1={M.top} y2={H - M.bottom} />
      </svg>
      <figcaption>
        <ul className="time-legend">
          {series.map((s) => {
            const unknown = unknownCount(atlas, s, date);
            return (
              <li key={s.id} data-series={s.id}>
                <span className="swatch" style={{ background: COLOURS[s.id] }} />
                {seriesLabel(s, lang)}{labelSep(lang)}<strong data-series-value>{valueAt(s.points, date)}</strong> {tr('time.onDate', { date: fmt(date) })}
                {unknown > 0 && <span className="muted">{tr('time.unknownNotCounted', { unknown })}</span>}
              </li>
            );
          })}
        </ul>
        <p className="muted">{tr('time.euNote')}</p>
      </figcaption>
    </figure>
  );
}
