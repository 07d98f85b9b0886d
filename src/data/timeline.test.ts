import raw from '../../data/atlas.json';
import { normaliseDataset } from './atlas';
import { countByClass, statusAt } from './lenses';
import type { Dataset } from './schema';
import { sourcesOf } from './sourceTexts';
import { formatDate } from './dates';
import {
  EVENTS, SERIES, TIME_START, changesBetween, dateOfIndex, dayIndex, nextStep, playSteps, seriesPoints, valueAt, yearStarts,
} from './timeline';

const atlas = normaliseDataset(raw as Dataset);
const sources = sourcesOf(raw as Dataset);

describe('events', () => {
  it('every event cites sources that exist and whose "what it supports" states the event date', () => {
    for (const e of EVENTS) {
      expect(e.sources.length).toBeGreaterThan(0);
      const [y, m, d] = e.date.split('-');
      const longForm = formatDate(e.date); // "24 December 2024"
      const shortForm = `${Number(d)} ${longForm.split(' ')[1].slice(0, 3)} ${y}`; // "24 Dec 2024"
      const supported = e.sources.some((id) => {
        const text = sources.byId.get(id)?.supports ?? '';
        return text.includes(e.date) || text.includes(longForm) || text.includes(shortForm) || text.includes(`${d}-${m}-${y}`);
      });
      e.sources.forEach((id) => expect(sources.byId.has(id), id).toBe(true));
      expect(supported, `${e.what} ${e.date}`).toBe(true);
    }
  });

  it('are in date order within the slider range', () => {
    const dates = EVENTS.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe(TIME_START);
    expect(dates.at(-1)! <= atlas.asOf).toBe(true);
  });
});

describe('slider scale and play steps', () => {
  it('day index round-trips, across leap days', () => {
    expect(dayIndex(TIME_START)).toBe(0);
    for (const d of ['2004-02-29', '2004-03-01', '2019-12-27', atlas.asOf]) expect(dateOfIndex(dayIndex(d))).toBe(d);
    expect(dayIndex('2004-03-01') - dayIndex('2004-02-28')).toBe(2);
  });

  it('year steps start at the opening, visit every 1 January and end on the as-of date', () => {
    const steps = playSteps('2026-02-05', 'year');
    expect(steps[0]).toBe(TIME_START);
    expect(steps[1]).toBe('2002-01-01');
    expect(steps.at(-1)).toBe('2026-02-05');
    expect(steps).toHaveLength(2 + yearStarts('2026-02-05').length);
  });

  it('event steps are the event dates then the as-of date; nextStep walks them and stops at the end', () => {
    const steps = playSteps(atlas.asOf, 'event');
    expect(steps).toEqual([...EVENTS.map((e) => e.date), atlas.asOf]);
    expect(nextStep(steps, '2019-01-01')).toBe('2019-12-27');
    expect(nextStep(steps, atlas.asOf)).toBeNull();
  });
});

describe('counts over time', () => {
  it('the chart value equals countByClass (what the map and legend show) at every event date and a day before it', () => {
    for (const s of SERIES) {
      const points = seriesPoints(atlas, s);
      for (const e of EVENTS) {
        const day = e.date;
        const before = dateOfIndex(dayIndex(day) - 1);
        for (const t of day > TIME_START ? [before, day] : [day]) {
          const counts = countByClass(atlas, s.lens, t);
          expect(valueAt(points, t), `${s.id} at ${t}`).toBe(s.classes.reduce((n, c) => n + counts[c], 0));
        }
      }
    }
  });

  it('agrees with countByClass on 1 January of every year too', () => {
    for (const s of SERIES) {
      const points = seriesPoints(atlas, s);
      for (const t of [...yearStarts(atlas.asOf), atlas.asOf]) {
        const counts = countByClass(atlas, s.lens, t);
        expect(valueAt(points, t), `${s.id} at ${t}`).toBe(s.classes.reduce((n, c) => n + counts[c], 0));
      }
    }
  });

  it('grows as expected: no UN signatures before Hanoi, CETS 224 signatures start 2022-05-12', () => {
    const un = seriesPoints(atlas, SERIES.find((s) => s.id === 'un')!);
    expect(valueAt(un, '2025-10-24')).toBe(0);
    expect(valueAt(un, '2025-11-30')).toBeGreaterThanOrEqual(70);
    const p2 = seriesPoints(atlas, SERIES.find((s) => s.id === 'cets224')!);
    expect(valueAt(p2, '2022-05-11')).toBe(0);
    expect(valueAt(p2, '2022-05-12')).toBeGreaterThan(0);
  });
});

describe('changesBetween', () => {
  it('lists exactly the states whose class differs, with both classes', () => {
    const changes = changesBetween(atlas, 'budapest', '2024-01-01', '2025-01-01');
    const sle = changes.find((c) => c.id === 'SLE');
    expect(sle).toEqual({ id: 'SLE', from: 'none', to: 'party', date: '2024-04-19' });
    for (const c of atlas.countries) {
      const a = statusAt(atlas, 'budapest', c.id, '2024-01-01').cls;
      const b = statusAt(atlas, 'budapest', c.id, '2025-01-01').cls;
      expect(changes.some((x) => x.id === c.id)).toBe(a !== b);
    }
  });

  it('is empty for the same date and sorted by the date of the new status', () => {
    expect(changesBetween(atlas, 'budapest', '2020-01-01', '2020-01-01')).toEqual([]);
    const changes = changesBetween(atlas, 'un-convention', '2025-10-01', '2025-11-30');
    expect(changes.length).toBeGreaterThanOrEqual(70);
    const dated = changes.filter((c) => c.to === 'signatory' && c.date).map((c) => c.date!);
    expect([...dated].sort()).toEqual(dated);
    // the convention opened inside the window: every State comes from "not applicable", as with a vote
    expect(changes.every((c) => c.from === 'no-data' && (c.to === 'signatory' || c.to === 'none'))).toBe(true);
    expect(changes.filter((c) => c.to === 'signatory').length).toBeGreaterThanOrEqual(70);
  });

  it('reports a vote lens appearing at its date as a change from no-data', () => {
    const changes = changesBetween(atlas, 'unga-74-247', '2019-01-01', '2020-01-01');
    expect(changes.filter((c) => c.from === 'no-data')).toHaveLength(195);
  });
});
